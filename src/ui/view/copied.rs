//! Text just copied to the clipboard, in a box over the screen: what was copied, and the
//! text itself for a terminal that ignored OSC 52.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

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
                .title(Span::styled(" Copied to the clipboard ", app.theme.title))
                .title_bottom(Line::styled(
                    " not pasted? select the text to copy it · Esc close ",
                    app.theme.dim,
                )),
        ),
        popup,
    );
}
