//! The notes editor: multi-line text for a chapter's presentation notes, a session's notes,
//! a table of contents to add, or a form's long text. It edits by extended grapheme
//! cluster: every step, deletion, selection, undo step and row break keeps a Hangul
//! syllable, an emoji sequence or a letter with its marks whole, and the text it holds is
//! always NFC, so nothing it saves can hold a split character.
//!
//! The parts: [`document`] (the lines and the one way to change them), [`editing`] (the
//! commands that change the text), [`motion`] (the moves), [`rows`] (lines cut
//! into screen rows, kept and re-worked only where a line changed), [`screen`] (which rows
//! are shown), [`history`] (undo by step), [`keys`] (what a key does).

mod document;
mod editing;
mod history;
mod keys;
mod list_item;
mod motion;
mod rows;
mod screen;

use ratatui::crossterm::event::KeyEvent;

use crate::domain::text::normalize;
use crate::domain::toc::Toc;
use crate::i18n::Tr;
use crate::store::{ChapterId, SessionId};
use crate::ui::state::forms::EntityForm;
use document::Document;
use history::{History, Kind};
use rows::Rows;
use screen::{RowRef, Window};

pub use document::Pos;
pub use rows::cell_width;
use rows::cells;

/// Whose notes the editor holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotesOf {
    Chapter {
        id: ChapterId,
    },
    Session {
        id: SessionId,
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
    /// The language of the messages a key that does nothing shows (English until set).
    pub tr: Tr,
    /// Another program changed these notes since they were opened, and the person was told:
    /// the next save writes over them.
    pub overwrite_told: bool,
    /// The chapter or session these notes are of was deleted or replaced by another
    /// program since they opened: saving would write to nothing, or to another's notes.
    pub gone: bool,
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
            tr: Tr::EN,
            overwrite_told: false,
            gone: false,
        }
    }

    /// Whether `stored` (the notes as the journal has them now) is other than what this
    /// editor opened.
    pub fn opened_other_than(&self, stored: &str) -> bool {
        crate::domain::text::normalize(stored) != self.original
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
        if clean.is_empty() && start == end {
            return;
        }
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
        let column: usize = cells(&self.doc.line(shown.line)[shown.start..self.cursor.byte]);
        let last = usize::from(self.window.width.saturating_sub(1));
        Some((
            u16::try_from(column.min(last)).unwrap_or(u16::MAX),
            u16::try_from(row).unwrap_or(u16::MAX),
        ))
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

#[cfg(test)]
mod tests;
