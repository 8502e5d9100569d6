//! Undo and redo for the notes editor, by step: a typed word with its following space, a run
//! of deletions, a paste, a line break or a cut. Each step holds the changes it made, so a
//! step in a megabyte of notes costs what it changed, not a copy of the text.

use super::document::{Change, Pos};

/// The most steps kept, and the most text they may hold between them: the oldest go first.
const MAX_STEPS: usize = 500;
const MAX_BYTES: usize = 64 * 1024 * 1024;

/// What made a step, to tell whether the next change continues it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Typed text: continues while the cursor stays where the last key left it, and ends at
    /// the first letter of a new word.
    Typing,
    /// Backspace or Delete, one grapheme at a time, while the cursor stays put.
    Deleting,
    /// Anything else: a paste, a line break that continues a list, a cut, a replaced text.
    Other,
}

#[derive(Debug, Clone)]
pub struct Step {
    pub kind: Kind,
    pub changes: Vec<Change>,
    pub cursor_before: Pos,
    pub cursor_after: Pos,
}

impl Step {
    fn bytes(&self) -> usize {
        self.changes
            .iter()
            .map(|c| c.inserted.len() + c.removed.len())
            .sum()
    }
}

#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    bytes: usize,
}

impl History {
    /// Records `change`, made by `kind` with the cursor going from `before` to `after`: as
    /// part of the last step when it continues it, else as a new step. Anything undone is
    /// no longer redoable.
    pub fn record(&mut self, kind: Kind, change: Change, before: Pos, after: Pos) {
        self.redo.clear();
        self.bytes += change.inserted.len() + change.removed.len();
        match self.undo.last_mut() {
            Some(last) if continues(last, kind, &change, before) => {
                merge(&mut last.changes, change);
                last.cursor_after = after;
            }
            _ => self.undo.push(Step {
                kind,
                changes: vec![change],
                cursor_before: before,
                cursor_after: after,
            }),
        }
        self.forget_oldest();
    }

    /// Ends the current step: the next change starts a new one (after the cursor moved).
    pub fn seal(&mut self) {
        if let Some(last) = self.undo.last_mut() {
            last.kind = Kind::Other;
        }
    }

    pub fn take_undo(&mut self) -> Option<Step> {
        let step = self.undo.pop()?;
        self.bytes -= step.bytes();
        Some(step)
    }

    pub fn push_redo(&mut self, step: Step) {
        self.redo.push(step);
    }

    pub fn take_redo(&mut self) -> Option<Step> {
        self.redo.pop()
    }

    /// A redone step back on the undo list, as it was.
    pub fn push_undo(&mut self, mut step: Step) {
        self.bytes += step.bytes();
        step.kind = Kind::Other;
        self.undo.push(step);
        self.forget_oldest();
    }

    fn forget_oldest(&mut self) {
        while self.undo.len() > MAX_STEPS || (self.bytes > MAX_BYTES && self.undo.len() > 1) {
            let oldest = self.undo.remove(0);
            self.bytes -= oldest.bytes();
        }
    }
}

/// Whether a change made by `kind` at `before` belongs to the step `last`.
fn continues(last: &Step, kind: Kind, change: &Change, before: Pos) -> bool {
    if last.kind != kind || last.cursor_after != before {
        return false;
    }
    match kind {
        // A new word starts a new step: typing "저장소와 검색" undoes as "검색", then
        // "저장소와 ".
        Kind::Typing => {
            let typed_space = |c: &Change| c.inserted.ends_with(char::is_whitespace);
            let starts_word = !change.inserted.starts_with(char::is_whitespace);
            !(starts_word && last.changes.last().is_some_and(typed_space))
        }
        Kind::Deleting => true,
        Kind::Other => false,
    }
}

/// Adds `change` to a step's changes, joined to the last one when it carries straight on
/// from it (a typed run is then one change, however long).
fn merge(changes: &mut Vec<Change>, change: Change) {
    if let Some(last) = changes.last_mut() {
        let typed_on = last.removed.is_empty()
            && change.removed.is_empty()
            && last.at.after(&last.inserted) == change.at;
        if typed_on {
            last.inserted.push_str(&change.inserted);
            return;
        }
        // Backspace after Backspace: the removed text grows to the left.
        let erased_back = last.inserted.is_empty()
            && change.inserted.is_empty()
            && change.at.after(&change.removed) == last.at;
        if erased_back {
            let mut removed = change.removed;
            removed.push_str(&last.removed);
            last.removed = removed;
            last.at = change.at;
            return;
        }
    }
    changes.push(change);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(at: Pos, text: &str) -> Change {
        Change {
            at,
            removed: String::new(),
            inserted: text.to_owned(),
        }
    }

    #[test]
    fn a_typed_word_and_its_space_are_one_step() {
        let mut history = History::default();
        let mut at = Pos::new(0, 0);
        for c in ["a", "b", " ", "c", "d"] {
            let after = at.after(c);
            history.record(Kind::Typing, typed(at, c), at, after);
            at = after;
        }
        let last = history.take_undo().expect("a step");
        assert_eq!(last.changes, [typed(Pos::new(0, 3), "cd")]);
        let first = history.take_undo().expect("a step");
        assert_eq!(first.changes, [typed(Pos::new(0, 0), "ab ")]);
        assert!(history.take_undo().is_none());
    }

    #[test]
    fn moving_the_cursor_ends_a_step() {
        let mut history = History::default();
        history.record(
            Kind::Typing,
            typed(Pos::new(0, 0), "a"),
            Pos::new(0, 0),
            Pos::new(0, 1),
        );
        history.record(
            Kind::Typing,
            typed(Pos::new(0, 0), "b"),
            Pos::new(0, 0),
            Pos::new(0, 1),
        );
        assert_eq!(history.take_undo().map(|s| s.changes.len()), Some(1));
        assert_eq!(history.take_undo().map(|s| s.changes.len()), Some(1));
    }
}
