//! The notes editor: multi-line text for a chapter's presentation notes, a session's notes,
//! a table of contents to add, or a form's long text. It edits by extended grapheme
//! cluster: every step, deletion, selection, undo step and row break keeps a Hangul
//! syllable, an emoji sequence or a letter with its marks whole, and the text it holds is
//! always NFC, so nothing it saves can hold a split character.
//!
//! The parts: [`document`] (the lines and the one way to change them), [`rows`] (lines cut
//! into screen rows, kept and re-worked only where a line changed), [`screen`] (which rows
//! are shown), [`history`] (undo by step), [`keys`] (what a key does).

mod document;
mod history;
mod keys;
mod rows;
mod screen;

use ratatui::crossterm::event::KeyEvent;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use crate::domain::text::normalize;
use crate::domain::toc::Toc;
use crate::ui::forms::EntityForm;
use document::{Document, Touched};
use history::{History, Kind};
use keys::{Command, Motion};
use rows::Rows;
use screen::{RowRef, Window};

pub use document::Pos;
pub use rows::cell_width;

/// Whose notes the editor holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotesOf {
    Chapter {
        row: i64,
    },
    Session {
        row: i64,
    },
    /// Not notes: a table of contents, one chapter per line, to add as chapters.
    Toc,
    /// The focused field of the form kept in `NotesEditor::form`, which saving returns to.
    FormField,
}

/// The chapters a table of contents adds, shown to check before they are added.
pub struct TocPreview {
    pub toc: Toc,
    /// The first row shown, when the list is taller than the window.
    pub scroll: usize,
    /// Every row of the preview, wrapped for the window it was last fitted to: worked out
    /// when the preview opens or the window changes, not on every key or frame (a pasted
    /// book of ten thousand chapters is ten thousand rows).
    pub rows: Vec<ratatui::text::Line<'static>>,
    /// The window width `rows` were wrapped for.
    pub fitted_to: u16,
}

/// One row on screen: its line, and where in the line it starts and ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShownRow {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

pub struct NotesEditor {
    pub title: String,
    pub of: NotesOf,
    doc: Document,
    cursor: Pos,
    /// Where the selection started (a Shift move); the cursor is its other end.
    anchor: Option<Pos>,
    /// The display column Up and Down keep to, across shorter rows.
    goal: Option<usize>,
    history: History,
    rows: Rows,
    window: Window,
    /// What Ctrl-x, Ctrl-k or Alt-w took last, for Ctrl-y.
    kept: String,
    original: String,
    /// Why the last save failed, or why a key did nothing, shown above the text.
    pub error: Option<String>,
    /// Ctrl-s on a table of contents: what it adds, waiting for a yes.
    pub preview: Option<TocPreview>,
    /// The form whose field is being written here, unsaved, until the editor closes.
    pub form: Option<Box<EntityForm>>,
}

impl NotesEditor {
    /// The editor on `text`, with the cursor at its end.
    pub fn new(title: String, of: NotesOf, text: &str) -> NotesEditor {
        let text = normalize(text);
        let doc = Document::new(&text);
        let cursor = doc.end();
        let rows = Rows::new(doc.line_count());
        NotesEditor {
            title,
            of,
            doc,
            cursor,
            anchor: None,
            goal: None,
            history: History::default(),
            rows,
            window: Window::default(),
            kept: String::new(),
            original: text,
            error: None,
            preview: None,
            form: None,
        }
    }

    /// The text as the journal stores it: NFC, `\n` between lines.
    pub fn text(&self) -> String {
        normalize(&self.doc.text())
    }

    pub fn is_changed(&self) -> bool {
        self.text() != self.original
    }

    /// Whether closing would lose anything: this text, or the form it was opened from.
    pub fn holds_unsaved(&self) -> bool {
        self.is_changed() || self.form.as_ref().is_some_and(|f| f.is_changed())
    }

    pub fn cursor(&self) -> Pos {
        self.cursor
    }

    /// The selected text's ends, first to last, when something is selected.
    pub fn selection(&self) -> Option<(Pos, Pos)> {
        let anchor = self.anchor.filter(|a| *a != self.cursor)?;
        Some((anchor.min(self.cursor), anchor.max(self.cursor)))
    }

    pub fn line(&self, line: usize) -> &str {
        self.doc.line(line)
    }

    /// A key the keymap left to the editor.
    pub fn key(&mut self, key: KeyEvent) {
        self.error = None;
        if let Some(command) = keys::command(key) {
            self.run(command);
            self.settle();
        }
    }

    /// A paste (or the external editor's result) at the cursor, over the selection.
    /// Control characters other than line breaks and tabs are dropped: they would be
    /// refused on save.
    pub fn insert(&mut self, text: &str) {
        self.error = None;
        let clean: String = normalize(text)
            .chars()
            .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
            .collect();
        let (start, end) = self.selection().unwrap_or((self.cursor, self.cursor));
        self.history.seal();
        self.edit(Kind::Other, start, end, &clean);
        self.history.seal();
        self.settle();
    }

    /// Replaces the whole text, as after editing it in an external editor; undo brings the
    /// old text back.
    pub fn replace(&mut self, text: &str) {
        self.anchor = Some(Pos::default());
        self.cursor = self.doc.end();
        self.insert(text);
    }

    /// Fits the editor to a text area of `width` x `height` cells: rows re-wrapped if the
    /// width changed, the cursor's row shown, the window full.
    pub fn fit(&mut self, width: u16, height: u16) {
        self.window.width = width;
        self.window.height = height;
        self.rows.set_width(screen::wrap_width(width));
        self.settle();
    }

    /// The rows on screen, top to bottom (the window's height at most).
    pub fn shown_rows(&self) -> Vec<ShownRow> {
        let width = self.rows.width().max(1);
        let mut shown = Vec::with_capacity(usize::from(self.window.height));
        let mut at = self.window.top;
        'lines: while at.line < self.doc.line_count() {
            let text = self.doc.line(at.line);
            // Drawing changes nothing: rows not fitted yet (none, after `fit`) are worked
            // out here and dropped.
            let worked_out;
            let starts = match self.rows.known(at.line) {
                Some(starts) => starts,
                None => {
                    worked_out = rows::row_starts(text, width);
                    &worked_out
                }
            };
            for (row, &start) in starts.iter().enumerate().skip(at.row) {
                if shown.len() == usize::from(self.window.height) {
                    break 'lines;
                }
                let end = starts.get(row + 1).copied().unwrap_or(text.len());
                shown.push(ShownRow {
                    line: at.line,
                    start,
                    end,
                });
            }
            at = RowRef {
                line: at.line + 1,
                row: 0,
            };
        }
        shown
    }

    /// Where the cursor is drawn: the row on screen and the display column in it (kept
    /// inside the area when spaces at a row's end run past it).
    pub fn screen_cursor(&self) -> Option<(u16, u16)> {
        let rows = self.shown_rows();
        let (row, shown) = rows.iter().enumerate().find(|(_, r)| {
            r.line == self.cursor.line
                && r.start <= self.cursor.byte
                && (self.cursor.byte < r.end || r.end == self.doc.line(r.line).len())
        })?;
        let column: usize = self.doc.line(shown.line)[shown.start..self.cursor.byte]
            .graphemes(true)
            .map(cell_width)
            .sum();
        let last = usize::from(self.window.width.saturating_sub(1));
        Some((
            u16::try_from(column.min(last)).unwrap_or(u16::MAX),
            u16::try_from(row).unwrap_or(u16::MAX),
        ))
    }

    fn run(&mut self, command: Command) {
        match command {
            Command::Type(c) => self.type_text(&c.to_string()),
            Command::NewLine => self.new_line(),
            Command::Indent => {
                let column = self.column_in_line();
                let spaces = rows::TAB_WIDTH - column % rows::TAB_WIDTH;
                self.type_text(&" ".repeat(spaces));
            }
            Command::Backspace => self.delete_back(),
            Command::Delete => self.delete_forward(),
            Command::DeleteWordBack => {
                let start = self.doc.word_start_before(self.cursor);
                self.delete_range(start, self.cursor);
            }
            Command::DeleteWordForward => {
                let end = self.doc.word_end_after(self.cursor);
                self.delete_range(self.cursor, end);
            }
            Command::DeleteToLineEnd => {
                let line_end = Pos::new(self.cursor.line, self.doc.line(self.cursor.line).len());
                let end = if line_end == self.cursor {
                    self.doc.next(self.cursor).unwrap_or(self.cursor)
                } else {
                    line_end
                };
                self.kept = self.doc.slice(self.cursor, end);
                self.delete_range(self.cursor, end);
            }
            Command::Move { to, select } => self.move_cursor(to, select),
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::Cut => {
                if let Some((start, end)) = self.selection() {
                    self.kept = self.doc.slice(start, end);
                    self.delete_range(start, end);
                }
            }
            Command::Copy => {
                if let Some((start, end)) = self.selection() {
                    self.kept = self.doc.slice(start, end);
                    self.anchor = None;
                }
            }
            Command::Yank => {
                if !self.kept.is_empty() {
                    let kept = self.kept.clone();
                    self.insert(&kept);
                }
            }
        }
    }

    /// Typed text at the cursor, over the selection.
    fn type_text(&mut self, text: &str) {
        match self.selection() {
            Some((start, end)) => {
                self.history.seal();
                self.edit(Kind::Other, start, end, text);
            }
            None => {
                self.edit(Kind::Typing, self.cursor, self.cursor, text);
            }
        }
    }

    /// Enter: a line break; after a list item (`- `, `* `, `+ `, `1. `, `- [ ] `) the next
    /// line starts the next item, and Enter on an empty item ends the list.
    fn new_line(&mut self) {
        let line = self.doc.line(self.cursor.line);
        let Some(item) = list_item(line).filter(|item| self.cursor.byte >= item.content) else {
            return self.type_text("\n");
        };
        if line[item.content..].trim().is_empty() && self.selection().is_none() {
            let start = Pos::new(self.cursor.line, 0);
            let end = Pos::new(self.cursor.line, line.len());
            self.history.seal();
            self.edit(Kind::Other, start, end, "");
            return;
        }
        let next = format!("\n{}{}", &line[..item.indent], item.next_marker);
        self.history.seal();
        let (start, end) = self.selection().unwrap_or((self.cursor, self.cursor));
        self.edit(Kind::Other, start, end, &next);
        self.history.seal();
    }

    fn delete_back(&mut self) {
        if let Some((start, end)) = self.selection() {
            return self.delete_range(start, end);
        }
        if let Some(start) = self.doc.previous(self.cursor) {
            self.edit(Kind::Deleting, start, self.cursor, "");
        }
    }

    fn delete_forward(&mut self) {
        if let Some((start, end)) = self.selection() {
            return self.delete_range(start, end);
        }
        if let Some(end) = self.doc.next(self.cursor) {
            self.edit(Kind::Deleting, self.cursor, end, "");
        }
    }

    fn delete_range(&mut self, start: Pos, end: Pos) {
        if start != end {
            self.history.seal();
            self.edit(Kind::Other, start, end, "");
            self.history.seal();
        }
    }

    /// Replaces the text from `start` to `end` with `text`, keeping every grapheme whole:
    /// text that joins the grapheme before it (a combining mark, a Hangul jamo, a ZWJ and
    /// emoji) joins it in NFC, and a change that would split the grapheme after it (a lone
    /// regional indicator before a flag) is refused with a message.
    fn edit(&mut self, kind: Kind, start: Pos, end: Pos, text: &str) {
        let before_cursor = self.cursor;
        let (region_start, region_end, written, cursor_offset) =
            match self.joined_with_neighbours(start, end, text) {
                Some(joined) => joined,
                None => (start, end, text.to_owned(), text.len()),
            };
        if splits_the_grapheme_after(&self.doc, region_start, region_end, &written) {
            self.error =
                Some("Not typed: it would break the character after the cursor in two.".to_owned());
            return;
        }
        let (change, touched) = self.doc.splice(region_start, region_end, &written);
        self.changed(touched);
        self.cursor = region_start.after(&written[..cursor_offset]);
        self.anchor = None;
        self.goal = None;
        self.history
            .record(kind, change, before_cursor, self.cursor);
    }

    /// When `text` between the graphemes around `start` and `end` is not NFC as a whole
    /// (it composes with them), the wider change that writes them composed: its start,
    /// end, text, and where in that text the cursor goes.
    fn joined_with_neighbours(
        &self,
        start: Pos,
        end: Pos,
        text: &str,
    ) -> Option<(Pos, Pos, String, usize)> {
        let (before_start, before) = self
            .doc
            .grapheme_before(start)
            .map_or((start.byte, ""), |(i, g)| (i, g));
        let after = self.doc.grapheme_after(end).unwrap_or("");
        let joined = format!("{before}{text}{after}");
        if unicode_normalization::is_nfc(&joined) {
            return None;
        }
        let composed: String = joined.nfc().collect();
        let typed: String = format!("{before}{text}").nfc().collect();
        // The cursor goes after what was typed, or after the grapheme it merged into.
        let cursor = composed
            .grapheme_indices(true)
            .map(|(i, g)| i + g.len())
            .chain([0])
            .filter(|&end| end >= typed.len().min(composed.len()))
            .min()
            .unwrap_or(composed.len());
        Some((
            Pos::new(start.line, before_start),
            Pos::new(end.line, end.byte + after.len()),
            composed,
            cursor,
        ))
    }

    fn changed(&mut self, touched: Touched) {
        self.rows.update(&self.doc, touched);
    }

    fn undo(&mut self) {
        let Some(step) = self.history.take_undo() else {
            self.error = Some("Nothing to undo.".to_owned());
            return;
        };
        for change in step.changes.iter().rev() {
            let touched = self.doc.revert(change);
            self.changed(touched);
        }
        self.cursor = self.doc.clamp(step.cursor_before);
        self.anchor = None;
        self.goal = None;
        self.history.push_redo(step);
    }

    fn redo(&mut self) {
        let Some(step) = self.history.take_redo() else {
            self.error = Some("Nothing to redo.".to_owned());
            return;
        };
        for change in &step.changes {
            let touched = self.doc.reapply(change);
            self.changed(touched);
        }
        self.cursor = self.doc.clamp(step.cursor_after);
        self.anchor = None;
        self.goal = None;
        self.history.push_undo(step);
    }

    fn move_cursor(&mut self, to: Motion, select: bool) {
        let selection = self.selection();
        if select {
            self.anchor.get_or_insert(self.cursor);
        } else {
            self.anchor = None;
        }
        // A move ends the typed run: what comes next is a new undo step.
        self.history.seal();
        let vertical = matches!(
            to,
            Motion::Up | Motion::Down | Motion::PageUp | Motion::PageDown
        );
        if !vertical {
            self.goal = None;
        }
        self.cursor = match (to, selection) {
            // Left or Right on a selection goes to its end on that side.
            (Motion::Left, Some((start, _))) if !select => start,
            (Motion::Right, Some((_, end))) if !select => end,
            (Motion::Left, _) => self.doc.previous(self.cursor).unwrap_or(self.cursor),
            (Motion::Right, _) => self.doc.next(self.cursor).unwrap_or(self.cursor),
            (Motion::WordLeft, _) => self.doc.word_start_before(self.cursor),
            (Motion::WordRight, _) => self.doc.word_end_after(self.cursor),
            (Motion::LineStart, _) => Pos::new(self.cursor.line, 0),
            (Motion::LineEnd, _) => {
                Pos::new(self.cursor.line, self.doc.line(self.cursor.line).len())
            }
            (Motion::Top, _) => Pos::default(),
            (Motion::Bottom, _) => self.doc.end(),
            (Motion::Up, _) => self.vertical(1, false),
            (Motion::Down, _) => self.vertical(1, true),
            (Motion::PageUp, _) => self.vertical(self.page(), false),
            (Motion::PageDown, _) => self.vertical(self.page(), true),
        };
    }

    /// Rows a page key moves: the window less one, so a row of context stays.
    fn page(&self) -> usize {
        usize::from(self.window.height.saturating_sub(1)).max(1)
    }

    /// The place `count` rows up or down, at the column Up and Down keep to.
    fn vertical(&mut self, count: usize, down: bool) -> Pos {
        let here = screen::row_at(&self.doc, &mut self.rows, self.cursor);
        let column = match self.goal {
            Some(column) => column,
            None => {
                let starts = self.rows.of(&self.doc, self.cursor.line);
                screen::column_of(&self.doc, starts, self.cursor)
            }
        };
        self.goal = Some(column);
        let there = if down {
            screen::rows_down(&self.doc, &mut self.rows, here, count)
        } else {
            screen::rows_up(&self.doc, &mut self.rows, here, count)
        };
        if there == here {
            // Up on the first row goes to the text's start, Down on the last to its end.
            return if down { self.doc.end() } else { Pos::default() };
        }
        screen::place_at_column(&self.doc, &mut self.rows, there, column)
    }

    /// The cursor's display column from its line's start (for Tab's stops).
    fn column_in_line(&self) -> usize {
        self.doc.line(self.cursor.line)[..self.cursor.byte]
            .graphemes(true)
            .map(cell_width)
            .sum()
    }

    /// The window moved so that it shows the cursor, and full.
    fn settle(&mut self) {
        if self.rows.width() == 0 {
            return;
        }
        let cursor = screen::row_at(&self.doc, &mut self.rows, self.cursor);
        self.window.top = screen::settle_top(
            &self.doc,
            &mut self.rows,
            self.window.top,
            cursor,
            usize::from(self.window.height),
        );
    }
}

/// A markdown list item's parts: where its text starts, its indentation, and the marker
/// the next item gets.
struct ListItem {
    indent: usize,
    content: usize,
    next_marker: String,
}

fn list_item(line: &str) -> Option<ListItem> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    for bullet in ["- [ ] ", "- [x] ", "* [ ] ", "- ", "* ", "+ "] {
        if rest.starts_with(bullet) {
            let next_marker = bullet.replace("[x]", "[ ]");
            return Some(ListItem {
                indent,
                content: indent + bullet.len(),
                next_marker,
            });
        }
    }
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let number: u64 = rest[..digits].parse().ok().filter(|_| digits <= 9)?;
    let delimiter = rest[digits..]
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | ')'))?;
    rest[digits + 1..].starts_with(' ').then(|| ListItem {
        indent,
        content: indent + digits + 2,
        next_marker: format!("{}{delimiter} ", number + 1),
    })
}

/// Whether writing `written` over `start..end` would put a grapheme boundary inside the
/// grapheme that follows `end` (a regional indicator written before a flag pairs with the
/// flag's first half, and every flag after it shifts).
fn splits_the_grapheme_after(doc: &Document, start: Pos, end: Pos, written: &str) -> bool {
    let Some(after) = doc.grapheme_after(end) else {
        return false;
    };
    // Segmentation starts at a boundary: the grapheme before the change, or a line's start.
    let before = match written.rfind('\n') {
        Some(_) => "",
        None => doc.grapheme_before(start).map_or("", |(_, g)| g),
    };
    let last_line = written.rsplit('\n').next().unwrap_or("");
    let joined = format!("{before}{last_line}{after}");
    let after_start = joined.len() - after.len();
    // Joining what comes before (a base before a lone combining mark) keeps it whole; a
    // boundary inside it cuts it.
    joined
        .grapheme_indices(true)
        .any(|(i, _)| i > after_start && i < joined.len())
}

#[cfg(test)]
mod tests;
