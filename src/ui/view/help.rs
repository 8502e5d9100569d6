//! The help overlay: every key of the screen underneath, from the keymap itself. It scrolls
//! when the window is shorter than the list of keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::ui::app::App;
use crate::ui::keymap::{self, keys_label};

pub fn draw(app: &App, scroll: usize, frame: &mut Frame, area: Rect) {
    let lines = help_lines(app);
    let total = lines.len();
    let height = u16::try_from(total + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let width = 72.min(area.width);
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

/// The furthest the help scrolls on the current window.
pub fn max_scroll(app: &App) -> usize {
    // The help sits over everything but the status line; its box takes two rows.
    let rows = usize::from(app.height.saturating_sub(3));
    help_lines(app).len().saturating_sub(rows)
}

fn help_lines(app: &App) -> Vec<Line<'static>> {
    let bindings: Vec<_> = keymap::bindings(app.screen_context()).collect();
    let key_width = bindings
        .iter()
        .map(|b| keys_label(b).len())
        .max()
        .unwrap_or(0);
    bindings
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:>key_width$}  ", keys_label(b)), app.theme.key),
                Span::raw(b.description),
            ])
        })
        .collect()
}
