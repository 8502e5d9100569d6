//! The presenter roulette from the Chapters tab: who is in the draw, a question before a
//! presenter is replaced, the draw, and the chosen member made the chapter's presenter
//! when the spin that reveals them ends.

use super::reload_study;
use crate::domain::roulette::{self, Rng};
use crate::domain::text::quoted;
use crate::domain::{ChapterStatus, Draw};
use crate::i18n::errors::draw_error;
use crate::i18n::errors::store_error;
use crate::i18n::format;
use crate::store::ItemId;
use crate::ui::state::app::{App, Overlay, Status};
use crate::ui::state::roulette::{Phase, Roulette};

/// `r` on a chapter: the roulette, everyone in.
pub(super) fn open(app: &mut App) {
    let Some(screen) = &app.study else {
        return;
    };
    let tr = app.tr;
    let study = &screen.study;
    if study.members.is_empty() {
        let (tab, add) = super::attendance::add_member_keys(screen.tab);
        app.status = Some(Status::Info(tr.roulette_members_first(tab, add)));
        return;
    }
    let Some(i) = screen.list().selected_item(study.chapters.len()) else {
        return;
    };
    let chapter = &study.chapters[i];
    let Some(facts) = screen.chapter_facts(i) else {
        return;
    };
    // A draw sets the plan; once a session covered the chapter, the session says who
    // presented it, and a draw would change nothing anyone sees. Nobody presents a
    // skipped chapter.
    if facts.held || facts.status == ChapterStatus::Skipped {
        let number = chapter.number;
        let date = facts.date.map(|d| format::date(tr.lang, d));
        let message = match (facts.held, date, facts.presenter.as_deref()) {
            (false, _, _) => tr.roulette_skipped(number),
            (true, Some(date), Some(name)) => tr.roulette_held_on_by(number, date, name),
            (true, Some(date), None) => tr.roulette_held_on(number, date),
            (true, None, Some(name)) => tr.roulette_held_by(number, name),
            (true, None, None) => tr.roulette_held(number),
        };
        app.status = Some(Status::Info(message));
        return;
    }
    let what = tr.roulette_what(chapter.number, quoted(&chapter.title));
    let candidates = roulette::candidates(study, Some(chapter.number));
    app.overlay = Some(Overlay::Roulette(Box::new(Roulette::new(
        Some(chapter.number),
        what,
        facts.presenter.clone(),
        candidates,
    ))));
}

pub(super) fn toggle(app: &mut App) {
    if let Some(Overlay::Roulette(r)) = &mut app.overlay {
        r.toggle();
    }
}

pub(super) fn move_cursor(app: &mut App, down: bool) {
    if let Some(Overlay::Roulette(r)) = &mut app.overlay
        && r.phase == Phase::Choosing
    {
        let last = r.members.len().saturating_sub(1);
        r.cursor = if down {
            (r.cursor + 1).min(last)
        } else {
            r.cursor.saturating_sub(1)
        };
    }
}

/// `r` (or Enter before the first draw): draws, asking first when the chapter has a
/// presenter, the one just drawn included.
pub(super) fn ask_or_draw(app: &mut App) {
    let Some(Overlay::Roulette(r)) = &mut app.overlay else {
        return;
    };
    if !r.ask_before_drawing() {
        draw(app);
    }
}

/// `y` to the question: replace the presenter by a new draw.
pub(super) fn replace(app: &mut App) {
    draw(app);
}

/// `n` to the question: the presenter stays.
pub(super) fn keep(app: &mut App) {
    if let Some(Overlay::Roulette(r)) = &mut app.overlay {
        r.keep_presenter();
    }
}

/// Decides the draw and starts the spin that reveals it; `finish` saves it when the spin
/// ends.
fn draw(app: &mut App) {
    let (Some(screen), Some(Overlay::Roulette(r))) = (&app.study, &mut app.overlay) else {
        return;
    };
    let now = chrono::Local::now().fixed_offset();
    let result = roulette::make_draw(
        &screen.study,
        r.chapter,
        &r.excluded(),
        &mut Rng::from_entropy(),
        now,
    );
    match result {
        Ok(draw) => r.spin_to(draw),
        Err(e) => {
            r.unsaved();
            app.status = Some(Status::Error(draw_error(app.tr, &e)));
        }
    }
}

/// The spin has ended on `draw`: saved now, before the frame that shows it, and its member
/// made the chapter's presenter.
pub fn finish(app: &mut App, draw: &Draw) {
    let Some(screen) = &app.study else {
        return;
    };
    let id = screen.id;
    let chapter = draw
        .chapter
        .and_then(|n| screen.study.chapters.iter().position(|c| c.number == n))
        .and_then(|i| screen.study.chapter(i))
        .map(|chapter| ItemId::Chapter(chapter.id));
    if let Err(e) = app.store.record_draw(id, draw) {
        if let Some(Overlay::Roulette(r)) = &mut app.overlay {
            r.unsaved();
        }
        let reason = store_error(app.tr, &e);
        app.status = Some(Status::Error(app.tr.roulette_not_saved(reason)));
        return;
    }
    app.undo = None;
    reload_study(app, chapter);
    // The presenter every screen now shows for the chapter.
    let presenter = app.study.as_ref().and_then(|screen| {
        let i = screen
            .study
            .chapters
            .iter()
            .position(|c| Some(c.number) == draw.chapter)?;
        screen.chapter_facts(i)?.presenter.clone()
    });
    if let Some(Overlay::Roulette(r)) = &mut app.overlay {
        r.saved(presenter);
    }
}
