//! Reading the journal again after a change: the study list, or the open study with each
//! list's place, filter and selection kept.

use super::filter::{home_searchables, tab_searchables};
use super::render_post;
use crate::domain::stats::StudyStats;
use crate::domain::{RetroKind, Study};
use crate::i18n::errors::store_error;
use crate::store::{ItemId, Outline, StudySummary};
use crate::ui::layout;
use crate::ui::state::action::Tab;
use crate::ui::state::app::{App, Status};

/// Reads the study list again, keeping the selection in range.
pub fn reload_studies(app: &mut App) {
    let studies = app.store.list_studies();
    take_studies(app, studies);
}

fn take_studies(app: &mut App, studies: crate::store::Result<Vec<StudySummary>>) {
    match studies {
        Ok(studies) => app.studies = studies,
        Err(e) => {
            let reason = store_error(app.tr, &e);
            app.status = Some(Status::Error(app.tr.error_read_journal(reason)));
        }
    }
    // The list may have changed under the filter: filter it again, afresh.
    if let Some(filter) = app.home.filter.take() {
        let rows = layout::list_rows(app);
        app.home.start_filter(home_searchables(app));
        app.home.set_query(filter.query, rows);
        app.home.accept_filter(app.studies.len(), rows);
    }
    let rows = layout::list_rows(app);
    let len = app.home.len(app.studies.len());
    app.home.cursor.select(app.home.cursor.selected, len, rows);
}

/// The retro tab lists the good points, then the bad, then the try, each in its stored
/// order, so moving down the list reads down one column, then the next.
pub(super) fn retro_by_column(study: &mut Outline) {
    let column = |kind: RetroKind| RetroKind::ALL.iter().position(|k| *k == kind);
    study.sort_points_by_key(|point| column(point.kind));
}

/// Reads the open study again after a change, keeping the tab, each list's place and
/// filter; `select` puts the selection on an item (a new or edited one) in its tab.
pub(super) fn reload_study(app: &mut App, select: Option<ItemId>) {
    let Some(screen) = app.study.as_mut() else {
        return;
    };
    let mut study = match app.store.load_outline(screen.id) {
        Ok(outline) => outline,
        Err(e) => {
            let reason = store_error(app.tr, &e);
            app.status = Some(Status::Error(app.tr.error_read_study(reason)));
            return;
        }
    };
    retro_by_column(&mut study);
    screen.stats = StudyStats::of(&study);
    screen.study = study;
    screen.notes = None;
    screen.post = None;
    let list_rows = layout::list_rows(app);
    let Some(screen) = app.study.as_mut() else {
        return;
    };
    for tab in Tab::ALL {
        if tab == Tab::Post {
            continue;
        }
        let total = item_count(&screen.study, tab);
        let list = &mut screen.lists[tab.index()];
        // The texts changed under the filter: filter afresh with the same query.
        if let Some(filter) = list.filter.take() {
            list.start_filter(tab_searchables(app.tr, &screen.study, tab));
            list.set_query(filter.query, list_rows);
            list.accept_filter(total, list_rows);
        }
        let len = list.len(total);
        let selected = list.cursor.selected;
        list.cursor.select(selected, len, list_rows);
    }
    if let Some(id) = select
        && let Some(item) = screen.study.index_of(id)
    {
        select_item(app, Tab::of(id), item);
    }
    if app.study.as_ref().is_some_and(|s| s.tab == Tab::Post) {
        render_post(app);
    }
}

/// Puts the selection of `tab`'s list on item `item` (an index into the study's items),
/// when the list's filter shows it.
pub(super) fn select_item(app: &mut App, tab: Tab, item: usize) {
    let list_rows = layout::list_rows(app);
    let Some(screen) = app.study.as_mut() else {
        return;
    };
    let total = item_count(&screen.study, tab);
    let list = &mut screen.lists[tab.index()];
    let len = list.len(total);
    if let Some(row) = (0..len).find(|&r| list.item(r) == Some(item)) {
        list.cursor.select(row, len, list_rows);
    }
}

pub(super) fn item_count(study: &Study, tab: Tab) -> usize {
    match tab {
        Tab::Chapters => study.chapters.len(),
        Tab::Sessions => study.sessions.len(),
        Tab::Members => study.members.len(),
        Tab::Retro => study.retro.len(),
        Tab::Post => 0,
    }
}
