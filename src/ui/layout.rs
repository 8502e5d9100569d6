//! Sizes of the screen's parts, worked out from the terminal's size alone: `update` asks
//! here how far a page key moves or how tall the editor's text is, and `view` draws in the
//! same sizes, so the two agree and neither reaches into the other.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use crate::ui::state::app::App;

/// Below this the layout cannot show a list and its detail; a message says so instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// Rows above a list's first row: the screen's title or header lines, the box's top
/// border and the table's header row.
const HOME_CHROME: u16 = 1 + 1 + 1;
const STUDY_CHROME: u16 = 2 + 1 + 1;
/// Below a list: the box's bottom border and the status bar.
const FOOTER: u16 = 1 + 1;

/// How many list rows fit on the current screen.
pub fn list_rows(app: &App) -> usize {
    let chrome = if app.study.is_some() {
        STUDY_CHROME
    } else {
        HOME_CHROME
    };
    usize::from(app.height.saturating_sub(chrome + FOOTER)).max(1)
}

/// The body of the screen: everything above the status bar.
pub fn body(app: &App) -> Rect {
    Rect::new(0, 0, app.width, app.height.saturating_sub(1))
}

/// The notes editor's box on `body`: the problem shown above the text (wrapped, over at
/// most a third of the box) and the text area, which keeps the rest. Drawing and fitting the
/// editor's rows both ask here, so they agree on the text's size.
pub fn editor_areas(body: Rect, problem: Option<&str>) -> (Rect, Rect) {
    let inner = body.inner(ratatui::layout::Margin::new(1, 1));
    let rows = problem.map_or(0, |problem| {
        crate::ui::widgets::wrap::wrap_lines(&[Line::raw(problem)], inner.width)
            .len()
            .min(usize::from(inner.height / 3).max(1))
    });
    let [message, text] = Layout::vertical([
        Constraint::Length(u16::try_from(rows).unwrap_or(u16::MAX)),
        Constraint::Fill(1),
    ])
    .areas(inner);
    (message, text)
}

/// The furthest the reader scrolls through `rows` on a window `height` tall: the last row
/// at the bottom of the box, which covers everything but the status line.
pub fn reader_max_scroll(rows: usize, height: u16) -> usize {
    rows.saturating_sub(usize::from(height.saturating_sub(3)))
}

/// The last first row a table of contents' preview of `rows` scrolls to, and a page, on a
/// terminal `height` rows tall (the status line takes one of them).
pub fn toc_scroll_limits(rows: usize, height: u16) -> (usize, usize) {
    let shown = usize::from(height.saturating_sub(1 + 2)).max(1);
    (rows.saturating_sub(shown), shown)
}

/// The post box's inner width on a window `width` cells wide.
pub fn post_inner_width(width: u16) -> u16 {
    width.saturating_sub(2)
}

/// The post box's inner rows on a window `height` rows tall: everything but the study
/// header, the tab bar, the settings line, the status line and the box's borders.
pub fn post_inner_rows(height: u16) -> usize {
    usize::from(height.saturating_sub(6))
}
