//! The bottom line: a message when there is one, else the keys of this screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::ui::app::App;
use crate::ui::keymap::{self, key_name};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let line = match &app.status {
        Some(message) => Line::styled(message.as_str(), app.theme.error),
        None => {
            let mut spans = Vec::new();
            for binding in keymap::bindings(app.context()) {
                let (Some(hint), Some(first)) = (binding.hint, binding.keys.first()) else {
                    continue;
                };
                spans.push(Span::styled(key_name(first), app.theme.key));
                spans.push(Span::styled(format!(" {hint}  "), app.theme.dim));
            }
            Line::from(spans)
        }
    };
    frame.render_widget(Paragraph::new(line), area);
}
