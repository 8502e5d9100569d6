//! The help overlay: every key of the window or screen underneath, from the keymap itself. It scrolls
//! when the window is shorter than the list of keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::ui::pages::help;
use crate::ui::state::app::App;

pub fn draw(app: &App, scroll: usize, frame: &mut Frame, area: Rect) {
    let width = help::width(app, area.width);
    let lines = help::lines(app, width);
    let total = lines.len();
    let height = u16::try_from(total + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    let rows = usize::from(height.saturating_sub(2));
    let mut block = Block::bordered()
        .border_set(app.theme.border)
        .title(Span::styled(" Keys (? closes) ", app.theme.title));
    if total > rows {
        block = block.title_bottom(Line::styled(
            format!(
                " {}-{} of {total} {} j/k scroll ",
                scroll + 1,
                (scroll + rows).min(total),
                app.theme.sym.separator
            ),
            app.theme.dim,
        ));
    }
    crate::ui::view::layout::clear_popup(frame, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
            .block(block),
        popup,
    );
}
