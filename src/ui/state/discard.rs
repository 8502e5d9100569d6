//! "Throw away the changes?": the one question asked before unsaved text is lost, by Esc in a
//! form or the notes editor (a form's long field and a table of contents are written there
//! too), or by Ctrl-c anywhere. The rule, what the question says, and nothing else: asking
//! and answering are `update::discard`'s job, drawing it the view's.

use crate::domain::text::quoted;
use crate::i18n::{Msg, Tr};
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
pub fn question(tr: Tr, overlay: &Overlay, leaving: Leaving) -> String {
    let quitting = leaving == Leaving::Quit;
    let msg = match overlay {
        Overlay::Form(_) if quitting => Msg::FormDiscardQuitForm,
        Overlay::Form(_) => Msg::FormDiscardCloseForm,
        Overlay::Editor(editor) => match (editor.of, &editor.form) {
            (NotesOf::Toc, _) if quitting => Msg::FormDiscardQuitToc,
            (NotesOf::Toc, _) => Msg::FormDiscardCloseToc,
            (NotesOf::FormField, Some(form)) if quitting => {
                return tr.form_discard_quit_field(quoted(&form.title));
            }
            (NotesOf::FormField, Some(form)) => {
                let field = form.fields.get(form.focus).map_or("", |f| f.label.as_str());
                return tr.form_discard_close_field(quoted(field));
            }
            _ if quitting => Msg::FormDiscardQuitNotes,
            _ => Msg::FormDiscardCloseNotes,
        },
        _ if quitting => Msg::FormDiscardQuit,
        _ => Msg::FormDiscardClose,
    };
    tr.get(msg).to_owned()
}
