//! Adding, editing and deleting from the UI: opening the right form, saving it through the
//! store (which refuses anything inconsistent), deleting after a yes, and undoing the last
//! deletion. Every confirmed change is committed before the next frame is drawn.

use super::{reload_studies, reload_study};
use crate::domain::{RetroKind, Study};
use crate::store::{StoreError, StudyId};
use crate::ui::action::Tab;
use crate::ui::app::{App, Confirm, Deletion, Overlay, Pending, Status, Undo};
use crate::ui::forms::{self, EntityForm, Target, report_all};

/// `a`: a form for a new item of the list in view.
pub(super) fn add(app: &mut App) {
    let form = match &app.study {
        None => forms::study::form(Target::NewStudy, None),
        Some(screen) => match screen.tab {
            Tab::Chapters => forms::chapter::form(Target::NewChapter, &screen.study, None),
            Tab::Sessions => forms::session::form(
                Target::NewSession,
                &screen.study,
                None,
                app.post_options.date,
            ),
            Tab::Members => forms::member::form(Target::NewMember, None),
            Tab::Retro => {
                forms::retro::form(Target::NewRetro, &screen.study, None, screen.retro_column)
            }
            Tab::Post => return,
        },
    };
    app.overlay = Some(Overlay::Form(Box::new(form)));
}

/// `e`: a form for the selected item.
pub(super) fn edit(app: &mut App) {
    let Some(screen) = &app.study else {
        edit_selected_study(app);
        return;
    };
    let study = &screen.study;
    let list = screen.list();
    let rows = &screen.rows;
    let form = match screen.tab {
        Tab::Chapters => list.selected_item(study.chapters.len()).map(|i| {
            forms::chapter::form(
                Target::Chapter {
                    row: rows.chapters[i],
                },
                study,
                Some(&study.chapters[i]),
            )
        }),
        Tab::Sessions => list.selected_item(study.sessions.len()).map(|i| {
            forms::session::form(
                Target::Session {
                    row: rows.sessions[i],
                },
                study,
                Some(&study.sessions[i]),
                app.post_options.date,
            )
        }),
        Tab::Members => list.selected_item(study.members.len()).map(|i| {
            forms::member::form(
                Target::Member {
                    row: rows.members[i],
                },
                Some(&study.members[i]),
            )
        }),
        Tab::Retro => list.selected_item(study.retro.len()).map(|i| {
            forms::retro::form(
                Target::Retro { row: rows.retro[i] },
                study,
                Some(&study.retro[i]),
                study.retro[i].kind,
            )
        }),
        Tab::Post => None,
    };
    match form {
        Some(form) => app.overlay = Some(Overlay::Form(Box::new(form))),
        None => app.status = Some(Status::Info("Nothing is selected to edit.".into())),
    }
}

/// `e` on the home screen: the selected study's own fields.
fn edit_selected_study(app: &mut App) {
    let Some(summary) = app
        .home
        .selected_item(app.studies.len())
        .and_then(|i| app.studies.get(i))
    else {
        return;
    };
    match app.store.load_outline(summary.id) {
        Ok((study, _)) => {
            let form = forms::study::form(Target::Study(summary.id), Some(&study));
            app.overlay = Some(Overlay::Form(Box::new(form)));
        }
        Err(e) => app.status = Some(Status::Error(format!("cannot read the study: {e}"))),
    }
}

/// `E` in a study: its own fields.
pub(super) fn edit_open_study(app: &mut App) {
    if let Some(screen) = &app.study {
        let form = forms::study::form(Target::Study(screen.id), Some(&screen.study));
        app.overlay = Some(Overlay::Form(Box::new(form)));
    }
}

/// Ctrl-s: reads the form, saves it, and closes it; or shows what is wrong next to the
/// fields and keeps everything typed.
pub(super) fn save(app: &mut App) {
    let Some(Overlay::Form(mut form)) = app.overlay.take() else {
        return;
    };
    form.clear_errors();
    match save_form(app, &form) {
        Ok(saved) => {
            app.undo = None;
            app.status = Some(Status::Info(saved));
        }
        Err(Refusal::Fields(errors)) => {
            report_all(&mut form, errors);
            app.overlay = Some(Overlay::Form(form));
        }
        Err(Refusal::Store(StoreError::Invalid { problems })) => {
            for problem in problems {
                form.report(&problem.path, problem.message);
            }
            app.overlay = Some(Overlay::Form(form));
        }
        Err(Refusal::Store(StoreError::StudiesExist { names })) => {
            let name = names.join(", ");
            form.report(
                "name",
                format!("a study named {name:?} is already in the journal"),
            );
            app.overlay = Some(Overlay::Form(form));
        }
        Err(Refusal::Store(e)) => {
            form.message = Some(format!("not saved: {e}"));
            app.overlay = Some(Overlay::Form(form));
        }
    }
}

enum Refusal {
    Fields(forms::FieldErrors),
    Store(StoreError),
}

impl From<StoreError> for Refusal {
    fn from(e: StoreError) -> Self {
        Refusal::Store(e)
    }
}

impl From<forms::FieldErrors> for Refusal {
    fn from(e: forms::FieldErrors) -> Self {
        Refusal::Fields(e)
    }
}

/// Writes what `form` describes; returns the message for the status line.
fn save_form(app: &mut App, form: &EntityForm) -> Result<String, Refusal> {
    let study_id = app.study.as_ref().map(|s| s.id);
    match form.target {
        Target::NewStudy => {
            let study = forms::study::read(form, Study::new("", ""))?;
            let id = app.store.insert_study(&study)?;
            reload_studies(app);
            select_study(app, id);
            Ok(format!("Added the study {:?}. Enter opens it.", study.name))
        }
        Target::Study(id) => {
            let base = match current(app) {
                Some(s) if study_id == Some(id) => s.clone(),
                _ => app.store.load_outline(id)?.0,
            };
            let study = forms::study::read(form, base)?;
            app.store.update_study(id, &study)?;
            if app.study.is_some() {
                reload_study(app, None);
            } else {
                reload_studies(app);
            }
            Ok(format!("Saved the study {:?}.", study.name))
        }
        Target::NewMember | Target::Member { .. } => {
            let id = study_id.ok_or(Refusal::Fields(Vec::new()))?;
            let member = forms::member::read(form)?;
            // Only one member is me: saying so of another takes it from the one before.
            let editing = match form.target {
                Target::Member { row } => Some(row),
                _ => None,
            };
            let was_me = app.study.as_ref().and_then(|screen| {
                screen
                    .study
                    .members
                    .iter()
                    .zip(&screen.rows.members)
                    .find(|(m, row)| m.me && Some(**row) != editing)
                    .map(|(m, _)| m.name.clone())
            });
            let row = match form.target {
                Target::Member { row } => {
                    app.store.update_member(id, row, &member)?;
                    row
                }
                _ => app.store.add_member(id, &member)?,
            };
            reload_study(app, Some((Tab::Members, row)));
            Ok(match was_me {
                Some(before) if member.me => format!(
                    "Saved the member {:?}, now marked as me instead of {before:?}.",
                    member.name
                ),
                _ => format!("Saved the member {:?}.", member.name),
            })
        }
        Target::NewChapter | Target::Chapter { .. } => {
            let id = study_id.ok_or(Refusal::Fields(Vec::new()))?;
            let chapter = forms::chapter::read(form, String::new())?;
            let row = match form.target {
                Target::Chapter { row } => {
                    app.store.update_chapter(id, row, &chapter)?;
                    row
                }
                _ => app.store.add_chapters(id, std::slice::from_ref(&chapter))?[0],
            };
            reload_study(app, Some((Tab::Chapters, row)));
            Ok(format!(
                "Saved chapter {} {:?}.",
                chapter.number, chapter.title
            ))
        }
        Target::NewSession | Target::Session { .. } => {
            let id = study_id.ok_or(Refusal::Fields(Vec::new()))?;
            let session = forms::session::read(form, String::new())?;
            let row = match form.target {
                Target::Session { row } => {
                    app.store.update_session(id, row, &session)?;
                    row
                }
                _ => app.store.add_session(id, &session)?,
            };
            reload_study(app, Some((Tab::Sessions, row)));
            Ok(format!("Saved the session of {}.", session.held_on))
        }
        Target::NewRetro | Target::Retro { .. } => {
            let id = study_id.ok_or(Refusal::Fields(Vec::new()))?;
            let study = current(app).cloned().unwrap_or_else(|| Study::new("", ""));
            let point = forms::retro::read(form, &study)?;
            let row = match form.target {
                Target::Retro { row } => {
                    app.store.update_retro_point(id, row, &point)?;
                    row
                }
                _ => app.store.add_retro_point(id, &point)?,
            };
            if let Some(screen) = app.study.as_mut() {
                screen.retro_column = point.kind;
            }
            reload_study(app, Some((Tab::Retro, row)));
            Ok("Saved the point.".to_owned())
        }
    }
}

fn current(app: &App) -> Option<&Study> {
    app.study.as_ref().map(|s| &s.study)
}

fn select_study(app: &mut App, id: StudyId) {
    if let Some(i) = app.studies.iter().position(|s| s.id == id) {
        app.home
            .clear_filter(app.studies.len(), super::layout::list_rows(app));
        let rows = super::layout::list_rows(app);
        app.home.cursor.select(i, app.studies.len(), rows);
    }
}

/// Esc in a form: closes it, asking first when something was typed.
pub(super) fn cancel(app: &mut App) {
    match &mut app.overlay {
        Some(Overlay::Form(form)) if form.is_changed() && !form.confirm_discard => {
            form.confirm_discard = true;
        }
        Some(Overlay::Form(form)) if form.confirm_discard => {
            form.confirm_discard = false;
            app.quit_after_discard = false;
        }
        _ => app.overlay = None,
    }
}

/// `d`: asks before deleting the selected item.
pub(super) fn ask_delete(app: &mut App) {
    let Some((deletion, what)) = selected_deletion(app) else {
        app.status = Some(Status::Info("Nothing is selected to delete.".into()));
        return;
    };
    let consequence = match deletion {
        Deletion::Study(_) => " and everything in it".to_owned(),
        Deletion::Chapter { row, .. } => {
            // Sessions that covered it lose it too: say so, with how many.
            let held = app.study.as_ref().map_or(0, |screen| {
                let number = screen
                    .rows
                    .chapters
                    .iter()
                    .position(|r| *r == row)
                    .map(|i| screen.study.chapters[i].number);
                screen
                    .study
                    .sessions
                    .iter()
                    .filter(|s| number.is_some_and(|n| s.chapters.contains(&n)))
                    .count()
            });
            match held {
                0 => " with its notes and links".to_owned(),
                1 => " with its notes and links, and take it out of 1 session".to_owned(),
                n => format!(" with its notes and links, and take it out of {n} sessions"),
            }
        }
        Deletion::Member { .. } => " with their attendance".to_owned(),
        _ => String::new(),
    };
    app.overlay = Some(Overlay::Confirm(Confirm {
        question: format!("Delete {what}{consequence}? u undoes it afterwards."),
        on_yes: Pending::Delete(deletion, what),
    }));
}

fn selected_deletion(app: &App) -> Option<(Deletion, String)> {
    let Some(screen) = &app.study else {
        let s = app
            .home
            .selected_item(app.studies.len())
            .and_then(|i| app.studies.get(i))?;
        return Some((Deletion::Study(s.id), format!("the study {:?}", s.name)));
    };
    let (study, rows, id) = (&screen.study, &screen.rows, screen.id);
    let list = screen.list();
    match screen.tab {
        Tab::Chapters => list.selected_item(study.chapters.len()).map(|i| {
            let c = &study.chapters[i];
            (
                Deletion::Chapter {
                    study: id,
                    row: rows.chapters[i],
                },
                format!("chapter {} {:?}", c.number, c.title),
            )
        }),
        Tab::Sessions => list.selected_item(study.sessions.len()).map(|i| {
            (
                Deletion::Session {
                    study: id,
                    row: rows.sessions[i],
                },
                format!("the session of {}", study.sessions[i].held_on),
            )
        }),
        Tab::Members => list.selected_item(study.members.len()).map(|i| {
            (
                Deletion::Member {
                    study: id,
                    row: rows.members[i],
                },
                format!("the member {:?}", study.members[i].name),
            )
        }),
        Tab::Retro => list.selected_item(study.retro.len()).map(|i| {
            (
                Deletion::RetroPoint {
                    study: id,
                    row: rows.retro[i],
                },
                format!("the point {:?}", shorten(&study.retro[i].text)),
            )
        }),
        Tab::Post => None,
    }
}

fn shorten(text: &str) -> String {
    let first: String = text.lines().next().unwrap_or("").chars().take(30).collect();
    if first.chars().count() < text.chars().count() {
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
    let snapshot = match app.store.snapshot(study) {
        Ok(s) => s,
        Err(e) => {
            app.status = Some(Status::Error(format!("not deleted: {e}")));
            return;
        }
    };
    let result = match deletion {
        Deletion::Study(id) => app.store.delete_study(id),
        Deletion::Chapter { study, row } => app.store.delete_chapter(study, row),
        Deletion::Member { study, row } => app.store.delete_member(study, row),
        Deletion::Session { study, row } => app.store.delete_session(study, row),
        Deletion::RetroPoint { study, row } => app.store.delete_retro_point(study, row),
    };
    if let Err(e) = result {
        app.status = Some(Status::Error(format!("not deleted: {e}")));
        return;
    }
    let whole_study = matches!(deletion, Deletion::Study(_));
    let at = app.study.as_ref().and_then(|screen| {
        let (tab, rows, row) = match deletion {
            Deletion::Study(_) => return None,
            Deletion::Chapter { row, .. } => (Tab::Chapters, &screen.rows.chapters, row),
            Deletion::Member { row, .. } => (Tab::Members, &screen.rows.members, row),
            Deletion::Session { row, .. } => (Tab::Sessions, &screen.rows.sessions, row),
            Deletion::RetroPoint { row, .. } => (Tab::Retro, &screen.rows.retro, row),
        };
        rows.iter().position(|r| *r == row).map(|item| (tab, item))
    });
    if whole_study {
        reload_studies(app);
    } else {
        reload_study(app, None);
    }
    app.status = Some(Status::Info(format!("Deleted {what}. u undoes it.")));
    app.undo = Some(Undo {
        snapshot,
        what,
        whole_study,
        at,
    });
}

/// `u`: puts the last deleted thing back, with everything it had.
pub(super) fn undo(app: &mut App) {
    let Some(undo) = app.undo.take() else {
        app.status = Some(Status::Info(
            "Nothing to undo: only the last deletion can be undone, before any other change."
                .into(),
        ));
        return;
    };
    match app.store.restore(&undo.snapshot) {
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
            app.status = Some(Status::Info(format!("Restored {}.", undo.what)));
        }
        Err(e) => app.status = Some(Status::Error(format!("cannot undo: {e}"))),
    }
}

/// `s`: the selected chapter's next status, saved at once.
pub(super) fn cycle_status(app: &mut App) {
    let Some(screen) = &app.study else {
        return;
    };
    let Some(i) = screen.list().selected_item(screen.study.chapters.len()) else {
        return;
    };
    let (id, row) = (screen.id, screen.rows.chapters[i]);
    let number = screen.study.chapters[i].number;
    let status = screen.study.chapters[i].status.next();
    match app.store.set_chapter_status(id, row, status) {
        Ok(()) => {
            app.undo = None;
            reload_study(app, Some((Tab::Chapters, row)));
            // A narrow list has no status column: say what changed.
            app.status = Some(Status::Info(format!(
                "Chapter {number} is now {}.",
                status.as_str()
            )));
        }
        Err(e) => app.status = Some(Status::Error(format!("not saved: {e}"))),
    }
}

/// The retro column that `a` adds to, and that h/l move between.
pub(super) fn focus_column(app: &mut App, right: bool) {
    let Some(screen) = app.study.as_mut() else {
        return;
    };
    let all = RetroKind::ALL;
    let at = all
        .iter()
        .position(|k| *k == screen.retro_column)
        .unwrap_or(0);
    let next = if right {
        (at + 1).min(all.len() - 1)
    } else {
        at.saturating_sub(1)
    };
    screen.retro_column = all[next];
    // Select the column's first point, if it has one.
    let list = &screen.lists[Tab::Retro.index()];
    let total = screen.study.retro.len();
    let target = (0..list.len(total)).find(|&row| {
        list.item(row)
            .is_some_and(|i| screen.study.retro[i].kind == all[next])
    });
    if let Some(row) = target {
        let rows = usize::MAX / 2;
        screen.lists[Tab::Retro.index()]
            .cursor
            .select(row, list_len(screen), rows);
    }
}

fn list_len(screen: &crate::ui::app::StudyScreen) -> usize {
    screen.lists[Tab::Retro.index()].len(screen.study.retro.len())
}

/// J/K: swap the selected point with its neighbour in the same column.
pub(super) fn move_point(app: &mut App, down: bool) {
    let Some(screen) = &app.study else {
        return;
    };
    let retro = &screen.study.retro;
    let Some(i) = screen.list().selected_item(retro.len()) else {
        return;
    };
    let kind = retro[i].kind;
    let neighbour = if down {
        (i + 1..retro.len()).find(|&j| retro[j].kind == kind)
    } else {
        (0..i).rev().find(|&j| retro[j].kind == kind)
    };
    let Some(j) = neighbour else {
        return;
    };
    let (id, a, b) = (screen.id, screen.rows.retro[i], screen.rows.retro[j]);
    match app.store.swap_retro_points(id, a, b) {
        Ok(()) => {
            app.undo = None;
            reload_study(app, Some((Tab::Retro, a)));
        }
        Err(e) => app.status = Some(Status::Error(format!("not moved: {e}"))),
    }
}

/// `<` / `>`: the selected point to the next column on that side.
pub(super) fn move_point_across(app: &mut App, right: bool) {
    let Some(screen) = &app.study else {
        return;
    };
    let retro = &screen.study.retro;
    let Some(i) = screen.list().selected_item(retro.len()) else {
        return;
    };
    let all = RetroKind::ALL;
    let at = all.iter().position(|k| *k == retro[i].kind).unwrap_or(0);
    let to = if right { at + 1 } else { at.wrapping_sub(1) };
    let Some(&kind) = all.get(to) else {
        return;
    };
    let mut point = retro[i].clone();
    point.kind = kind;
    let (id, row) = (screen.id, screen.rows.retro[i]);
    match app.store.update_retro_point(id, row, &point) {
        Ok(()) => {
            app.undo = None;
            if let Some(screen) = app.study.as_mut() {
                screen.retro_column = kind;
            }
            reload_study(app, Some((Tab::Retro, row)));
        }
        Err(e) => app.status = Some(Status::Error(format!("not moved: {e}"))),
    }
}
