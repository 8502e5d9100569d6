//! A yes/no question in a box over the screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::ui::state::app::App;
use crate::ui::widgets::wrap::wrap_lines;

pub fn draw(app: &App, question: &str, frame: &mut Frame, area: Rect) {
    let width = 60.min(area.width);
    let text = vec![
        Line::raw(question.to_owned()),
        Line::raw(""),
        Line::from(vec![
            Span::styled("y", app.theme.key),
            Span::raw(" yes   "),
            Span::styled("n", app.theme.key),
            Span::raw(" no"),
        ]),
    ];
    let rows = wrap_lines(&text, width.saturating_sub(2));
    let height = u16::try_from(rows.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    crate::ui::view::layout::clear_popup(frame, popup);
    frame.render_widget(
        Paragraph::new(rows).block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(Span::styled(" Confirm ", app.theme.title)),
        ),
        popup,
    );
}
