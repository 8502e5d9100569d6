//! Drawing a scrolling list: the selection among the visible rows, the matched characters of
//! a filter, and a bottom border that says where the selection is and what is filtered.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Table, TableState};

use crate::i18n::Msg;
use crate::ui::keymap::{self, Context};
use crate::ui::state::action::Action;
use crate::ui::state::app::App;
use crate::ui::widgets::list::ListState;

/// Draws a table built from `list`'s visible rows, in a box that shows the position.
pub fn render_list(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    table: Table<'_>,
    list: &ListState,
    total: usize,
) {
    let cursor = list.cursor;
    let len = list.len(total);
    let table = table.row_highlight_style(app.theme.selected).block(
        Block::bordered().border_set(app.theme.border).title_bottom(
            crate::ui::view::layout::fit_bottom_hint(
                Line::from(position_spans(app, list, total)),
                area.width,
                0,
                app.theme.sym.ellipsis,
            ),
        ),
    );
    let mut state = TableState::default()
        .with_selected((len > 0).then(|| cursor.selected.saturating_sub(cursor.offset)));
    frame.render_stateful_widget(table, area, &mut state);
}

/// Under the header of an empty table: what to press to fill it.
pub fn draw_empty_note(app: &App, frame: &mut Frame, table_area: Rect, note: &str) {
    let inner = table_area.inner(ratatui::layout::Margin::new(1, 1));
    let below_header = Rect {
        y: inner.y.saturating_add(2),
        height: inner.height.saturating_sub(2),
        ..inner
    };
    let rows = crate::ui::widgets::wrap::wrap_lines(
        &[Line::styled(note.to_owned(), app.theme.dim)],
        below_header.width,
    );
    frame.render_widget(ratatui::widgets::Paragraph::new(rows), below_header);
}

/// ` 3/12 ` for a list, and ` /query 3/5 of 12 · Esc clears ` while it is filtered.
pub fn position_spans(app: &App, list: &ListState, total: usize) -> Vec<Span<'static>> {
    let tr = app.tr;
    let len = list.len(total);
    let at = if len == 0 {
        String::new()
    } else {
        format!("{}/", list.cursor.selected + 1)
    };
    match &list.filter {
        None if total == 0 => vec![Span::styled(
            format!(" {} ", tr.get(Msg::AppListEmpty)),
            app.theme.dim,
        )],
        None => vec![Span::styled(format!(" {at}{total} "), app.theme.dim)],
        Some(filter) => {
            let mut spans = vec![
                Span::styled(format!(" /{} ", filter.query), app.theme.key),
                Span::styled(
                    if len == 0 {
                        format!("{} ", tr.app_list_no_matches(total))
                    } else {
                        format!("{} ", tr.app_list_matches(at, len, total))
                    },
                    app.theme.dim,
                ),
            ];
            // Kept, the filter is cleared by the key that clears it while typing.
            if !filter.typing
                && let Some(key) = keymap::key_for(Context::Filter, Action::ClearFilter)
            {
                spans.push(Span::styled(
                    format!(
                        "{} {} ",
                        app.theme.sym.separator,
                        tr.app_list_clear_filter(key)
                    ),
                    app.theme.dim,
                ));
            }
            spans
        }
    }
}

/// `text` with the characters at `positions` (char indices) in `style`.
pub fn highlighted(text: &str, positions: &[usize], style: Style) -> Line<'static> {
    if positions.is_empty() {
        return Line::raw(text.to_owned());
    }
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    for (i, c) in text.chars().enumerate() {
        let matched = positions.binary_search(&i).is_ok();
        if matched != run_matched && !run.is_empty() {
            spans.push(styled_run(std::mem::take(&mut run), run_matched, style));
        }
        run_matched = matched;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(styled_run(run, run_matched, style));
    }
    Line::from(spans)
}

fn styled_run(text: String, matched: bool, style: Style) -> Span<'static> {
    if matched {
        Span::styled(text, style)
    } else {
        Span::raw(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matched_characters_are_styled_in_runs() {
        let style = Style::new().bold();
        let line = highlighted("데이터 중심", &[0, 1, 4], style);
        let runs: Vec<(&str, bool)> = line
            .spans
            .iter()
            .map(|s| (s.content.as_ref(), s.style == style))
            .collect();
        assert_eq!(
            runs,
            vec![("데이", true), ("터 ", false), ("중", true), ("심", false)]
        );
    }
}
