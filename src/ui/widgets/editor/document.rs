//! The notes editor's text: a list of lines, changed only through [`Document::splice`],
//! which the editor's commands and its undo history share. Places in the text are line and
//! byte, and the editor only ever hands over places on grapheme boundaries.
//!
//! Lines, not a rope: a person's notes are many short lines, and an edit copies at most the
//! line it is in (a megabyte pasted as one line is copied in well under a millisecond).

use unicode_segmentation::UnicodeSegmentation;

/// A place in the text: a line and a byte offset in it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub byte: usize,
}

impl Pos {
    pub const fn new(line: usize, byte: usize) -> Pos {
        Pos { line, byte }
    }

    /// Where `text` ends when it is written at `self`.
    pub fn after(self, text: &str) -> Pos {
        match text.rfind('\n') {
            Some(last) => Pos::new(
                self.line + text.matches('\n').count(),
                text.len() - last - 1,
            ),
            None => Pos::new(self.line, self.byte + text.len()),
        }
    }
}

/// One change, as the history keeps it: `inserted` now stands at `at` where `removed` was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub at: Pos,
    pub removed: String,
    pub inserted: String,
}

/// The lines a splice replaced, so that the rows wrapped from them can be worked out again
/// and no others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Touched {
    pub first: usize,
    pub old_lines: usize,
    pub new_lines: usize,
    /// For a change inside one line: where it starts, and where it ended before and ends
    /// now, in bytes; the rows after it are the same rows, moved.
    pub within_line: Option<(usize, usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    lines: Vec<String>,
}

impl Document {
    pub fn new(text: &str) -> Document {
        Document {
            lines: text.split('\n').map(str::to_owned).collect(),
        }
    }

    pub fn line(&self, line: usize) -> &str {
        self.lines.get(line).map_or("", String::as_str)
    }

    pub fn line_count(&self) -> usize {
        self.lines.len()
    }

    /// The whole text, lines joined by `\n`.
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    pub fn end(&self) -> Pos {
        let last = self.lines.len() - 1;
        Pos::new(last, self.lines[last].len())
    }

    /// `at` moved to the nearest place in the text (a line that exists, a byte inside it).
    pub fn clamp(&self, at: Pos) -> Pos {
        let line = at.line.min(self.lines.len() - 1);
        let text = &self.lines[line];
        let mut byte = at.byte.min(text.len());
        while !text.is_char_boundary(byte) {
            byte -= 1;
        }
        Pos::new(line, byte)
    }

    /// The text between two places, `\n` between lines.
    pub fn slice(&self, start: Pos, end: Pos) -> String {
        if start.line == end.line {
            return self.lines[start.line][start.byte..end.byte].to_owned();
        }
        let mut out = self.lines[start.line][start.byte..].to_owned();
        for line in &self.lines[start.line + 1..end.line] {
            out.push('\n');
            out.push_str(line);
        }
        out.push('\n');
        out.push_str(&self.lines[end.line][..end.byte]);
        out
    }

    /// Replaces the text from `start` to `end` with `text` (which may hold line breaks).
    pub fn splice(&mut self, start: Pos, end: Pos, text: &str) -> (Change, Touched) {
        let removed = self.slice(start, end);
        let old_lines = end.line - start.line + 1;
        if old_lines == 1 && !text.contains('\n') {
            // Typing: the one line changes in place.
            self.lines[start.line].replace_range(start.byte..end.byte, text);
            let touched = Touched {
                first: start.line,
                old_lines: 1,
                new_lines: 1,
                within_line: Some((start.byte, end.byte, start.byte + text.len())),
            };
            let change = Change {
                at: start,
                removed,
                inserted: text.to_owned(),
            };
            return (change, touched);
        }
        let tail = self.lines[end.line][end.byte..].to_owned();
        let mut joined = self.lines[start.line][..start.byte].to_owned();
        joined.push_str(text);
        joined.push_str(&tail);
        let new: Vec<String> = joined.split('\n').map(str::to_owned).collect();
        let new_lines = new.len();
        self.lines.splice(start.line..=end.line, new);
        let touched = Touched {
            first: start.line,
            old_lines,
            new_lines,
            within_line: None,
        };
        let change = Change {
            at: start,
            removed,
            inserted: text.to_owned(),
        };
        (change, touched)
    }

    /// Undoes `change`: what it removed stands where it was.
    pub fn revert(&mut self, change: &Change) -> Touched {
        let end = change.at.after(&change.inserted);
        self.splice(change.at, end, &change.removed).1
    }

    /// Does `change` again.
    pub fn reapply(&mut self, change: &Change) -> Touched {
        let end = change.at.after(&change.removed);
        self.splice(change.at, end, &change.inserted).1
    }

    /// The grapheme that ends at `at` in its line, with where it starts.
    pub fn grapheme_before(&self, at: Pos) -> Option<(usize, &str)> {
        self.lines[at.line][..at.byte]
            .grapheme_indices(true)
            .next_back()
    }

    /// The grapheme that starts at `at` in its line.
    pub fn grapheme_after(&self, at: Pos) -> Option<&str> {
        self.lines[at.line][at.byte..].graphemes(true).next()
    }

    /// One grapheme back; a line's start steps to the end of the line before.
    pub fn previous(&self, at: Pos) -> Option<Pos> {
        match self.grapheme_before(at) {
            Some((start, _)) => Some(Pos::new(at.line, start)),
            None if at.line > 0 => Some(Pos::new(at.line - 1, self.lines[at.line - 1].len())),
            None => None,
        }
    }

    /// One grapheme on; a line's end steps to the start of the next line.
    pub fn next(&self, at: Pos) -> Option<Pos> {
        match self.grapheme_after(at) {
            Some(g) => Some(Pos::new(at.line, at.byte + g.len())),
            None if at.line + 1 < self.lines.len() => Some(Pos::new(at.line + 1, 0)),
            None => None,
        }
    }

    /// The start of the word before `at` (over any spaces first); a line's start steps to
    /// the end of the line before.
    pub fn word_start_before(&self, at: Pos) -> Pos {
        let line = &self.lines[at.line][..at.byte];
        let start = line
            .split_word_bound_indices()
            .rev()
            .find(|(_, word)| !word.trim().is_empty())
            .map(|(i, _)| i);
        match start {
            Some(i) => Pos::new(at.line, i),
            None if at.byte > 0 => Pos::new(at.line, 0),
            None => self.previous(at).unwrap_or(at),
        }
    }

    /// The end of the word after `at` (over any spaces first); a line's end steps to the
    /// start of the next line.
    pub fn word_end_after(&self, at: Pos) -> Pos {
        let line = &self.lines[at.line];
        let end = line[at.byte..]
            .split_word_bound_indices()
            .find(|(_, word)| !word.trim().is_empty())
            .map(|(i, word)| at.byte + i + word.len());
        match end {
            Some(i) => Pos::new(at.line, i),
            None if at.byte < line.len() => Pos::new(at.line, line.len()),
            None => self.next(at).unwrap_or(at),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splicing_and_reverting_across_lines() {
        let mut doc = Document::new("첫 줄\n둘째 줄\n셋째");
        let start = Pos::new(0, "첫 ".len());
        let end = Pos::new(1, "둘째".len());
        let (change, touched) = doc.splice(start, end, "A\nB");
        assert_eq!(doc.text(), "첫 A\nB 줄\n셋째");
        assert_eq!(change.removed, "줄\n둘째");
        assert_eq!(
            (touched.first, touched.old_lines, touched.new_lines),
            (0, 2, 2)
        );
        doc.revert(&change);
        assert_eq!(doc.text(), "첫 줄\n둘째 줄\n셋째");
        doc.reapply(&change);
        assert_eq!(doc.text(), "첫 A\nB 줄\n셋째");
    }

    #[test]
    fn steps_cross_line_ends_and_whole_graphemes() {
        let doc = Document::new("a👩\u{200d}💻\nb");
        let after_emoji = Pos::new(0, doc.line(0).len());
        assert_eq!(doc.previous(after_emoji), Some(Pos::new(0, 1)));
        assert_eq!(doc.next(Pos::new(0, 1)), Some(after_emoji));
        assert_eq!(doc.next(after_emoji), Some(Pos::new(1, 0)));
        assert_eq!(doc.previous(Pos::new(1, 0)), Some(after_emoji));
        assert_eq!(doc.next(doc.end()), None);
    }

    #[test]
    fn words_are_stepped_over_whole() {
        let doc = Document::new("저장소와 검색  엔진");
        let end = doc.end();
        let engine = Pos::new(0, "저장소와 검색  ".len());
        assert_eq!(doc.word_start_before(end), engine);
        assert_eq!(
            doc.word_start_before(engine),
            Pos::new(0, "저장소와 ".len())
        );
        assert_eq!(
            doc.word_end_after(Pos::new(0, 0)),
            Pos::new(0, "저장소와".len())
        );
    }

    #[test]
    fn where_text_ends() {
        assert_eq!(Pos::new(2, 3).after("ab"), Pos::new(2, 5));
        assert_eq!(Pos::new(2, 3).after("ab\n한"), Pos::new(3, 3));
        assert_eq!(Pos::new(2, 3).after("\n"), Pos::new(3, 0));
    }
}
