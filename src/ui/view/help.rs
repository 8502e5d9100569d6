//! The help overlay: every key of the screen underneath, from the keymap itself.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::ui::app::App;
use crate::ui::keymap::{self, keys_label};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let bindings: Vec<_> = keymap::bindings(app.screen_context()).collect();
    let key_width = bindings
        .iter()
        .map(|b| keys_label(b).len())
        .max()
        .unwrap_or(0);
    let lines: Vec<Line> = bindings
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:>key_width$}  ", keys_label(b)), app.theme.key),
                Span::raw(b.description),
            ])
        })
        .collect();
    let height = (lines.len() as u16 + 2).min(area.height);
    let width = 64.min(area.width);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(Span::styled(" Keys (? closes) ", app.theme.title)),
        ),
        popup,
    );
}
