//! A text field's contents and cursor. The cursor moves by grapheme, so a Hangul syllable,
//! an emoji or a letter with combining marks is one step, and its screen column is measured
//! by display width, so the terminal's cursor (and an input method's composition) lands
//! where the next character will appear.

use unicode_segmentation::UnicodeSegmentation;

use crate::domain::text::display_width;

/// The most a field holds; a longer paste is cut, and the form says so.
pub const MAX_FIELD_BYTES: usize = 64 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    /// A byte offset in `text`, always on a grapheme boundary.
    cursor: usize,
    /// Whether line breaks are kept (a long text) or turned into spaces (a name).
    multiline: bool,
}

impl TextInput {
    pub fn new(text: &str, multiline: bool) -> TextInput {
        TextInput {
            text: text.to_owned(),
            cursor: text.len(),
            multiline,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn set(&mut self, text: &str) {
        self.clear();
        self.insert(text);
        self.cursor = self.text.len();
    }

    /// Inserts typed or pasted text at the cursor. Control characters are dropped; line
    /// breaks become spaces in a one-line field. Returns false if the text was cut to fit.
    pub fn insert(&mut self, text: &str) -> bool {
        let mut clean = String::with_capacity(text.len());
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        for c in text.chars() {
            match c {
                '\n' if self.multiline => clean.push('\n'),
                '\n' | '\t' => clean.push(' '),
                c if c.is_control() => {}
                c => clean.push(c),
            }
        }
        let room = MAX_FIELD_BYTES.saturating_sub(self.text.len());
        let fits = clean.len() <= room;
        if !fits {
            let mut end = room;
            while !clean.is_char_boundary(end) {
                end -= 1;
            }
            clean.truncate(end);
        }
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
        fits
    }

    pub fn backspace(&mut self) {
        if let Some(start) = self.previous_boundary() {
            self.text.replace_range(start..self.cursor, "");
            self.cursor = start;
        }
    }

    pub fn delete(&mut self) {
        if let Some(end) = self.next_boundary() {
            self.text.replace_range(self.cursor..end, "");
        }
    }

    pub fn left(&mut self) {
        if let Some(start) = self.previous_boundary() {
            self.cursor = start;
        }
    }

    pub fn right(&mut self) {
        if let Some(end) = self.next_boundary() {
            self.cursor = end;
        }
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.text.len();
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }

    fn previous_boundary(&self) -> Option<usize> {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map(|(i, _)| i)
    }

    fn next_boundary(&self) -> Option<usize> {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map(|g| self.cursor + g.len())
    }

    /// The text as one line (line breaks shown as `line_break`, one cell wide), the part of
    /// it that fits in `width` cells with the cursor in view, and the cursor's column within
    /// that part. When the start is scrolled away, `ellipsis` (one cell) stands for it.
    pub fn view(&self, width: usize, line_break: &str, ellipsis: &str) -> (String, usize) {
        let shown = |s: &str| s.replace('\n', line_break);
        let before = shown(&self.text[..self.cursor]);
        let after = shown(&self.text[self.cursor..]);
        let width = width.max(3);
        // Drop graphemes from the start until the cursor (and one cell for it) fits, after
        // the ellipsis once anything is dropped.
        let mut start = 0;
        let graphemes: Vec<&str> = before.graphemes(true).collect();
        let mut column = display_width(&before);
        while column + 1 + usize::from(start > 0) > width && start < graphemes.len() {
            column -= display_width(graphemes[start]);
            start += 1;
        }
        let mut out = String::new();
        if start > 0 {
            out.push_str(ellipsis);
            column += 1;
        }
        out.push_str(&graphemes[start..].concat());
        let mut used = column;
        for g in after.graphemes(true) {
            let w = display_width(g);
            if used + w > width {
                break;
            }
            out.push_str(g);
            used += w;
        }
        (out, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_steps_over_whole_graphemes() {
        let mut input = TextInput::new("가x\u{304}👩‍👩‍👧", false);
        input.left();
        assert_eq!(input.view(80, "⏎", "…").1, 2 + 1, "before the family emoji");
        input.left();
        assert_eq!(input.view(80, "⏎", "…").1, 2, "before x with its macron");
        input.backspace();
        assert_eq!(input.text(), "x\u{304}👩‍👩‍👧");
        assert_eq!(input.view(80, "⏎", "…").1, 0);
        input.delete();
        assert_eq!(input.text(), "👩‍👩‍👧");
    }

    #[test]
    fn the_cursor_column_counts_display_width() {
        let mut input = TextInput::new("", false);
        input.insert("한글 abc");
        assert_eq!(input.view(80, "⏎", "…"), ("한글 abc".to_owned(), 8));
        input.home();
        input.right();
        assert_eq!(input.view(80, "⏎", "…").1, 2);
    }

    #[test]
    fn a_long_text_scrolls_to_keep_the_cursor_in_view() {
        let input = TextInput::new(&"가".repeat(30), false);
        let (shown, column) = input.view(11, "⏎", "…");
        // The ellipsis says the start is scrolled away; the cursor has a cell after it.
        assert_eq!(shown, format!("…{}", "가".repeat(4)));
        assert_eq!(column, 9);
    }

    #[test]
    fn pasted_line_breaks_and_controls_are_cleaned() {
        let mut line = TextInput::new("", false);
        line.insert("첫 줄\r\n둘째\t줄\u{7}");
        assert_eq!(line.text(), "첫 줄 둘째 줄");
        let mut long = TextInput::new("", true);
        long.insert("첫 줄\r\n둘째");
        assert_eq!(long.text(), "첫 줄\n둘째");
        assert_eq!(long.view(80, "⏎", "…").0, "첫 줄⏎둘째");
    }

    #[test]
    fn a_huge_paste_is_cut_at_the_limit() {
        let mut input = TextInput::new("", true);
        assert!(!input.insert(&"가".repeat(MAX_FIELD_BYTES)));
        assert!(input.text().len() <= MAX_FIELD_BYTES);
        assert!(input.text().chars().all(|c| c == '가'));
    }
}
