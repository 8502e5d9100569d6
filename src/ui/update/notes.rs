//! The notes editor from the Chapters and Sessions tabs, and the hand-over to the person's
//! own editor (Ctrl-e) from the notes or a form's field.

use super::reload_study;
use crate::ui::action::Tab;
use crate::ui::app::{App, Overlay, Status, StudyScreen};
use crate::ui::editor::{NotesEditor, NotesOf};
use crate::ui::form::FieldKind;

/// `n`: the selected chapter's or session's notes in the editor.
pub(super) fn open(app: &mut App) {
    let Some(screen) = &app.study else {
        return;
    };
    let study = &screen.study;
    let list = screen.list();
    let opened = match screen.tab {
        Tab::Chapters => list.selected_item(study.chapters.len()).map(|i| {
            let row = screen.rows.chapters[i];
            let chapter = &study.chapters[i];
            let title = format!("Notes: {}. {}", chapter.number, chapter.title);
            (
                title,
                NotesOf::Chapter { row },
                app.store.chapter_notes(row),
            )
        }),
        Tab::Sessions => list.selected_item(study.sessions.len()).map(|i| {
            let row = screen.rows.sessions[i];
            let title = format!("Notes: the session of {}", study.sessions[i].held_on);
            (
                title,
                NotesOf::Session { row },
                app.store.session_notes(row),
            )
        }),
        _ => None,
    };
    match opened {
        Some((title, of, Ok(text))) => {
            app.overlay = Some(Overlay::Editor(Box::new(NotesEditor::new(
                title, of, &text,
            ))));
        }
        Some((_, _, Err(e))) => {
            app.status = Some(Status::Error(format!("cannot read the notes: {e}")));
        }
        None => app.status = Some(Status::Info("Nothing is selected.".into())),
    }
}

/// What the status says once notes are saved: `Saved the notes of chapter 3 "저장소와 검색".`
fn saved_message(screen: &StudyScreen, of: NotesOf) -> String {
    let study = &screen.study;
    let position = |rows: &[i64], row: i64| rows.iter().position(|r| *r == row);
    let whose = match of {
        NotesOf::Chapter { row } => position(&screen.rows.chapters, row).map(|i| {
            let chapter = &study.chapters[i];
            format!("chapter {} {:?}", chapter.number, chapter.title)
        }),
        NotesOf::Session { row } => position(&screen.rows.sessions, row)
            .map(|i| format!("the session of {}", study.sessions[i].held_on)),
        NotesOf::Toc => None,
    };
    match whose {
        Some(whose) => format!("Saved the notes of {whose}."),
        None => "Saved the notes.".to_owned(),
    }
}

/// `t` on the Chapters tab, or a paste there: a table of contents to add, one chapter per
/// line, in the editor (Enter is a new line there).
pub(super) fn open_toc(app: &mut App, text: &str) {
    if app.study.is_none() {
        return;
    }
    let mut editor = NotesEditor::new(
        "Add chapters: one per line, numbered or not (3. 저장소와 검색)".to_owned(),
        NotesOf::Toc,
        "",
    );
    editor.insert(text);
    app.overlay = Some(Overlay::Editor(Box::new(editor)));
}

/// Ctrl-s in the editor: writes the notes, or keeps the editor open with the reason.
pub(super) fn save(app: &mut App) {
    let (Some(screen), Some(Overlay::Editor(editor))) = (&app.study, &mut app.overlay) else {
        return;
    };
    let text = editor.text();
    let id = screen.id;
    if editor.of == NotesOf::Toc {
        let next = screen.study.next_chapter_number().unwrap_or(u32::MAX);
        let chapters = crate::domain::toc::parse_toc(&text, next);
        if chapters.is_empty() {
            editor.error =
                Some("paste or type one chapter per line, such as 3. 저장소와 검색".into());
            return;
        }
        if let Some(clash) = toc_clash(&screen.study, &chapters) {
            editor.error = Some(clash);
            return;
        }
        match app.store.add_chapters(id, &chapters) {
            Ok(rows) => {
                app.overlay = None;
                app.undo = None;
                reload_study(app, rows.first().map(|row| (Tab::Chapters, *row)));
                app.status = Some(Status::Info(match chapters.len() {
                    1 => "Added 1 chapter.".to_owned(),
                    n => format!("Added {n} chapters."),
                }));
            }
            Err(e) => editor.error = Some(format!("nothing added: {e}")),
        }
        return;
    }
    let (result, select) = match editor.of {
        NotesOf::Chapter { row } => (
            app.store.set_chapter_notes(id, row, &text),
            (Tab::Chapters, row),
        ),
        NotesOf::Session { row } => (
            app.store.set_session_notes(id, row, &text),
            (Tab::Sessions, row),
        ),
        NotesOf::Toc => return,
    };
    let saved = saved_message(screen, editor.of);
    match result {
        Ok(()) => {
            app.overlay = None;
            app.undo = None;
            reload_study(app, Some(select));
            app.status = Some(Status::Info(saved));
        }
        Err(e) => editor.error = Some(format!("not saved: {e}")),
    }
}

/// Esc in the editor: closes it, asking first when the text changed.
pub(super) fn cancel(app: &mut App) {
    match &mut app.overlay {
        Some(Overlay::Editor(editor)) if editor.is_changed() && !editor.confirm_discard => {
            editor.confirm_discard = true;
        }
        // Esc at the question goes back to the text, as in a form.
        Some(Overlay::Editor(editor)) if editor.confirm_discard => {
            editor.confirm_discard = false;
            app.quit_after_discard = false;
        }
        _ => app.overlay = None,
    }
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
                app.status = Some(Status::Info(
                    "Ctrl-e edits text fields; this one is a choice.".into(),
                ));
                return;
            }
            field.input.text().to_owned()
        }
        _ => return,
    };
    app.external_edit = Some(text);
}

/// The person's editor closed: its text replaces the notes or the field's text.
pub fn finish_external_edit(app: &mut App, result: Result<String, String>) {
    let text = match result {
        Ok(text) => text,
        Err(e) => {
            app.status = Some(Status::Error(format!("the editor did not run: {e}")));
            return;
        }
    };
    // Editors end files with a line break; a field or notes do not need it.
    let text = text.strip_suffix('\n').unwrap_or(&text);
    match &mut app.overlay {
        Some(Overlay::Editor(editor)) => editor.replace(text),
        Some(Overlay::Form(form)) => {
            let field = form.focused();
            if field.kind == FieldKind::Text && text.contains('\n') {
                field.error =
                    Some("this field holds one line; the line breaks became spaces".to_owned());
            }
            field.input.set(text);
        }
        _ => {}
    }
}

/// Why pasted chapters cannot be added as they are: a number used twice in the paste, or
/// already in the study. Said with the titles, so the line to fix is easy to find.
fn toc_clash(study: &crate::domain::Study, pasted: &[crate::domain::Chapter]) -> Option<String> {
    let mut seen: std::collections::HashMap<u32, &str> = std::collections::HashMap::new();
    for chapter in pasted {
        if let Some(existing) = study.chapter(chapter.number) {
            return Some(format!(
                "chapter {} {:?} is already in the study as {:?}; number the pasted lines after {} or remove that line",
                chapter.number,
                chapter.title,
                existing.title,
                study.chapters.iter().map(|c| c.number).max().unwrap_or(0)
            ));
        }
        if let Some(first) = seen.insert(chapter.number, &chapter.title) {
            return Some(format!(
                "chapter {} comes twice in the paste, as {first:?} and {:?}; give one of them another number",
                chapter.number, chapter.title
            ));
        }
    }
    None
}
