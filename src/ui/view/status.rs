//! The bottom line: the filter being typed, a message when there is one, else the keys of
//! this screen.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::domain::text::display_width;
use crate::ui::app::{App, Status};
use crate::ui::keymap::{self, Context, key_name};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let line = match &app.status {
        Some(Status::Error(message)) => Line::styled(message.as_str(), app.theme.error),
        Some(Status::Info(message)) => Line::styled(message.as_str(), app.theme.info),
        None if app.context() == Context::Filter => return draw_filter_prompt(app, frame, area),
        None => hints(app, app.context()),
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn hints(app: &App, context: Context) -> Line<'static> {
    let mut spans = Vec::new();
    for binding in keymap::bindings(context) {
        let (Some(hint), Some(first)) = (binding.hint, binding.keys.first()) else {
            continue;
        };
        spans.push(Span::styled(key_name(first), app.theme.key));
        spans.push(Span::styled(format!(" {hint}  "), app.theme.dim));
    }
    Line::from(spans)
}

/// `/query` with the terminal's cursor after it, so an input method composes a Hangul
/// syllable where it will land; the keys follow.
fn draw_filter_prompt(app: &App, frame: &mut Frame, area: Rect) {
    let query = app
        .current_list()
        .filter
        .as_ref()
        .map_or("", |f| f.query.as_str());
    let prompt = format!("/{query}");
    let mut spans = vec![Span::styled(prompt.clone(), app.theme.key), Span::raw("  ")];
    spans.extend(hints(app, Context::Filter).spans);
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    let column = u16::try_from(display_width(&prompt)).unwrap_or(u16::MAX);
    if column < area.width {
        frame.set_cursor_position(Position::new(area.x + column, area.y));
    }
}
