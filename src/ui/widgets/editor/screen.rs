//! The part of the notes that is on screen: a top row, kept so that the cursor's row is
//! always shown and the window is always full when there is text to fill it. Everything
//! here walks at most a window's height of rows from the cursor or the top, so it costs
//! the same in a megabyte of notes as in a line.

use unicode_segmentation::UnicodeSegmentation;

use super::document::{Document, Pos};
use super::rows::{Rows, cell_width, cells, row_of};

/// A row on screen: the line, and which of its rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct RowRef {
    pub line: usize,
    pub row: usize,
}

/// The text area the notes were last fitted to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Window {
    pub top: RowRef,
    pub width: u16,
    pub height: u16,
}

/// The cells a row may fill: one fewer than the area, so that the cursor after a full row's
/// last character still stands inside the box (where an input method composes).
pub fn wrap_width(area_width: u16) -> usize {
    usize::from(area_width.saturating_sub(1)).max(1)
}

/// The row holding `at`.
pub fn row_at(doc: &Document, rows: &mut Rows, at: Pos) -> RowRef {
    RowRef {
        line: at.line,
        row: row_of(rows.of(doc, at.line), at.byte),
    }
}

pub fn row_before(doc: &Document, rows: &mut Rows, at: RowRef) -> Option<RowRef> {
    if at.row > 0 {
        return Some(RowRef {
            line: at.line,
            row: at.row - 1,
        });
    }
    let line = at.line.checked_sub(1)?;
    let row = rows.of(doc, line).len() - 1;
    Some(RowRef { line, row })
}

pub fn row_after(doc: &Document, rows: &mut Rows, at: RowRef) -> Option<RowRef> {
    if at.row + 1 < rows.of(doc, at.line).len() {
        return Some(RowRef {
            line: at.line,
            row: at.row + 1,
        });
    }
    (at.line + 1 < doc.line_count()).then_some(RowRef {
        line: at.line + 1,
        row: 0,
    })
}

/// `from` moved `count` rows up (or as far as the text goes).
pub fn rows_up(doc: &Document, rows: &mut Rows, mut from: RowRef, count: usize) -> RowRef {
    for _ in 0..count {
        match row_before(doc, rows, from) {
            Some(row) => from = row,
            None => break,
        }
    }
    from
}

/// `from` moved `count` rows down (or as far as the text goes).
pub fn rows_down(doc: &Document, rows: &mut Rows, mut from: RowRef, count: usize) -> RowRef {
    for _ in 0..count {
        match row_after(doc, rows, from) {
            Some(row) => from = row,
            None => break,
        }
    }
    from
}

/// The top row that shows `cursor` with the least scrolling from `top`, and leaves no empty
/// rows at the bottom while there is text above the top to fill them.
pub fn settle_top(
    doc: &Document,
    rows: &mut Rows,
    top: RowRef,
    cursor: RowRef,
    height: usize,
) -> RowRef {
    let height = height.max(1);
    let mut top = rows_clamped(doc, rows, top);
    if cursor < top {
        top = cursor;
    } else {
        // Is the top within a window's height above the cursor?
        let lowest_top = rows_up(doc, rows, cursor, height - 1);
        if top < lowest_top {
            top = lowest_top;
        }
    }
    // Fill the window: if the text ends before its bottom, the top moves up.
    let mut bottom = top;
    let mut shown = 1;
    while shown < height {
        match row_after(doc, rows, bottom) {
            Some(row) => {
                bottom = row;
                shown += 1;
            }
            None => break,
        }
    }
    rows_up(doc, rows, top, height - shown)
}

/// `at` made a row that exists (after the text shrank under it).
fn rows_clamped(doc: &Document, rows: &mut Rows, at: RowRef) -> RowRef {
    let line = at.line.min(doc.line_count() - 1);
    let last = rows.of(doc, line).len() - 1;
    RowRef {
        line,
        row: if line == at.line {
            at.row.min(last)
        } else {
            last
        },
    }
}

/// The display column of `at` in its row.
pub fn column_of(doc: &Document, starts: &[usize], at: Pos) -> usize {
    let start = starts[row_of(starts, at.byte)];
    cells(&doc.line(at.line)[start..at.byte])
}

/// The place in row `row` nearest to display column `column`, never past the row's last
/// grapheme (the end of a row that is not a line's last is the next row's start).
pub fn place_at_column(doc: &Document, rows: &mut Rows, row: RowRef, column: usize) -> Pos {
    let starts = rows.of(doc, row.line);
    let text = doc.line(row.line);
    let start = starts[row.row];
    let last_row = row.row + 1 == starts.len();
    let end = starts.get(row.row + 1).copied().unwrap_or(text.len());
    let mut used = 0;
    let mut place = start;
    for (offset, grapheme) in text[start..end].grapheme_indices(true) {
        let cells = cell_width(grapheme);
        if used + cells > column {
            return Pos::new(row.line, start + offset);
        }
        used += cells;
        place = start + offset;
        if last_row || start + offset + grapheme.len() < end {
            place = start + offset + grapheme.len();
        }
    }
    Pos::new(row.line, place)
}
