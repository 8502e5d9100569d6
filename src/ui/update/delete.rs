//! Deleting after a yes, with a copy of the study kept so that `u` can bring the last
//! deletion back while nothing else has changed.

use super::edit::select_study;
use super::{reload_studies, reload_study};
use crate::domain::text::display_width;
use crate::domain::text::quoted;
use crate::i18n::errors::store_error;
use crate::i18n::{Msg, format};
use crate::store::ItemId;
use crate::ui::keymap;
use crate::ui::state::action::{Action, Tab};
use crate::ui::state::app::{App, Confirm, Deletion, Overlay, Pending, Status, Undo};

/// `d`: asks before deleting the selected item.
pub(super) fn ask_delete(app: &mut App) {
    let tr = app.tr;
    let Some((deletion, what)) = selected_deletion(app) else {
        app.status = Some(Status::Info(tr.get(Msg::DeleteNothingSelected).into()));
        return;
    };
    let mut question = match deletion {
        Deletion::Study(_) => tr.delete_ask_study(&what),
        Deletion::Chapter { id, .. } => {
            // Sessions that covered it lose it too: say so, with how many.
            let held = app.study.as_ref().map_or(0, |screen| {
                let number = screen
                    .study
                    .index_of(ItemId::Chapter(id))
                    .and_then(|i| screen.study.chapters.get(i))
                    .map(|c| c.number);
                screen
                    .study
                    .sessions
                    .iter()
                    .filter(|s| number.is_some_and(|n| s.chapters.contains(&n)))
                    .count()
            });
            match held {
                0 => tr.delete_ask_chapter(&what),
                1 => tr.delete_ask_chapter_in_one(&what),
                n => tr.delete_ask_chapter_in_many(&what, n),
            }
        }
        Deletion::Member { .. } => tr.delete_ask_member(&what),
        Deletion::Session { .. } => tr.delete_ask_session(&what),
        Deletion::RetroPoint { .. } => tr.delete_ask_other(&what),
    };
    if let Some(key) = undo_key(app) {
        question.push(' ');
        question.push_str(&tr.delete_ask_undo(key));
    }
    app.overlay = Some(Overlay::Confirm(Confirm {
        question,
        on_yes: Pending::Delete(deletion, what),
    }));
}

/// The key that undoes a deletion on the screen the person is on, as the keymap binds it.
fn undo_key(app: &App) -> Option<String> {
    keymap::key_for(app.screen_context(), Action::Undo)
}

/// `Deleted chapter 3 "저장소와 검색". u undoes it until your next change or quit.` The
/// undo key matters more than the name: a name too long for the status line is left out
/// rather than cutting the key off.
fn deleted_message(app: &App, what: &str) -> String {
    let tr = app.tr;
    let Some(key) = undo_key(app) else {
        return tr.delete_done(what);
    };
    let undo = tr.delete_undo_until(key);
    let full = tr.delete_done_undo(what, &undo);
    if display_width(&full) <= usize::from(app.width) {
        full
    } else {
        tr.delete_done_short(undo)
    }
}

fn selected_deletion(app: &App) -> Option<(Deletion, String)> {
    let tr = app.tr;
    let Some(screen) = &app.study else {
        let s = app
            .home
            .selected_item(app.studies.len())
            .and_then(|i| app.studies.get(i))?;
        return Some((Deletion::Study(s.id), tr.delete_what_study(quoted(&s.name))));
    };
    let study_id = screen.id;
    match screen.tab {
        Tab::Chapters => screen.selected_chapter().map(|c| {
            (
                Deletion::Chapter {
                    study: study_id,
                    id: c.id,
                },
                tr.delete_what_chapter(c.item.number, quoted(&c.item.title)),
            )
        }),
        Tab::Sessions => screen.selected_session().map(|s| {
            (
                Deletion::Session {
                    study: study_id,
                    id: s.id,
                },
                tr.delete_what_session(format::date(tr.lang, s.item.held_on)),
            )
        }),
        Tab::Members => screen.selected_member().map(|m| {
            (
                Deletion::Member {
                    study: study_id,
                    id: m.id,
                },
                tr.delete_what_member(quoted(&m.item.name)),
            )
        }),
        Tab::Retro => screen.selected_point().map(|p| {
            (
                Deletion::RetroPoint {
                    study: study_id,
                    id: p.id,
                },
                tr.delete_what_point(quoted(&shorten(&p.item.text))),
            )
        }),
        Tab::Post => None,
    }
}

/// The first line of `text`, cut after 30 characters as a person counts them (a cut never
/// splits a Hangul syllable or an emoji).
fn shorten(text: &str) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    let first: String = text
        .lines()
        .next()
        .unwrap_or("")
        .graphemes(true)
        .take(30)
        .collect();
    if first.len() < text.len() {
        format!("{first}…")
    } else {
        first
    }
}

/// After a yes: keeps a copy of the study for undo, then deletes.
pub(super) fn delete(app: &mut App, deletion: Deletion, what: String) {
    let study = match deletion {
        Deletion::Study(id)
        | Deletion::Chapter { study: id, .. }
        | Deletion::Member { study: id, .. }
        | Deletion::Session { study: id, .. }
        | Deletion::RetroPoint { study: id, .. } => id,
    };
    let tr = app.tr;
    let mut copy = match app.store.snapshot(study) {
        Ok(s) => s,
        Err(e) => {
            app.status = Some(Status::Error(tr.delete_failed(store_error(tr, &e))));
            return;
        }
    };
    let result = match deletion {
        Deletion::Study(id) => app.store.delete_study(id),
        Deletion::Chapter { study, id } => app.store.delete_chapter(study, id),
        Deletion::Member { study, id } => app.store.delete_member(study, id),
        Deletion::Session { study, id } => app.store.delete_session(study, id),
        Deletion::RetroPoint { study, id } => app.store.delete_retro_point(study, id),
    };
    if let Err(e) = result {
        app.status = Some(Status::Error(tr.delete_failed(store_error(tr, &e))));
        return;
    }
    // Without the study as the deletion left it, an undo could not tell whether another
    // program wrote since: then the deletion cannot be undone.
    let undoable = app.store.note_after_delete(&mut copy).is_ok();
    let whole_study = matches!(deletion, Deletion::Study(_));
    let at = app.study.as_ref().and_then(|screen| {
        let item = deletion.item()?;
        Some((Tab::of(item), screen.study.index_of(item)?))
    });
    if whole_study {
        reload_studies(app);
    } else {
        reload_study(app, None);
    }
    if !undoable {
        app.status = Some(Status::Info(tr.delete_done_for_good(&what)));
        app.undo = None;
        return;
    }
    app.status = Some(Status::Info(deleted_message(app, &what)));
    app.undo = Some(Undo {
        copy,
        what,
        whole_study,
        at,
    });
}

/// `u`: puts the last deleted thing back, with everything it had.
pub(super) fn undo(app: &mut App) {
    let tr = app.tr;
    let Some(undo) = app.undo.take() else {
        app.status = Some(Status::Info(tr.get(Msg::UndoNothing).into()));
        return;
    };
    match app.store.restore(&undo.copy) {
        Ok(id) => {
            if undo.whole_study {
                reload_studies(app);
                select_study(app, id);
            } else if let Some(screen) = app.study.as_mut() {
                screen.id = id;
                reload_study(app, None);
                if let Some((tab, item)) = undo.at {
                    super::select_item(app, tab, item);
                }
            }
            app.status = Some(Status::Info(tr.undo_restored(&undo.what)));
        }
        Err(e) => {
            if matches!(e, crate::store::StoreError::ChangedSince) {
                // Show the study as the other program left it.
                if undo.whole_study {
                    reload_studies(app);
                } else {
                    reload_study(app, None);
                }
            }
            app.status = Some(Status::Error(tr.undo_failed(store_error(tr, &e))));
        }
    }
}
