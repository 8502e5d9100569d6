//! The editor's commands that change the text: typing, line breaks that continue lists,
//! deletions, cuts, undo and redo, all through one grapheme-safe [`NotesEditor::edit`].

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use super::document::{Document, Pos, Touched};
use super::history::Kind;
use super::keys::Command;
use super::list_item::list_item;
use super::{NotesEditor, rows};
use crate::i18n::Msg;

impl NotesEditor {
    pub(super) fn run(&mut self, command: Command) {
        match command {
            // A control character has no place in notes (saving would refuse it).
            Command::Type(c) if c.is_control() => {}
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
    pub(super) fn edit(&mut self, kind: Kind, start: Pos, end: Pos, text: &str) {
        let before_cursor = self.cursor;
        let (region_start, region_end, written, cursor_offset) =
            match self.joined_with_neighbours(start, end, text) {
                Some(joined) => joined,
                None => (start, end, text.to_owned(), text.len()),
            };
        if splits_the_grapheme_after(&self.doc, region_start, region_end, &written) {
            self.error = Some(self.tr.get(Msg::EditorNotTypedFlag).to_owned());
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

    pub(super) fn changed(&mut self, touched: Touched) {
        self.rows.update(&self.doc, touched);
    }

    fn undo(&mut self) {
        let Some(step) = self.history.take_undo() else {
            self.error = Some(self.tr.get(Msg::EditorNothingToUndo).to_owned());
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
            self.error = Some(self.tr.get(Msg::EditorNothingToRedo).to_owned());
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
