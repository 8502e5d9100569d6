//! The notes editor from the Chapters and Sessions tabs, and the hand-over to the person's
//! own editor (Ctrl-e) from the notes or a form's field.

use super::{reload_study, toc};
use crate::domain::text::quoted;
use crate::i18n::errors::store_error;
use crate::i18n::{Msg, Tr, format};
use crate::store::{ItemId, StoreError};
use crate::ui::keymap::{Context, key_for};
use crate::ui::state::action::{Action, Tab};
use crate::ui::state::app::{App, Overlay, Status, StudyScreen};
use crate::ui::state::form::FieldKind;
use crate::ui::terminal::EditorError;
use crate::ui::widgets::editor::{NotesEditor, NotesOf};

/// `n`: the selected chapter's or session's notes in the editor.
pub(super) fn open(app: &mut App) {
    let tr = app.tr;
    let Some(screen) = &app.study else {
        return;
    };
    let opened = match screen.tab {
        Tab::Chapters => screen.selected_chapter().map(|chapter| {
            let (id, chapter) = (chapter.id, chapter.item);
            let title = tr.notes_title_chapter(chapter.number, &chapter.title);
            (title, NotesOf::Chapter { id }, app.store.chapter_notes(id))
        }),
        Tab::Sessions => screen.selected_session().map(|session| {
            let id = session.id;
            let title = tr.notes_title_session(format::date(tr.lang, session.item.held_on));
            (title, NotesOf::Session { id }, app.store.session_notes(id))
        }),
        _ => None,
    };
    match opened {
        Some((title, of, Ok(text))) => {
            let mut editor = NotesEditor::new(title, of, &text);
            editor.tr = tr;
            app.overlay = Some(Overlay::Editor(Box::new(editor)));
        }
        Some((_, _, Err(e))) => {
            app.status = Some(Status::Error(tr.notes_cannot_read(store_error(tr, &e))));
        }
        None => app.status = Some(Status::Info(tr.get(Msg::NotesNothingSelected).to_owned())),
    }
}

/// What the status says once notes are saved: `Saved the notes of chapter 3 "저장소와 검색".`
fn saved_message(tr: Tr, screen: &StudyScreen, of: NotesOf) -> String {
    let study = &screen.study;
    let saved = match of {
        NotesOf::Chapter { id } => study
            .index_of(ItemId::Chapter(id))
            .and_then(|i| study.chapters.get(i))
            .map(|chapter| tr.notes_saved_chapter(chapter.number, quoted(&chapter.title))),
        NotesOf::Session { id } => study
            .index_of(ItemId::Session(id))
            .and_then(|i| study.sessions.get(i))
            .map(|session| tr.notes_saved_session(format::date(tr.lang, session.held_on))),
        NotesOf::Toc | NotesOf::FormField => None,
    };
    saved.unwrap_or_else(|| tr.get(Msg::NotesSaved).to_owned())
}

/// Enter on a form's long text: the text in the editor, the form kept until it closes.
pub(super) fn open_field(app: &mut App) {
    let Some(Overlay::Form(mut form)) = app.overlay.take() else {
        return;
    };
    let field = form.focused();
    let (label, text) = (field.label.clone(), field.input.text().to_owned());
    let mut editor = NotesEditor::new(
        format!("{}: {label}", form.title),
        NotesOf::FormField,
        &text,
    );
    editor.tr = app.tr;
    editor.form = Some(form);
    app.overlay = Some(Overlay::Editor(Box::new(editor)));
}

/// Ctrl-s in the editor: writes the notes, or keeps the editor open with the reason; a table
/// of contents is shown to check first; a form's text goes back to the form, unsaved.
pub(super) fn save(app: &mut App) {
    // A form's text goes back to the form on any screen (a new study's form opens on the
    // home screen, with no study open).
    match &app.overlay {
        Some(Overlay::Editor(editor)) if editor.of == NotesOf::FormField => {
            let text = editor.text();
            return close_editor(app, Some(&text));
        }
        Some(Overlay::Editor(editor)) if editor.of == NotesOf::Toc => return toc::preview(app),
        _ => {}
    }
    let tr = app.tr;
    let (Some(screen), Some(Overlay::Editor(editor))) = (&app.study, &mut app.overlay) else {
        return;
    };
    if editor.gone {
        editor.error = Some(tr.notes_not_saved(store_error(tr, &StoreError::Gone)));
        return;
    }
    let text = editor.text();
    let id = screen.id;
    // Notes another program changed since they were opened (a second window, an import)
    // are not written over unseen: the first Ctrl-s says so, the second saves.
    let stored = match editor.of {
        NotesOf::Chapter { id: chapter } => app.store.chapter_notes(chapter),
        NotesOf::Session { id: session } => app.store.session_notes(session),
        NotesOf::Toc | NotesOf::FormField => return,
    };
    if let Ok(stored) = stored
        && editor.opened_other_than(&stored)
        && stored != text
        && !editor.overwrite_told
    {
        editor.overwrite_told = true;
        let save = key_for(Context::Editor, Action::Save).unwrap_or_default();
        let cancel = key_for(Context::Editor, Action::Cancel).unwrap_or_default();
        editor.error = Some(tr.notes_changed_elsewhere(save, cancel));
        return;
    }
    let (result, select) = match editor.of {
        NotesOf::Chapter { id: chapter } => (
            app.store.set_chapter_notes(id, chapter, &text),
            ItemId::Chapter(chapter),
        ),
        NotesOf::Session { id: session } => (
            app.store.set_session_notes(id, session, &text),
            ItemId::Session(session),
        ),
        NotesOf::Toc | NotesOf::FormField => return,
    };
    let saved = saved_message(tr, screen, editor.of);
    match result {
        Ok(()) => {
            app.overlay = None;
            app.undo = None;
            reload_study(app, Some(select));
            app.status = Some(Status::Info(saved));
        }
        Err(e) => editor.error = Some(tr.notes_not_saved(store_error(tr, &e))),
    }
}

/// Closes the editor. One opened from a form gives the form back, with `text` in the field
/// it was opened on, or the field as it was.
pub(super) fn close_editor(app: &mut App, text: Option<&str>) {
    let form = match app.overlay.take() {
        Some(Overlay::Editor(mut editor)) => editor.form.take(),
        _ => None,
    };
    let Some(mut form) = form else {
        return;
    };
    if let Some(text) = text {
        let field = form.focused();
        field.input.set(text);
        // The new text answers the field's complaint; it is checked again on save.
        field.error = None;
    }
    app.overlay = Some(Overlay::Form(form));
}

/// A paste into the editor, however long: inserted as one edit.
pub(super) fn paste(app: &mut App, text: &str) {
    if let Some(Overlay::Editor(editor)) = &mut app.overlay {
        editor.insert(text);
    }
}

/// Ctrl-e: asks the event loop to open the text in the person's editor.
pub(super) fn request_external(app: &mut App) {
    let text = match &mut app.overlay {
        Some(Overlay::Editor(editor)) => editor.text(),
        Some(Overlay::Form(form)) => {
            let field = form.focused();
            if !field.takes_text() {
                let key = key_for(Context::Form, Action::ExternalEditor).unwrap_or_default();
                app.status = Some(Status::Info(app.tr.notes_choice_field(key)));
                return;
            }
            field.input.text().to_owned()
        }
        _ => return,
    };
    app.external_edit = Some(text);
}

/// The person's editor closed: its text replaces the notes or the field's text.
pub fn finish_external_edit(app: &mut App, result: Result<String, EditorError>) {
    let text = match result {
        Ok(text) => text,
        Err(e) => {
            app.status = Some(Status::Error(app.tr.notes_editor_failed(e.message(app.tr))));
            return;
        }
    };
    // Editors end files with a line break; a field or notes do not need it.
    let text = text.strip_suffix('\n').unwrap_or(&text);
    match &mut app.overlay {
        Some(Overlay::Editor(editor)) => editor.replace(text),
        Some(Overlay::Form(form)) => {
            let field = form.focused();
            if field.kind != FieldKind::Long && text.contains('\n') {
                field.error = Some(app.tr.get(Msg::NotesOneLine).to_owned());
            }
            field.input.set(text);
        }
        _ => {}
    }
}
