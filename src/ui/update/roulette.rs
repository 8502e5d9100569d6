//! The presenter roulette from the Chapters tab: who is in the draw, the draw (saved before
//! the spin shows it), and the chosen member made the chapter's presenter.

use super::reload_study;
use crate::domain::roulette::{self, Rng};
use crate::ui::action::Tab;
use crate::ui::app::{App, Overlay, Status};
use crate::ui::roulette::{Phase, Roulette};

/// `r` on a chapter: the roulette, everyone in.
pub(super) fn open(app: &mut App) {
    let Some(screen) = &app.study else {
        return;
    };
    let study = &screen.study;
    if study.members.is_empty() {
        app.status = Some(Status::Info(
            "Add members first (tab 3, a): the roulette draws among them.".into(),
        ));
        return;
    }
    let Some(i) = screen.list().selected_item(study.chapters.len()) else {
        return;
    };
    let chapter = &study.chapters[i];
    let what = format!("chapter {} {:?}", chapter.number, chapter.title);
    let candidates = roulette::candidates(study, Some(chapter.number));
    app.overlay = Some(Overlay::Roulette(Box::new(Roulette::new(
        Some(chapter.number),
        what,
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

/// `r` / Enter in the roulette: draw and save, then spin to the result; after the draw,
/// close.
pub(super) fn draw(app: &mut App) {
    let (Some(screen), Some(Overlay::Roulette(r))) = (&app.study, &app.overlay) else {
        return;
    };
    if r.phase != Phase::Choosing {
        app.overlay = None;
        return;
    }
    let now = chrono::Local::now().fixed_offset();
    let result = roulette::make_draw(
        &screen.study,
        r.chapter,
        &r.excluded(),
        &mut Rng::from_entropy(),
        now,
    );
    let draw = match result {
        Ok(draw) => draw,
        Err(e) => {
            app.status = Some(Status::Error(e.to_string()));
            return;
        }
    };
    let id = screen.id;
    let row = draw
        .chapter
        .and_then(|n| screen.study.chapters.iter().position(|c| c.number == n))
        .map(|i| screen.rows.chapters[i]);
    if let Err(e) = app.store.record_draw(id, &draw) {
        app.status = Some(Status::Error(format!("the draw was not saved: {e}")));
        return;
    }
    app.undo = None;
    reload_study(app, row.map(|row| (Tab::Chapters, row)));
    if let Some(Overlay::Roulette(r)) = &mut app.overlay {
        r.spin_to(&draw.chosen);
    }
}
