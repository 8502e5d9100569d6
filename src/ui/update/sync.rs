//! Catching up with another program's writes. Two studylogs on one journal, or
//! `studylog draw` run beside the open interface, each commit their own edits; the screen
//! that did not make one shows what it read before. Acting on that copy would write it back
//! over the newer facts: a form saved with the presenter the draw just set replaced by none,
//! the Post tab's `f` putting back an old title. So before each key, a journal that another
//! program wrote to is read again, and an open form takes the new values of the fields
//! not typed in.

use super::reload::{reload_studies, reload_study, select_item};
use crate::i18n::format;
use crate::store::ItemId;
use crate::ui::state::action::Tab;
use crate::ui::state::app::{App, Overlay, StudyScreen};
use crate::ui::state::forms::{self, EntityForm, Target};
use crate::ui::widgets::editor::NotesOf;

/// Reads the journal again when another program has written to it since the last look.
pub fn catch_up(app: &mut App) {
    if !app.store.written_elsewhere() {
        return;
    }
    let selected = app.study.as_ref().and_then(selected_item);
    reload_studies(app);
    reload_study(app, None);
    if let Some((tab, found)) = selected.and_then(|s| app.study.as_ref()?.find(s)) {
        select_item(app, tab, found);
    }
    let fresh = match &app.overlay {
        Some(Overlay::Form(form)) if !form.gone => {
            Some(form_as_the_journal_has_it(app, form.target))
        }
        _ => None,
    };
    match (app.overlay.as_mut(), fresh) {
        // The post's settings belong to the open study: there is no other item to mistake.
        (Some(Overlay::Form(form)), Some(Now::There(fresh)))
            if matches!(form.target, Target::Post) || form.opened_on_the_same(&fresh) =>
        {
            form.take_untouched(&fresh);
        }
        (Some(Overlay::Form(form)), Some(Now::There(_) | Now::Gone)) => form.gone = true,
        _ => {}
    }
    let notes_title = match &app.overlay {
        Some(Overlay::Editor(editor)) => notes_title_now(app, editor.of),
        _ => None,
    };
    if let (Some(Overlay::Editor(editor)), Some(title)) = (app.overlay.as_mut(), notes_title) {
        // The notes' chapter or session is gone, or the id is now another's.
        editor.gone |= title.as_deref() != Some(editor.title.as_str());
    }
}

/// The title the notes editor would have now for what it edits: `Some(None)` when that is
/// gone, `None` for notes not of a chapter or session.
fn notes_title_now(app: &App, of: NotesOf) -> Option<Option<String>> {
    let tr = app.tr;
    let study = &app.study.as_ref()?.study;
    match of {
        NotesOf::Chapter { id } => Some(
            study
                .chapters()
                .find(|c| c.id == id)
                .map(|c| tr.notes_title_chapter(c.item.number, &c.item.title)),
        ),
        NotesOf::Session { id } => Some(
            study
                .sessions()
                .find(|s| s.id == id)
                .map(|s| tr.notes_title_session(format::date(tr.lang, s.item.held_on))),
        ),
        NotesOf::Toc | NotesOf::FormField => None,
    }
}

/// What became of a form's item in the journal as read again.
enum Now {
    /// Its form as it would open now.
    There(EntityForm),
    Gone,
    /// A form that adds something: nothing to compare.
    New,
}

/// The item selected on the open tab, by its id and by what names it to a person: an
/// import with `--replace` gives every item a new id, and the selection should stay on the
/// same chapter, not the same row.
#[derive(Clone)]
enum Selected {
    Chapter(ItemId, u32),
    Session(ItemId, chrono::NaiveDate),
    Member(ItemId, String),
    Point(ItemId, String),
}

fn selected_item(screen: &StudyScreen) -> Option<Selected> {
    match screen.tab {
        Tab::Chapters => screen
            .selected_chapter()
            .map(|c| Selected::Chapter(ItemId::Chapter(c.id), c.item.number)),
        Tab::Sessions => screen
            .selected_session()
            .map(|s| Selected::Session(ItemId::Session(s.id), s.item.held_on)),
        Tab::Members => screen
            .selected_member()
            .map(|m| Selected::Member(ItemId::Member(m.id), m.item.name.clone())),
        Tab::Retro => screen
            .selected_point()
            .map(|p| Selected::Point(ItemId::Point(p.id), p.item.text.clone())),
        Tab::Post => None,
    }
}

impl StudyScreen {
    /// Where `selected` is in the study as read again: the item that names itself the
    /// same way (the same id may now be another item: SQLite gives a deleted row's id to
    /// the next), else the same id; its tab and index.
    fn find(&self, selected: Selected) -> Option<(Tab, usize)> {
        let study = &self.study;
        let (id, by_name) = match &selected {
            Selected::Chapter(id, number) => {
                (*id, study.chapters.iter().position(|c| c.number == *number))
            }
            Selected::Session(id, day) => {
                (*id, study.sessions.iter().position(|s| s.held_on == *day))
            }
            Selected::Member(id, name) => (*id, study.members.iter().position(|m| m.name == *name)),
            Selected::Point(id, text) => (*id, study.retro.iter().position(|p| p.text == *text)),
        };
        Some((Tab::of(id), by_name.or(study.index_of(id))?))
    }
}

/// The form for `target` as it would open now, from the journal as just read.
fn form_as_the_journal_has_it(app: &App, target: Target) -> Now {
    match target {
        Target::NewStudy
        | Target::NewMember
        | Target::NewChapter
        | Target::NewSession
        | Target::NewRetro => Now::New,
        _ => fresh_form(app, target).map_or(Now::Gone, Now::There),
    }
}

/// The form of an existing item as it would open now; `None` when the item is gone.
fn fresh_form(app: &App, target: Target) -> Option<EntityForm> {
    let tr = app.tr;
    if let Target::Study(id) = target {
        if let Some(screen) = app.study.as_ref().filter(|s| s.id == id) {
            return Some(forms::study::form(tr, target, Some(&screen.study)));
        }
        let outline = app.store.load_outline(id).ok()?;
        return Some(forms::study::form(tr, target, Some(&outline)));
    }
    let screen = app.study.as_ref()?;
    let study = &screen.study;
    match target {
        Target::Chapter { id } => {
            let chapter = study.chapters().find(|c| c.id == id)?;
            Some(forms::chapter::form(tr, target, study, Some(chapter.item)))
        }
        Target::Session { id } => {
            let session = study.sessions().find(|s| s.id == id)?;
            Some(forms::session::form(
                tr,
                target,
                study,
                Some(session.item),
                app.post_defaults.today,
            ))
        }
        Target::Member { id } => {
            let member = study.members().find(|m| m.id == id)?;
            Some(forms::member::form(tr, target, Some(member.item)))
        }
        Target::Retro { id } => {
            let point = study.points().find(|p| p.id == id)?;
            Some(forms::retro::form(
                tr,
                target,
                study,
                Some(point.item),
                point.item.kind,
            ))
        }
        Target::Post => {
            let lang = screen.post.as_ref()?.options.lang;
            let default_title = crate::export::post::title(study, lang);
            Some(forms::post::form(
                tr,
                target,
                &study.post,
                &default_title,
                app.post_defaults.today,
            ))
        }
        // Handled above (a study), or nothing to read again (a new item).
        _ => None,
    }
}
