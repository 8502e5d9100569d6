//! Text just copied to the clipboard, in a box over the screen: what was copied, and the
//! text itself for a terminal that ignored OSC 52.

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::domain::text::display_width;
use crate::i18n::Msg;
use crate::ui::keymap::{self, Context};
use crate::ui::state::action::Action;
use crate::ui::state::app::App;
use crate::ui::widgets::wrap::wrap_lines;

pub fn draw(app: &App, text: &str, frame: &mut Frame, area: Rect) {
    let width = 76.min(area.width);
    let lines: Vec<Line> = text.lines().map(|l| Line::raw(l.to_owned())).collect();
    let rows = wrap_lines(&lines, width.saturating_sub(2));
    let height = u16::try_from(rows.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    crate::ui::view::layout::clear_popup(frame, popup);
    frame.render_widget(
        Paragraph::new(rows).block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(Span::styled(
                    format!(" {} ", app.tr.get(Msg::CopiedTitle)),
                    app.theme.title,
                ))
                .title_bottom(Line::styled(
                    hint(app, usize::from(width.saturating_sub(2))),
                    app.theme.dim,
                )),
        ),
        popup,
    );
}

/// ` not pasted? select the text to copy it · Esc close `, or only the key that closes the
/// box when the whole hint does not fit in `room` cells.
fn hint(app: &App, room: usize) -> String {
    let close = format!(" {} ", app.tr.copied_close(close_key()));
    let full = format!(
        " {} {}{close}",
        app.tr.get(Msg::CopiedNotPasted),
        app.theme.sym.separator
    );
    if display_width(&full) <= room {
        full
    } else {
        close
    }
}

/// The key that closes the box, as the keymap binds it: Esc, the key every box closes
/// with, when it is one of them, else the first.
fn close_key() -> String {
    let close = keymap::bindings(Context::Copied).find(|b| b.action == Action::Back);
    let esc = close.and_then(|b| b.keys.iter().find(|k| k.code == KeyCode::Esc));
    esc.or(close.and_then(|b| b.keys.first()))
        .map(keymap::key_name)
        .unwrap_or_default()
}
