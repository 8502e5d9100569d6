//! The retro tab: good, bad and try points side by side. A column longer than the screen
//! scrolls to keep the selected point in view.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::list::{highlighted, position_spans};
use crate::domain::text::display_width;
use crate::domain::{RetroKind, RetroPoint};
use crate::i18n::{Msg, format};
use crate::ui::keymap::{self, Context};
use crate::ui::state::action::{Action, Tab};
use crate::ui::state::app::{App, StudyScreen};
use crate::ui::view::layout::fit_bottom_hint;
use crate::ui::widgets::wrap::{fit_line, wrap_lines};

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    let columns: [Rect; 3] = Layout::horizontal([Constraint::Fill(1); 3]).areas(area);
    let list = screen.list();
    let retro = &screen.study.retro;
    // The points the filter keeps (all of them without one), in the list's order.
    let shown: Vec<(usize, &[usize])> = list.all_rows(retro.len());
    for (kind, column) in RetroKind::ALL.into_iter().zip(columns) {
        draw_column(app, screen, &shown, kind, frame, column);
    }
}

/// One kind's column: its points (scrolled to the selected one), what is above and below,
/// and its title; the Try column also says where the selection is.
fn draw_column(
    app: &App,
    screen: &StudyScreen,
    shown: &[(usize, &[usize])],
    kind: RetroKind,
    frame: &mut Frame,
    column: Rect,
) {
    let list = screen.list();
    let retro = &screen.study.retro;
    let selected = list.selected_item(retro.len());
    let tr = app.tr;
    let (title, style) = match kind {
        RetroKind::Good => (tr.get(Msg::RetroGood), app.theme.good),
        RetroKind::Bad => (tr.get(Msg::RetroBad), app.theme.bad),
        RetroKind::Try => (tr.get(Msg::RetroTry), app.theme.try_),
    };
    let points: Vec<&(usize, &[usize])> = shown
        .iter()
        .filter(|(i, _)| retro[*i].kind == kind)
        .collect();
    let inner_height = usize::from(column.height.saturating_sub(2));
    let width = column.width.saturating_sub(2);
    // Every point of the column wrapped: a point is never cut by the frame edge, except
    // one taller than the column, and only while it is selected.
    let wrapped: Vec<Vec<Line>> = points
        .iter()
        .map(|(i, matched)| {
            let is_selected = Some(*i) == selected;
            point_rows(app, &retro[*i], matched, is_selected, style, width)
        })
        .collect();
    let heights: Vec<usize> = wrapped.iter().map(Vec::len).collect();
    let at = points.iter().position(|(i, _)| Some(*i) == selected);
    let (first, end) = points_in_view(&heights, at, inner_height);
    let mut rows = Vec::new();
    if first > 0 {
        rows.push(Line::styled(
            tr.retro_more(app.theme.sym.above, first),
            app.theme.dim,
        ));
    }
    for point in &wrapped[first..end] {
        rows.extend(point.iter().cloned());
    }
    rows.truncate(inner_height);
    let below = points.len() - end;
    if points.is_empty() {
        let empty = if list.filter.is_some() {
            tr.get(Msg::RetroNoMatch).to_owned()
        } else {
            keymap::key_for(Context::Study(Tab::Retro), Action::Add)
                .map(|key| tr.retro_nothing_yet(key))
                .unwrap_or_default()
        };
        rows.extend(wrap_lines(&[Line::styled(empty, app.theme.dim)], width));
    }
    // The column `a` adds to is marked.
    let title_style = if kind == screen.retro_column {
        style.patch(app.theme.selected)
    } else {
        style
    };
    // A narrow column keeps the kind's name before its count.
    let between_corners = usize::from(column.width.saturating_sub(2));
    let counted = format!(" {title} ({}) ", points.len());
    let title = if display_width(&counted) <= between_corners {
        counted
    } else {
        format!(" {title} ")
    };
    let mut block = Block::bordered()
        .border_set(app.theme.border)
        .title(fit_line(
            Line::styled(title, title_style),
            between_corners,
            app.theme.sym.ellipsis,
        ));
    // The Try column also says where the selection is, at its right end.
    let position = (kind == RetroKind::Try)
        .then(|| Line::from(position_spans(app, list, retro.len())).right_aligned());
    if below > 0 {
        let more = Line::styled(
            format!(" {} ", tr.retro_more(app.theme.sym.below, below)),
            app.theme.dim,
        );
        let right = position.as_ref().map_or(0, Line::width);
        block = block.title_bottom(fit_bottom_hint(
            more,
            column.width,
            right,
            app.theme.sym.ellipsis,
        ));
    }
    if let Some(position) = position {
        block = block.title_bottom(position);
    }
    frame.render_widget(Paragraph::new(rows).block(block), column);
}

/// A point wrapped to `width`: its bullet, each of its lines (the lines after the first
/// set under the text), the filter's matches marked, its chapter, the selection's style.
fn point_rows(
    app: &App,
    point: &RetroPoint,
    matched: &[usize],
    is_selected: bool,
    style: Style,
    width: u16,
) -> Vec<Line<'static>> {
    // A point of several lines keeps them, each under the first; the filter's matches are
    // counted across the whole text.
    let mut lines = Vec::new();
    let mut offset = 0;
    for (k, text) in point.text.split('\n').enumerate() {
        let count = text.chars().count();
        let here: Vec<usize> = matched
            .iter()
            .filter(|&&p| p >= offset && p < offset + count)
            .map(|p| p - offset)
            .collect();
        offset += count + 1;
        let mut line = highlighted(text, &here, app.theme.matched);
        if k == 0 {
            let bullet = format!("{} ", app.theme.sym.bullet);
            line.spans.insert(0, Span::styled(bullet, style));
        }
        lines.push(line);
    }
    if let (Some(n), Some(last)) = (point.chapter, lines.last_mut()) {
        // A no-break space keeps "(ch. 12)" on one row.
        let chapter = format::chapter(app.tr.lang, n).replace(' ', "\u{a0}");
        last.push_span(Span::styled(format!(" ({chapter})"), app.theme.dim));
    }
    if is_selected {
        for span in lines.iter_mut().flat_map(|l| l.spans.iter_mut()) {
            span.style = span.style.patch(app.theme.selected);
        }
    }
    // The first line hangs under its bullet; the lines after it are wrapped two cells
    // narrower and set under the text.
    let mut rows = wrap_lines(&lines[..1], width);
    for mut line in wrap_lines(&lines[1..], width.saturating_sub(2)) {
        line.spans.insert(0, Span::raw("  "));
        rows.push(line);
    }
    rows
}

/// Which points a column of `height` rows shows, as `first..end`, given each point's
/// height and the selected one: as many as fit from the top, scrolled down just far
/// enough to show the selected point whole (below a row that says how many are above).
/// A selected point taller than the column is shown from its start, cut.
fn points_in_view(heights: &[usize], selected: Option<usize>, height: usize) -> (usize, usize) {
    let above = |first: usize| usize::from(first > 0);
    let first = selected.map_or(0, |sel| {
        (0..=sel)
            .find(|&f| above(f) + heights[f..=sel].iter().sum::<usize>() <= height)
            .unwrap_or(sel)
    });
    let mut used = above(first);
    let mut end = first;
    while end < heights.len() && used + heights[end] <= height {
        used += heights[end];
        end += 1;
    }
    // The selected point, too tall for the column, is shown cut rather than not at all.
    if end == first && first < heights.len() {
        return (first, first + 1);
    }
    // Scrolled to the end with rows to spare: the points above come back into view.
    let mut first = first;
    while end == heights.len()
        && first > 0
        && used - above(first) + above(first - 1) + heights[first - 1] <= height
    {
        used += heights[first - 1] + above(first - 1) - above(first);
        first -= 1;
    }
    (first, end)
}

#[cfg(test)]
mod tests {
    use super::points_in_view;

    #[test]
    fn the_selected_point_is_always_in_view_and_points_keep_their_order() {
        // Five points of 2, 7, 1, 1 and 3 rows in a column of 6 rows.
        let heights = [2, 7, 1, 1, 3];
        assert_eq!(
            points_in_view(&heights, Some(0), 6),
            (0, 1),
            "the 7-row point waits"
        );
        assert_eq!(
            points_in_view(&heights, Some(1), 6),
            (1, 2),
            "too tall: shown cut"
        );
        assert_eq!(
            points_in_view(&heights, Some(3), 6),
            (2, 5),
            "↑ row, then 2 to 4"
        );
        assert_eq!(
            points_in_view(&heights, Some(3), 5),
            (2, 4),
            "4 does not fit whole"
        );
        assert_eq!(points_in_view(&heights, Some(4), 6), (2, 5));
        assert_eq!(points_in_view(&heights, None, 6), (0, 1));
        assert_eq!(points_in_view(&[1, 1], Some(1), 6), (0, 2));
        assert_eq!(points_in_view(&[], None, 6), (0, 0));
        // At the end, the rows left over show the points above.
        assert_eq!(points_in_view(&[3, 1, 1, 1], Some(3), 6), (0, 4));
        assert_eq!(points_in_view(&[9, 3, 1, 1], Some(3), 6), (1, 4));
    }
}
