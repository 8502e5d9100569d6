//! The notes editor's lines cut into screen rows: at the space before a word that does not
//! fit, inside a word (between graphemes) only when it is longer than a row, by display
//! width. Rows are worked out per line, when a line is first shown or changed, and kept:
//! a key in a megabyte of notes re-wraps the line it changed, from the row before the
//! change to the first row that starts where it started before.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::document::{Document, Touched};

/// Cells a tab takes (a tab is kept in the text, and shown as spaces).
pub const TAB_WIDTH: usize = 4;

/// Cells `grapheme` takes in the editor. A grapheme the terminal would draw in no cells
/// (a combining mark at a line's start, a zero-width space) takes one, so the cursor can
/// stand on it and step over it.
pub fn cell_width(grapheme: &str) -> usize {
    if grapheme == "\t" {
        TAB_WIDTH
    } else {
        grapheme.width().max(1)
    }
}

/// Cells `text` takes in the editor, grapheme by grapheme as [`cell_width`] counts them:
/// the one measure of columns for the cursor, Up and Down, and Tab's stops.
pub fn cells(text: &str) -> usize {
    text.graphemes(true).map(cell_width).sum()
}

/// Where the next row starts, for the row that starts at `from`; `None` when the rest of
/// the line fits in `width` cells. A row breaks after the last run of spaces that follows a
/// word; those spaces stay at the row's end (where they may run past the width) so that no
/// row starts with the space it broke at.
pub fn next_row_start(line: &str, from: usize, width: usize) -> Option<usize> {
    let width = width.max(1);
    let mut used = 0;
    let mut after_word = false;
    let mut break_after_spaces = None;
    for (offset, grapheme) in line[from..].grapheme_indices(true) {
        let at = from + offset;
        if grapheme == " " {
            if after_word {
                break_after_spaces = Some(at + 1);
            } else if used + 1 > width {
                // Indentation wider than the row: nothing to break after.
                return Some(at);
            }
            used += 1;
            continue;
        }
        let cells = cell_width(grapheme);
        if used + cells > width {
            return match break_after_spaces {
                Some(start) => Some(start),
                // A grapheme wider than the row gets a row of its own.
                None if at == from => Some(at + grapheme.len()).filter(|&end| end < line.len()),
                None => Some(at),
            };
        }
        used += cells;
        after_word = true;
    }
    None
}

/// Where every row of `line` starts; the first is 0.
pub fn row_starts(line: &str, width: usize) -> Vec<usize> {
    let mut starts = vec![0];
    let mut from = 0;
    while let Some(next) = next_row_start(line, from, width) {
        starts.push(next);
        from = next;
    }
    starts
}

/// The rows of `line` after a change inside it from `start` (which ended at `old_end` and
/// now ends at `new_end`), given its rows before: the rows before the change are kept, but
/// for the one before the row the change is in (a shorter word may now fit on it); from
/// there rows are worked out until one starts where a row started before, moved by the
/// change, and the rest are those rows, moved.
pub fn rewrap(
    line: &str,
    old: &[usize],
    width: usize,
    (start, old_end, new_end): (usize, usize, usize),
) -> Vec<usize> {
    let changed_row = old.partition_point(|&s| s <= start).saturating_sub(1);
    let restart = changed_row.saturating_sub(1);
    let mut starts = old[..=restart].to_vec();
    let moved = |s: usize| s + new_end - old_end;
    let mut after: &[usize] = &old[old.partition_point(|&s| s <= old_end)..];
    let mut from = starts[restart];
    while let Some(next) = next_row_start(line, from, width) {
        let later = after.partition_point(|&s| moved(s) < next);
        after = &after[later..];
        if after.first().is_some_and(|&s| moved(s) == next) {
            starts.extend(after.iter().map(|&s| moved(s)));
            return starts;
        }
        starts.push(next);
        from = next;
    }
    starts
}

/// The index of the row of `starts` that holds byte `byte`.
pub fn row_of(starts: &[usize], byte: usize) -> usize {
    starts.partition_point(|&s| s <= byte).saturating_sub(1)
}

/// Every line's rows for one width, worked out when first asked for.
#[derive(Debug, Clone, Default)]
pub struct Rows {
    width: usize,
    lines: Vec<Option<Box<[usize]>>>,
}

impl Rows {
    pub fn new(line_count: usize) -> Rows {
        Rows {
            width: 0,
            lines: vec![None; line_count],
        }
    }

    /// Rows for `width` cells from now on; a new width forgets every line's rows.
    pub fn set_width(&mut self, width: usize) {
        if width != self.width {
            self.width = width;
            self.lines.iter_mut().for_each(|rows| *rows = None);
        }
    }

    pub fn width(&self) -> usize {
        self.width
    }

    /// The rows of line `line`, worked out if they are not known yet.
    pub fn of(&mut self, doc: &Document, line: usize) -> &[usize] {
        let width = self.width;
        self.lines[line].get_or_insert_with(|| row_starts(doc.line(line), width).into())
    }

    /// The rows of line `line` if they are known (drawing, which changes nothing, works
    /// them out for itself otherwise).
    pub fn known(&self, line: usize) -> Option<&[usize]> {
        self.lines.get(line).and_then(Option::as_deref)
    }

    /// After a splice: the changed lines' rows, from their text in `doc` as it is now.
    pub fn update(&mut self, doc: &Document, touched: Touched) {
        if let (Some(edit), 1, 1) = (touched.within_line, touched.old_lines, touched.new_lines)
            && let Some(old) = self.lines[touched.first].take()
        {
            let rows = rewrap(doc.line(touched.first), &old, self.width, edit);
            self.lines[touched.first] = Some(rows.into());
            return;
        }
        let old = touched.first..touched.first + touched.old_lines;
        self.lines
            .splice(old, std::iter::repeat_n(None, touched.new_lines));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(line: &str, width: usize) -> Vec<&str> {
        let starts = row_starts(line, width);
        let ends = starts.iter().skip(1).copied().chain([line.len()]);
        starts.iter().zip(ends).map(|(&s, e)| &line[s..e]).collect()
    }

    #[test]
    fn breaks_at_spaces_and_no_row_starts_with_one() {
        assert_eq!(rows("abc def ghi", 5), ["abc ", "def ", "ghi"]);
        assert_eq!(
            rows("한국어 문장을 쓴다", 8),
            ["한국어 ", "문장을 ", "쓴다"]
        );
        for row in rows("word  words   and more words here", 7).iter().skip(1) {
            assert!(!row.starts_with(' '), "{row:?}");
        }
    }

    #[test]
    fn cuts_words_longer_than_a_row_between_graphemes() {
        assert_eq!(
            rows("띄어쓰기없는한국어", 6),
            ["띄어쓰", "기없는", "한국어"]
        );
        assert_eq!(
            rows("https://example.com/a", 8),
            ["https://", "example.", "com/a"]
        );
        // A double-width grapheme with one cell left starts the next row.
        assert_eq!(rows("a한글", 4), ["a한", "글"]);
        // ZWJ emoji, skin tones and flags are two cells each, never cut.
        assert_eq!(rows("👩\u{200d}💻👍🏽🇰🇷", 4), ["👩\u{200d}💻👍🏽", "🇰🇷"]);
    }

    #[test]
    fn a_grapheme_wider_than_the_row_has_a_row_of_its_own() {
        assert_eq!(rows("한글", 1), ["한", "글"]);
    }

    #[test]
    fn rewrapping_after_a_change_equals_wrapping_again() {
        let line = "studylog 는 스터디의 기록을 남기는 도구입니다 and it wraps words ".repeat(40);
        let width = 17;
        let old = row_starts(&line, width);
        for (start, removed, inserted) in [
            (0, 0, "x"),
            (30, 0, "아주 긴 단어를 넣는다 "),
            (100, 12, ""),
            (line.len(), 0, " end"),
            (9, 1, "가나다라마바사아자차카타파하"),
        ] {
            let start = (0..=start)
                .rev()
                .find(|&i| line.is_char_boundary(i))
                .unwrap_or(0);
            let mut end = start + removed;
            while !line.is_char_boundary(end) {
                end += 1;
            }
            let mut changed = line.clone();
            changed.replace_range(start..end, inserted);
            let incremental = rewrap(&changed, &old, width, (start, end, start + inserted.len()));
            assert_eq!(
                incremental,
                row_starts(&changed, width),
                "change at {start}"
            );
        }
    }
}
