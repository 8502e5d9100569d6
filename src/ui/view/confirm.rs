//! A yes/no question in a box over the screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::i18n::Msg;
use crate::ui::keymap::{self, Context, key_name};
use crate::ui::state::app::App;
use crate::ui::widgets::wrap::wrap_lines;

pub fn draw(app: &App, question: &str, frame: &mut Frame, area: Rect) {
    let width = 60.min(area.width);
    let text = vec![Line::raw(question.to_owned()), Line::raw(""), answers(app)];
    let rows = wrap_lines(&text, width.saturating_sub(2));
    let height = u16::try_from(rows.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    crate::ui::view::layout::clear_popup(frame, popup);
    let title = format!(" {} ", app.tr.get(Msg::FormConfirmTitle));
    frame.render_widget(
        Paragraph::new(rows).block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(Span::styled(title, app.theme.title)),
        ),
        popup,
    );
}

/// The answers, from the keymap's CONFIRM table: `y yes   n no`.
fn answers(app: &App) -> Line<'static> {
    let mut spans = Vec::new();
    for binding in keymap::bindings(Context::Confirm) {
        let (Some(hint), Some(key)) = (binding.hint, binding.keys.first()) else {
            continue;
        };
        if !spans.is_empty() {
            spans.push(Span::raw("   "));
        }
        spans.push(Span::styled(key_name(key), app.theme.key));
        spans.push(Span::raw(format!(" {}", app.tr.get(hint))));
    }
    Line::from(spans)
}
