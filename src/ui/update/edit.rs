//! Adding, editing and deleting from the UI: opening the right form, saving it through the
//! store (which refuses anything inconsistent), deleting after a yes, and undoing the last
//! deletion. Every confirmed change is committed before the next frame is drawn.

use super::{reload_studies, reload_study};
use crate::domain::Study;
use crate::domain::text::quoted;
use crate::i18n::errors::{self, problem as problem_text, store_error};
use crate::i18n::{Msg, format};
use crate::store::{ItemId, StoreError, StudyId};
use crate::ui::keymap::{Context, key_for};
use crate::ui::state::action::{Action, Tab};
use crate::ui::state::app::{App, Overlay, Status};
use crate::ui::state::forms::{self, EntityForm, StudyField, Target, report_all};

/// `a`: a form for a new item of the list in view.
pub(super) fn add(app: &mut App) {
    let tr = app.tr;
    let form = match &app.study {
        None => forms::study::form(tr, Target::NewStudy, None),
        Some(screen) => match screen.tab {
            Tab::Chapters => forms::chapter::form(tr, Target::NewChapter, &screen.study, None),
            Tab::Sessions => forms::session::form(
                tr,
                Target::NewSession,
                &screen.study,
                None,
                app.post_defaults.today,
            ),
            Tab::Members => forms::member::form(tr, Target::NewMember, None),
            Tab::Retro => forms::retro::form(
                tr,
                Target::NewRetro,
                &screen.study,
                None,
                screen.retro_column,
            ),
            Tab::Post => return,
        },
    };
    app.overlay = Some(Overlay::Form(Box::new(form)));
}

/// `e`: a form for the selected item.
pub(super) fn edit(app: &mut App) {
    let tr = app.tr;
    let Some(screen) = &app.study else {
        edit_selected_study(app);
        return;
    };
    let study = &screen.study;
    let form = match screen.tab {
        Tab::Chapters => screen.selected_chapter().map(|chapter| {
            forms::chapter::form(
                tr,
                Target::Chapter { id: chapter.id },
                study,
                Some(chapter.item),
            )
        }),
        Tab::Sessions => screen.selected_session().map(|session| {
            forms::session::form(
                tr,
                Target::Session { id: session.id },
                study,
                Some(session.item),
                app.post_defaults.today,
            )
        }),
        Tab::Members => screen.selected_member().map(|member| {
            forms::member::form(tr, Target::Member { id: member.id }, Some(member.item))
        }),
        Tab::Retro => screen.selected_point().map(|point| {
            forms::retro::form(
                tr,
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
        None => app.status = Some(Status::Info(tr.get(Msg::FormNothingSelected).into())),
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
            let form = forms::study::form(app.tr, Target::Study(summary.id), Some(&study));
            app.overlay = Some(Overlay::Form(Box::new(form)));
        }
        Err(e) => {
            let reason = store_error(app.tr, &e);
            app.status = Some(Status::Error(app.tr.form_study_cannot_read(reason)));
        }
    }
}

/// `E` in a study: its own fields.
pub(super) fn edit_open_study(app: &mut App) {
    if let Some(screen) = &app.study {
        let form = forms::study::form(app.tr, Target::Study(screen.id), Some(&screen.study));
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
                form.report_at_path(&problem.path, problem_text(app.tr, &problem));
            }
            app.overlay = Some(Overlay::Form(form));
        }
        Err(Refusal::Store(StoreError::StudiesExist { names })) => {
            let name = names.join(", ");
            form.report(
                StudyField::Name.into(),
                app.tr.form_study_name_taken(quoted(&name)),
            );
            app.overlay = Some(Overlay::Form(form));
        }
        Err(Refusal::Store(e)) => {
            form.message = Some(app.tr.form_not_saved(store_error(app.tr, &e)));
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
    if form.gone {
        return Err(Refusal::Store(StoreError::Gone));
    }
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
    let study = forms::study::read(app.tr, form, Study::new("", ""))?;
    let id = app.store.insert_study(&study)?;
    reload_studies(app);
    select_study(app, id);
    let name = quoted(&study.name);
    Ok(match key_for(Context::Home, Action::Open) {
        Some(key) => app.tr.form_saved_study_added(name, key),
        None => app.tr.form_saved_study(name),
    })
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
    let study = forms::study::read(app.tr, form, base)?;
    app.store.update_study(id, &study)?;
    if app.study.is_some() {
        reload_study(app, None);
    } else {
        reload_studies(app);
    }
    Ok(app.tr.form_saved_study(quoted(&study.name)))
}

/// A member, new or edited; only one member is me.
fn save_member(app: &mut App, form: &EntityForm, id: StudyId) -> Result<String, Refusal> {
    let member = forms::member::read(app.tr, form)?;
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
        Some(before) if member.me => app
            .tr
            .form_saved_member_me(quoted(&member.name), quoted(&before)),
        _ => app.tr.form_saved_member(quoted(&member.name)),
    })
}

/// A chapter, new or edited, with a word when its date looks wrong.
fn save_chapter(app: &mut App, form: &EntityForm, id: StudyId) -> Result<String, Refusal> {
    let chapter = forms::chapter::read(app.tr, form, String::new())?;
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
    let title = quoted(&chapter.title);
    Ok(match doubt {
        Some(doubt) => {
            app.tr
                .form_saved_chapter_check(chapter.number, title, errors::doubt(app.tr, &doubt))
        }
        None => app.tr.form_saved_chapter(chapter.number, title),
    })
}

/// A session, new or edited, with a word when it contradicts itself or the schedule.
fn save_session(app: &mut App, form: &EntityForm, id: StudyId) -> Result<String, Refusal> {
    let study = current(app).ok_or(Refusal::Fields(Vec::new()))?;
    let session = forms::session::read(app.tr, form, study, String::new())?;
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
            app.tr
                .form_saved_absent_presenter(facts.absent_presenters.join(", "))
        })
    });
    let doubt = absent.or_else(|| {
        current(app)
            .and_then(|study| {
                crate::domain::schedule::session_doubt(study, session.held_on, &session.chapters)
            })
            .map(|doubt| errors::doubt(app.tr, &doubt))
    });
    let date = format::date(app.tr.lang, session.held_on);
    Ok(match doubt {
        Some(doubt) => app.tr.form_saved_session_check(date, doubt),
        None => app.tr.form_saved_session(date),
    })
}

/// The post's title and date.
fn save_post(app: &mut App, form: &EntityForm, id: StudyId) -> Result<String, Refusal> {
    let base = current(app).map(|s| s.post.clone()).unwrap_or_default();
    let settings = forms::post::read(app.tr, form, base)?;
    app.store.set_post_settings(id, &settings)?;
    reload_study(app, None);
    Ok(app.tr.get(Msg::FormSavedPost).to_owned())
}

/// A retro point, new or edited; its column becomes the one `a` adds to.
fn save_point(app: &mut App, form: &EntityForm, id: StudyId) -> Result<String, Refusal> {
    let point = forms::retro::read(app.tr, form)?;
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
    Ok(app.tr.get(Msg::FormSavedPoint).to_owned())
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
        let said = match held.date {
            Some(date) => app.tr.form_held_on(number, format::date(app.tr.lang, date)),
            None => app.tr.form_held_undated(number),
        };
        app.status = Some(Status::Info(said));
        return;
    }
    let status = chapter.item.status.next();
    match app.store.set_chapter_status(id, chapter_id, status) {
        Ok(()) => {
            app.undo = None;
            reload_study(app, Some(ItemId::Chapter(chapter_id)));
            // A narrow list has no status column: say what changed.
            let word = forms::chapter_status_word(app.tr, status);
            app.status = Some(Status::Info(app.tr.form_saved_chapter_status(number, word)));
        }
        Err(e) => {
            let reason = store_error(app.tr, &e);
            app.status = Some(Status::Error(app.tr.form_not_saved(reason)));
        }
    }
}
