//! The help overlay: every key of the window or screen underneath, from the keymap itself. It scrolls
//! when the window is shorter than the list of keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::ui::keymap::{self, Context};
use crate::ui::pages::help;
use crate::ui::state::action::Action;
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
    let tr = app.tr;
    let close = keymap::key_for(Context::Help, Action::ToggleHelp).unwrap_or_default();
    let mut block = Block::bordered()
        .border_set(app.theme.border)
        .title(Span::styled(
            format!(" {} ", tr.help_title(close)),
            app.theme.title,
        ));
    if total > rows {
        let position = tr.help_position(scroll + 1, (scroll + rows).min(total), total);
        let hint = match (
            keymap::key_for(Context::Help, Action::Next),
            keymap::key_for(Context::Help, Action::Previous),
        ) {
            (Some(down), Some(up)) => format!(
                " {} {}",
                app.theme.sym.separator,
                tr.help_scroll(format!("{down}/{up}"))
            ),
            _ => String::new(),
        };
        block = block.title_bottom(Line::styled(format!(" {position}{hint} "), app.theme.dim));
    }
    crate::ui::view::layout::clear_popup(frame, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
            .block(block),
        popup,
    );
}
