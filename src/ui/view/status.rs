//! The bottom line: the filter being typed, a message when there is one, else the keys of
//! this screen.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::domain::text::display_width;
use crate::ui::keymap::{self, Context, key_name};
use crate::ui::state::action::Action;
use crate::ui::state::app::{App, Status};
use crate::ui::widgets::wrap::{fit_cell, fit_line};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let message = |text: &str, style| {
        let width = usize::from(area.width);
        let text = shorten_quoted(text, width, app.theme.sym.ellipsis);
        // A message still longer than the line shows it was cut.
        fit_line(Line::styled(text, style), width, app.theme.sym.ellipsis)
    };
    let line = match &app.status {
        Some(Status::Error(text)) => message(text, app.theme.error),
        Some(Status::Info(text)) => message(text, app.theme.info),
        None if app.context() == Context::Filter => return draw_filter_prompt(app, frame, area),
        None => hints(app, app.context(), usize::from(area.width)),
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// `text` made to fit `width` by shortening the longest name quoted in it (`"..."`) rather
/// than its end: a Korean sentence ends with its verb (`"아주 긴 스터디 이름"을 저장했어요.`), so
/// a cut end would lose what happened. A name keeps at least a few cells.
fn shorten_quoted(text: &str, width: usize, ellipsis: &'static str) -> String {
    const SHORTEST: usize = 8;
    let excess = display_width(text).saturating_sub(width);
    if excess == 0 {
        return text.to_owned();
    }
    let quotes: Vec<usize> = text.match_indices('"').map(|(i, _)| i).collect();
    let longest = quotes
        .chunks_exact(2)
        .map(|pair| (pair[0] + 1, pair[1]))
        .max_by_key(|(start, end)| display_width(&text[*start..*end]));
    let Some((start, end)) = longest else {
        return text.to_owned();
    };
    let name = &text[start..end];
    let room = display_width(name)
        .saturating_sub(excess)
        .max(SHORTEST.min(display_width(name)));
    format!(
        "{}{}{}",
        &text[..start],
        fit_cell(name, room, ellipsis).trim_end(),
        &text[end..]
    )
}

/// The keys of `context` that have a hint, as many as fit in `width`, in the table's order.
/// Help (it leads to the rest), filter and back are always shown: the others come and go
/// with the width.
fn hints(app: &App, context: Context, width: usize) -> Line<'static> {
    let essential = |action| {
        matches!(
            action,
            Action::ToggleHelp | Action::StartFilter | Action::Back
        )
    };
    let all: Vec<(String, &str, bool)> = keymap::bindings(context)
        .filter_map(|b| {
            let hint = b.hint?;
            let first = b.keys.first()?;
            Some((key_name(first), app.tr.get(hint), essential(b.action)))
        })
        .collect();
    let cost = |(key, hint, _): &(String, &str, bool)| display_width(key) + display_width(hint) + 3;
    let mut budget = width.saturating_sub(all.iter().filter(|h| h.2).map(cost).sum());
    let mut spans = Vec::new();
    for hint in &all {
        if !hint.2 {
            if cost(hint) > budget {
                continue;
            }
            budget -= cost(hint);
        }
        spans.push(Span::styled(hint.0.clone(), app.theme.key));
        spans.push(Span::styled(format!(" {}  ", hint.1), app.theme.dim));
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
    let room = usize::from(area.width).saturating_sub(display_width(&prompt) + 2);
    spans.extend(hints(app, Context::Filter, room).spans);
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    let column = u16::try_from(display_width(&prompt)).unwrap_or(u16::MAX);
    if column < area.width {
        frame.set_cursor_position(Position::new(area.x + column, area.y));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_name_is_shortened_inside_its_quotes_so_the_verb_shows() {
        let said = "스터디 \"대한민국에서 가장 긴 이름을 가진 러스트 스터디 모임\"을 추가했어요.";
        let fitted = shorten_quoted(said, 40, "…");
        assert!(display_width(&fitted) <= 40, "{fitted}");
        assert!(fitted.starts_with("스터디 \"대한민국에서"), "{fitted}");
        assert!(fitted.ends_with("…\"을 추가했어요."), "{fitted}");
        // What fits is left alone; a message without quotes is for `fit_line` to cut.
        assert_eq!(shorten_quoted(said, 80, "…"), said);
        assert_eq!(shorten_quoted("저장했어요.", 4, "…"), "저장했어요.");
    }
}
