//! The editor's moves: by grapheme, word, line, screen row and page, with Shift to select.

use super::document::Pos;
use super::keys::Motion;
use super::rows::cells;
use super::{NotesEditor, screen};

impl NotesEditor {
    pub(super) fn move_cursor(&mut self, to: Motion, select: bool) {
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
    pub(super) fn column_in_line(&self) -> usize {
        cells(&self.doc.line(self.cursor.line)[..self.cursor.byte])
    }
}
