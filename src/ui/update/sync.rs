//! Catching up with another program's writes. Two studylogs on one journal, or
//! `studylog draw` run beside the open interface, each commit their own edits; the screen
//! that did not make one shows what it read before. Acting on that copy would write it back
//! over the newer facts: a form saved with the presenter the draw just set replaced by none,
//! the Post tab's `f` putting back an old title. So before each key, a journal that another
//! program wrote to is read again, and an open form takes the new values of the fields
//! not typed in.

use super::reload::{reload_studies, reload_study};
use crate::store::ItemId;
use crate::ui::state::action::Tab;
use crate::ui::state::app::{App, Overlay, StudyScreen};
use crate::ui::state::forms::{self, EntityForm, Target};

/// Reads the journal again when another program has written to it since the last look.
pub fn catch_up(app: &mut App) {
    if !app.store.written_elsewhere() {
        return;
    }
    let selected = app.study.as_ref().and_then(selected_item);
    reload_studies(app);
    reload_study(app, selected);
    let fresh = match &app.overlay {
        Some(Overlay::Form(form)) => form_as_the_journal_has_it(app, form.target),
        _ => None,
    };
    if let (Some(Overlay::Form(form)), Some(fresh)) = (app.overlay.as_mut(), fresh) {
        form.take_untouched(&fresh);
    }
}

/// The item selected on the open tab, to keep the selection on it when rows move.
fn selected_item(screen: &StudyScreen) -> Option<ItemId> {
    match screen.tab {
        Tab::Chapters => screen.selected_chapter().map(|c| ItemId::Chapter(c.id)),
        Tab::Sessions => screen.selected_session().map(|s| ItemId::Session(s.id)),
        Tab::Members => screen.selected_member().map(|m| ItemId::Member(m.id)),
        Tab::Retro => screen.selected_point().map(|p| ItemId::Point(p.id)),
        Tab::Post => None,
    }
}

/// The form for `target` as it would open now, from the journal as just read; `None` for
/// a form that adds something (nothing to take from) or an item that is gone.
fn form_as_the_journal_has_it(app: &App, target: Target) -> Option<EntityForm> {
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
        Target::NewStudy
        | Target::Study(_)
        | Target::NewMember
        | Target::NewChapter
        | Target::NewSession
        | Target::NewRetro => None,
    }
}
