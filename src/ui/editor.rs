//! The notes editor: a multi-line text area (ratatui-textarea) that wraps by display width,
//! with undo and redo, for a chapter's presentation notes, a session's notes, a table of
//! contents to add, or a form's long text.

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::{TextArea, WrapMode};

use crate::domain::text::normalize;
use crate::domain::toc::Toc;
use crate::ui::forms::EntityForm;

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

pub struct NotesEditor {
    pub title: String,
    pub of: NotesOf,
    pub textarea: TextArea<'static>,
    original: String,
    /// Esc was pressed with changes: the editor asks before throwing them away.
    pub confirm_discard: bool,
    /// Why the last save failed, shown above the text.
    pub error: Option<String>,
    /// Ctrl-s on a table of contents: what it adds, waiting for a yes.
    pub preview: Option<TocPreview>,
    /// The form whose field is being written here, unsaved, until the editor closes.
    pub form: Option<Box<EntityForm>>,
}

impl NotesEditor {
    pub fn new(title: String, of: NotesOf, text: &str) -> NotesEditor {
        let mut textarea = TextArea::new(split_lines(text));
        textarea.set_wrap_mode(WrapMode::WordOrGlyph);
        textarea.set_max_histories(200);
        // The terminal's own cursor marks the place (see `view::editor`); a drawn block
        // cursor as well would show two.
        textarea.set_cursor_style(ratatui::style::Style::new());
        textarea.set_cursor_line_style(ratatui::style::Style::new());
        textarea.move_cursor(ratatui_textarea::CursorMove::Bottom);
        textarea.move_cursor(ratatui_textarea::CursorMove::End);
        NotesEditor {
            title,
            of,
            textarea,
            original: text.to_owned(),
            confirm_discard: false,
            error: None,
            preview: None,
            form: None,
        }
    }

    /// The text as the journal stores it: NFC, `\n` between lines.
    pub fn text(&self) -> String {
        normalize(&self.textarea.lines().join("\n"))
    }

    pub fn is_changed(&self) -> bool {
        self.text() != self.original
    }

    /// Whether closing would lose anything: this text, or the form it was opened from.
    pub fn holds_unsaved(&self) -> bool {
        self.is_changed() || self.form.as_ref().is_some_and(|f| f.is_changed())
    }

    pub fn key(&mut self, key: KeyEvent) {
        self.textarea.input(key);
        self.error = None;
    }

    /// A paste (or the external editor's result) at the cursor. Control characters other
    /// than line breaks and tabs are dropped: they would be refused on save.
    pub fn insert(&mut self, text: &str) {
        let clean: String = normalize(text)
            .chars()
            .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
            .collect();
        self.textarea.insert_str(clean);
        self.error = None;
    }

    /// Replaces the whole text, as after editing it in an external editor; undo brings the
    /// old text back.
    pub fn replace(&mut self, text: &str) {
        self.textarea.select_all();
        self.textarea.cut();
        self.insert(text);
    }
}

fn split_lines(text: &str) -> Vec<String> {
    let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    if lines.is_empty() {
        vec![String::new()]
    } else {
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn typing_pasting_and_undo() {
        let mut editor = NotesEditor::new("3장".into(), NotesOf::Chapter { row: 1 }, "## 요약");
        assert!(!editor.is_changed());
        editor.key(key(KeyCode::Enter));
        for c in "저장소".chars() {
            editor.key(key(KeyCode::Char(c)));
        }
        assert_eq!(editor.text(), "## 요약\n저장소");
        editor.insert("\r\n- 로그\u{7} 구조");
        assert_eq!(editor.text(), "## 요약\n저장소\n- 로그 구조");
        editor.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        assert_eq!(editor.text(), "## 요약\n저장소", "Ctrl-u undoes the paste");
        editor.key(KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL));
        assert_eq!(
            editor.text(),
            "## 요약\n저장소\n- 로그 구조",
            "Ctrl-r redoes it"
        );
        assert!(editor.is_changed());
    }

    #[test]
    fn replacing_the_text_can_be_undone() {
        let mut editor = NotesEditor::new("n".into(), NotesOf::Session { row: 1 }, "옛 글");
        editor.replace("새 글\n둘째 줄");
        assert_eq!(editor.text(), "새 글\n둘째 줄");
        editor.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        editor.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        assert_eq!(editor.text(), "옛 글");
    }

    #[test]
    fn decomposed_hangul_is_stored_composed() {
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd("한글").collect();
        let mut editor = NotesEditor::new("n".into(), NotesOf::Session { row: 1 }, "");
        editor.insert(&nfd);
        assert_eq!(editor.text(), "한글");
    }
}
