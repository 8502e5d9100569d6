//! "Throw away the changes?": the one question asked before unsaved text is lost, by Esc in a
//! form or the notes editor (a form's long field and a table of contents are written there
//! too), or by Ctrl-c anywhere. The rule, what the question says, and nothing else: asking
//! and answering are `update::discard`'s job, drawing it the view's.

use crate::domain::text::quoted;
use crate::ui::state::app::Overlay;
use crate::ui::widgets::editor::NotesOf;

/// What leaving does once the person says yes; while the question is up, what it asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leaving {
    /// Esc: close the form or the editor (an editor opened from a form gives the form back).
    Close,
    /// Ctrl-c: quit studylog.
    Quit,
}

/// The rule: whether leaving `overlay` this way loses text the person typed.
pub fn loses_text(overlay: &Overlay, leaving: Leaving) -> bool {
    match overlay {
        Overlay::Form(form) => form.is_changed(),
        // Closing an editor opened from a form gives the form back, with its own changes:
        // only the editor's are lost. Quitting loses both.
        Overlay::Editor(editor) => match leaving {
            Leaving::Close => editor.is_changed(),
            Leaving::Quit => editor.holds_unsaved(),
        },
        _ => false,
    }
}

/// The question, naming what would be lost.
pub fn question(overlay: &Overlay, leaving: Leaving) -> String {
    let quitting = leaving == Leaving::Quit;
    match overlay {
        Overlay::Form(_) if quitting => "Quit without saving what you typed in this form?".into(),
        Overlay::Form(_) => "Throw away what you typed in this form?".into(),
        Overlay::Editor(editor) => match (editor.of, &editor.form) {
            (NotesOf::Toc, _) if quitting => {
                "Quit without adding the chapters of this table of contents?".to_owned()
            }
            (NotesOf::Toc, _) => "Throw away this table of contents?".to_owned(),
            (NotesOf::FormField, Some(form)) if quitting => {
                format!("Quit without saving the form {}?", quoted(&form.title))
            }
            (NotesOf::FormField, Some(form)) => format!(
                "Throw away the changes to {}? The rest of the form stays as it is.",
                quoted(form.fields.get(form.focus).map_or("", |f| f.label.as_str()))
            ),
            _ if quitting => "Quit without saving the changes to these notes?".to_owned(),
            _ => "Throw away the changes to these notes?".to_owned(),
        },
        _ if quitting => "Quit?".to_owned(),
        _ => "Close?".to_owned(),
    }
}
