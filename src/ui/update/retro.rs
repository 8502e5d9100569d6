//! The retro tab's moves: the column `a` adds to, and a point moved up, down, or to the
//! column beside, each saved at once.

use super::reload_study;
use crate::domain::RetroKind;
use crate::i18n::errors::store_error;
use crate::store::ItemId;
use crate::ui::state::action::Tab;
use crate::ui::state::app::{App, Status};

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

fn list_len(screen: &crate::ui::state::app::StudyScreen) -> usize {
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
    let (Some(a), Some(b)) = (
        screen.study.point(i),
        neighbour.and_then(|j| screen.study.point(j)),
    ) else {
        return;
    };
    let (id, a, b) = (screen.id, a.id, b.id);
    match app.store.swap_retro_points(id, a, b) {
        Ok(()) => {
            app.undo = None;
            reload_study(app, Some(ItemId::Point(a)));
        }
        Err(e) => {
            let reason = store_error(app.tr, &e);
            app.status = Some(Status::Error(app.tr.retro_not_moved(reason)));
        }
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
    let Some(selected) = screen.study.point(i) else {
        return;
    };
    let mut point = selected.item.clone();
    point.kind = kind;
    let (id, point_id) = (screen.id, selected.id);
    match app.store.update_retro_point(id, point_id, &point) {
        Ok(()) => {
            app.undo = None;
            if let Some(screen) = app.study.as_mut() {
                screen.retro_column = kind;
            }
            reload_study(app, Some(ItemId::Point(point_id)));
        }
        Err(e) => {
            let reason = store_error(app.tr, &e);
            app.status = Some(Status::Error(app.tr.retro_not_moved(reason)));
        }
    }
}
