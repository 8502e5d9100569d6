//! Adding, editing and deleting from the UI: opening the right form, saving it through the
//! store (which refuses anything inconsistent), deleting after a yes, and undoing the last
//! deletion. Every confirmed change is committed before the next frame is drawn.

use super::{reload_studies, reload_study};
use crate::domain::Study;
use crate::domain::text::quoted;
use crate::store::{ItemId, StoreError, StudyId};
use crate::ui::state::action::Tab;
use crate::ui::state::app::{App, Overlay, Status};
use crate::ui::state::forms::{self, EntityForm, StudyField, Target, report_all};

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
                app.post_defaults.today,
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
    let form = match screen.tab {
        Tab::Chapters => screen.selected_chapter().map(|chapter| {
            forms::chapter::form(
                Target::Chapter { id: chapter.id },
                study,
                Some(chapter.item),
            )
        }),
        Tab::Sessions => screen.selected_session().map(|session| {
            forms::session::form(
                Target::Session { id: session.id },
                study,
                Some(session.item),
                app.post_defaults.today,
            )
        }),
        Tab::Members => screen
            .selected_member()
            .map(|member| forms::member::form(Target::Member { id: member.id }, Some(member.item))),
        Tab::Retro => screen.selected_point().map(|point| {
            forms::retro::form(
                Target::Retro { id: point.id },
                study,
                Some(point.item),
                point.item.kind,
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
        Ok(study) => {
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
                form.report_at_path(&problem.path, problem.message());
            }
            app.overlay = Some(Overlay::Form(form));
        }
        Err(Refusal::Store(StoreError::StudiesExist { names })) => {
            let name = names.join(", ");
            form.report(
                StudyField::Name.into(),
                format!("a study named {} is already in the journal", quoted(&name)),
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
        Target::NewStudy => save_new_study(app, form),
        Target::Study(id) => save_study(app, form, id, study_id),
        Target::NewMember | Target::Member { .. } => save_member(app, form, open(study_id)?),
        Target::NewChapter | Target::Chapter { .. } => save_chapter(app, form, open(study_id)?),
        Target::NewSession | Target::Session { .. } => save_session(app, form, open(study_id)?),
        Target::Post => save_post(app, form, open(study_id)?),
        Target::NewRetro | Target::Retro { .. } => save_point(app, form, open(study_id)?),
    }
}

/// The open study, which every form but a study's own is saved into.
fn open(study_id: Option<StudyId>) -> Result<StudyId, Refusal> {
    study_id.ok_or(Refusal::Fields(Vec::new()))
}

/// A new study: added, listed and selected.
fn save_new_study(app: &mut App, form: &EntityForm) -> Result<String, Refusal> {
    let study = forms::study::read(form, Study::new("", ""))?;
    let id = app.store.insert_study(&study)?;
    reload_studies(app);
    select_study(app, id);
    Ok(format!(
        "Added the study {}. Enter opens it.",
        quoted(&study.name)
    ))
}

/// The study's own fields, on the home screen or in the study.
fn save_study(
    app: &mut App,
    form: &EntityForm,
    id: StudyId,
    study_id: Option<StudyId>,
) -> Result<String, Refusal> {
    let base = match current(app) {
        Some(s) if study_id == Some(id) => s.clone(),
        _ => app.store.load_outline(id)?.into_study(),
    };
    let study = forms::study::read(form, base)?;
    app.store.update_study(id, &study)?;
    if app.study.is_some() {
        reload_study(app, None);
    } else {
        reload_studies(app);
    }
    Ok(format!("Saved the study {}.", quoted(&study.name)))
}

/// A member, new or edited; only one member is me.
fn save_member(app: &mut App, form: &EntityForm, id: StudyId) -> Result<String, Refusal> {
    let member = forms::member::read(form)?;
    // Only one member is me: saying so of another takes it from the one before.
    let editing = match form.target {
        Target::Member { id } => Some(id),
        _ => None,
    };
    let was_me = app.study.as_ref().and_then(|screen| {
        screen
            .study
            .members()
            .find(|m| m.item.me && Some(m.id) != editing)
            .map(|m| m.item.name.clone())
    });
    let saved = match editing {
        Some(member_id) => {
            app.store.update_member(id, member_id, &member)?;
            member_id
        }
        None => app.store.add_member(id, &member)?,
    };
    reload_study(app, Some(ItemId::Member(saved)));
    Ok(match was_me {
        Some(before) if member.me => format!(
            "Saved the member {}, now marked as me instead of {}.",
            quoted(&member.name),
            quoted(&before)
        ),
        _ => format!("Saved the member {}.", quoted(&member.name)),
    })
}

/// A chapter, new or edited, with a word when its date looks wrong.
fn save_chapter(app: &mut App, form: &EntityForm, id: StudyId) -> Result<String, Refusal> {
    let chapter = forms::chapter::read(form, String::new())?;
    let saved = match form.target {
        Target::Chapter { id: chapter_id } => {
            app.store.update_chapter(id, chapter_id, &chapter)?;
            chapter_id
        }
        _ => app.store.add_chapters(id, std::slice::from_ref(&chapter))?[0],
    };
    reload_study(app, Some(ItemId::Chapter(saved)));
    let doubt = current(app)
        .and_then(|study| crate::domain::schedule::chapter_doubt(study, chapter.scheduled_on));
    let saved = format!(
        "Saved chapter {} {}",
        chapter.number,
        quoted(&chapter.title)
    );
    Ok(match doubt {
        Some(doubt) => format!("{saved}; check it: {doubt}."),
        None => format!("{saved}."),
    })
}

/// A session, new or edited, with a word when it contradicts itself or the schedule.
fn save_session(app: &mut App, form: &EntityForm, id: StudyId) -> Result<String, Refusal> {
    let study = current(app).ok_or(Refusal::Fields(Vec::new()))?;
    let session = forms::session::read(form, study, String::new())?;
    let saved = match form.target {
        Target::Session { id: session_id } => {
            app.store.update_session(id, session_id, &session)?;
            session_id
        }
        _ => app.store.add_session(id, &session)?,
    };
    reload_study(app, Some(ItemId::Session(saved)));
    // A presenter marked absent contradicts the attendance: said first.
    let absent = app.study.as_ref().and_then(|screen| {
        let i = screen.study.index_of(ItemId::Session(saved))?;
        let facts = screen.stats.sessions.get(i)?;
        (!facts.absent_presenters.is_empty()).then(|| {
            format!(
                "{} presents it but is marked absent",
                facts.absent_presenters.join(", ")
            )
        })
    });
    let doubt = absent.or_else(|| {
        current(app).and_then(|study| {
            crate::domain::schedule::session_doubt(study, session.held_on, &session.chapters)
        })
    });
    Ok(match doubt {
        Some(doubt) => format!(
            "Saved the session of {}; check it: {doubt}.",
            session.held_on
        ),
        None => format!("Saved the session of {}.", session.held_on),
    })
}

/// The post's title and date.
fn save_post(app: &mut App, form: &EntityForm, id: StudyId) -> Result<String, Refusal> {
    let base = current(app).map(|s| s.post.clone()).unwrap_or_default();
    let settings = forms::post::read(form, base)?;
    app.store.set_post_settings(id, &settings)?;
    reload_study(app, None);
    Ok("Saved the post's title and date.".to_owned())
}

/// A retro point, new or edited; its column becomes the one `a` adds to.
fn save_point(app: &mut App, form: &EntityForm, id: StudyId) -> Result<String, Refusal> {
    let point = forms::retro::read(form)?;
    let saved = match form.target {
        Target::Retro { id: point_id } => {
            app.store.update_retro_point(id, point_id, &point)?;
            point_id
        }
        _ => app.store.add_retro_point(id, &point)?,
    };
    if let Some(screen) = app.study.as_mut() {
        screen.retro_column = point.kind;
    }
    reload_study(app, Some(ItemId::Point(saved)));
    Ok("Saved the point.".to_owned())
}

fn current(app: &App) -> Option<&Study> {
    app.study.as_ref().map(|s| s.study.study())
}

pub(super) fn select_study(app: &mut App, id: StudyId) {
    if let Some(i) = app.studies.iter().position(|s| s.id == id) {
        app.home
            .clear_filter(app.studies.len(), crate::ui::layout::list_rows(app));
        let rows = crate::ui::layout::list_rows(app);
        app.home.cursor.select(i, app.studies.len(), rows);
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
    let Some(chapter) = screen.study.chapter(i) else {
        return;
    };
    let (id, chapter_id) = (screen.id, chapter.id);
    let number = chapter.item.number;
    // A chapter a session covered is presented whatever is stored: changing the stored
    // status would change nothing the person sees, so say why instead.
    if let Some(held) = screen.chapter_facts(i).filter(|c| c.held) {
        let when = held.date.map_or_else(String::new, |d| format!(" on {d}"));
        app.status = Some(Status::Info(format!(
            "Chapter {number} was presented{when}: its session sets its status."
        )));
        return;
    }
    let status = chapter.item.status.next();
    match app.store.set_chapter_status(id, chapter_id, status) {
        Ok(()) => {
            app.undo = None;
            reload_study(app, Some(ItemId::Chapter(chapter_id)));
            // A narrow list has no status column: say what changed.
            app.status = Some(Status::Info(format!(
                "Chapter {number} is now {}.",
                status.as_str()
            )));
        }
        Err(e) => app.status = Some(Status::Error(format!("not saved: {e}"))),
    }
}
