//! Sizes shared by drawing and scrolling, so that paging moves by what is on screen.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Row, Table};

use crate::domain::text::display_width;
use crate::i18n::{Msg, Tr};
use crate::ui::state::app::App;
use crate::ui::theme::Theme;
use crate::ui::widgets::wrap::truncate_spans;

/// A study's status as the interface says it: in the home list, its summary and what the
/// filter looks at.
pub fn study_status_label(tr: Tr, status: crate::domain::StudyStatus) -> &'static str {
    crate::i18n::words::study_status(tr, status)
}

/// A table column that is shown only when the table is at least `from` cells wide, so a
/// narrow window keeps the columns that identify a row.
pub struct Column {
    pub header: &'static str,
    pub width: Constraint,
    pub from: u16,
}

/// A table of the `columns` that fit in a box `width` cells wide; each row gives a cell for
/// every column and keeps those of the columns shown, each cut with an ellipsis when it is
/// wider than its column (a table would cut it silently, mid-word).
pub fn fit_table<'a>(
    columns: &[Column],
    width: u16,
    theme: &Theme,
    rows: impl Iterator<Item = Vec<Line<'a>>> + 'a,
) -> Table<'a> {
    let shown: Vec<usize> = (0..columns.len())
        .filter(|&i| columns[i].from <= width)
        .collect();
    let header =
        Row::new(shown.iter().map(|&i| columns[i].header).collect::<Vec<_>>()).style(theme.heading);
    // A column of a set width is at least as wide as its header, in any language.
    let widths: Vec<Constraint> = shown
        .iter()
        .map(|&i| match columns[i].width {
            Constraint::Length(n) => {
                let header = u16::try_from(display_width(columns[i].header)).unwrap_or(u16::MAX);
                Constraint::Length(n.max(header))
            }
            other => other,
        })
        .collect();
    // The columns as the table lays them out inside the box's borders: from the left,
    // one cell apart, no selection symbol.
    let cell_widths: Vec<usize> = Layout::horizontal(widths.clone())
        .spacing(1)
        .split(Rect::new(0, 0, width.saturating_sub(2), 1))
        .iter()
        .map(|area| usize::from(area.width))
        .collect();
    let ellipsis = theme.sym.ellipsis;
    let rows = rows.map(move |cells| {
        let mut cells: Vec<Option<Line<'a>>> = cells.into_iter().map(Some).collect();
        Row::new(
            shown
                .iter()
                .zip(&cell_widths)
                .map(|(&i, &room)| {
                    let cell = cells.get_mut(i).and_then(Option::take).unwrap_or_default();
                    if cell.width() <= room {
                        return cell;
                    }
                    let style = cell.style;
                    Line::from(truncate_spans(cell.spans, room, ellipsis).0).style(style)
                })
                .collect::<Vec<_>>(),
        )
    });
    Table::new(rows, widths).header(header)
}

/// A key hint for the bottom border of a box `box_width` cells wide, beside a right-aligned
/// title `right` cells wide (0 for none): cut by grapheme with `ellipsis` to the cells left
/// between the corners. ratatui would cut it at the last cell, mid-word, or draw the
/// right-aligned title over its end.
pub fn fit_bottom_hint<'a>(
    hint: Line<'a>,
    box_width: u16,
    right: usize,
    ellipsis: &'static str,
) -> Line<'a> {
    let between_corners = usize::from(box_width.saturating_sub(2));
    // ratatui keeps one cell of border between the two titles.
    let room = match right {
        0 => between_corners,
        _ => between_corners.saturating_sub(right + 1),
    };
    crate::ui::widgets::wrap::fit_line(hint, room, ellipsis)
}

/// Clears the screen under a popup, and one column either side: a wide character that
/// straddles the popup's edge would otherwise keep half of itself in the border's cell and
/// push the border out of line.
pub fn clear_popup(frame: &mut ratatui::Frame, popup: ratatui::layout::Rect) {
    let screen = frame.area();
    let left = popup.x.saturating_sub(1).max(screen.x);
    let right = (popup.right() + 1).min(screen.right());
    let wider = ratatui::layout::Rect::new(left, popup.y, right - left, popup.height);
    frame.render_widget(ratatui::widgets::Clear, wider);
}

/// In the demo, what a header says about its journal: the longest wording that fits in
/// `room` cells, or nothing on a window too narrow even for the shortest.
pub fn demo_note(app: &App, room: usize) -> Option<ratatui::text::Span<'static>> {
    if !app.demo {
        return None;
    }
    [Msg::AppDemoLong, Msg::AppDemoMedium, Msg::AppDemoShort]
        .into_iter()
        .map(|note| app.tr.get(note))
        .find(|note| display_width(note) <= room)
        .map(|note| ratatui::text::Span::styled(note, app.theme.heading))
}

/// A header: `head`, then `tail` cut to the room left, and in the demo the demo note at the
/// right end, which takes the tail's room first (a book title is the least needed part).
pub fn draw_header(
    app: &App,
    frame: &mut ratatui::Frame,
    area: Rect,
    head: Line<'static>,
    tail: Option<ratatui::text::Span<'static>>,
) {
    let room = usize::from(area.width).saturating_sub(head.width() + 2);
    let (line_area, note) = match demo_note(app, room) {
        Some(note) => {
            let width = u16::try_from(note.width()).unwrap_or(u16::MAX);
            let [left, _, right] = Layout::horizontal([
                Constraint::Fill(1),
                Constraint::Length(1),
                Constraint::Length(width),
            ])
            .areas(area);
            (left, Some((note, right)))
        }
        None => (area, None),
    };
    let mut line = head;
    // A tail cut down to a few cells says nothing: it is left out instead.
    let left = usize::from(line_area.width).saturating_sub(line.width());
    if let Some(tail) = tail
        && (left >= 8 || tail.width() <= left)
    {
        line.push_span(tail);
    }
    frame.render_widget(
        crate::ui::widgets::wrap::fit_line(
            line,
            usize::from(line_area.width),
            app.theme.sym.ellipsis,
        ),
        line_area,
    );
    if let Some((note, right)) = note {
        frame.render_widget(note, right);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Buffer;
    use ratatui::widgets::{Block, Widget};

    /// The bottom border of a box `width` cells wide with `hint` on the left and `right`
    /// at the right end, as a person sees it: a wide character once, over its two cells.
    fn bottom_border(hint: &str, right: &str, width: u16) -> String {
        let hint = fit_bottom_hint(Line::raw(hint.to_owned()), width, right.len(), "…");
        let block = Block::bordered()
            .title_bottom(hint)
            .title_bottom(Line::raw(right.to_owned()).right_aligned());
        let mut buffer = Buffer::empty(Rect::new(0, 0, width, 3));
        block.render(buffer.area, &mut buffer);
        let mut seen = String::new();
        let mut x = 0;
        while x < width {
            let symbol = buffer[(x, 2)].symbol();
            seen.push_str(symbol);
            x += u16::try_from(crate::domain::text::display_width(symbol).max(1)).unwrap_or(1);
        }
        seen
    }

    #[test]
    fn a_hint_is_cut_before_the_title_beside_it_and_the_corners() {
        // Uncut, the title beside it would cover the right half of the hint's 다.
        assert_eq!(bottom_border(" 가나다라마바 ", " 1/2 ", 12), "└ 가…─ 1/2 ┘");
        // Alone, it takes every cell between the corners.
        assert_eq!(bottom_border(" 가나다라마바 ", "", 12), "└ 가나다라…┘");
        assert_eq!(bottom_border(" 가나 ", "", 12), "└ 가나 ────┘");
    }
}
