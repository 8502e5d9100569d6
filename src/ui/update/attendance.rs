//! Taking attendance in place: Enter on a session lists the members, and one key marks the
//! selected member present, absent, unprepared or not counted, saved as it is pressed.

use super::reload_study;
use crate::domain::AttendanceStatus;
use crate::i18n::errors::store_error;
use crate::store::ItemId;
use crate::ui::keymap::{Context, key_for};
use crate::ui::state::action::{Action, Tab};
use crate::ui::state::app::{App, Overlay, Status};

pub(super) fn open(app: &mut App) {
    let Some(screen) = &app.study else {
        return;
    };
    if screen.study.members.is_empty() {
        let (tab, add) = add_member_keys(screen.tab);
        app.status = Some(Status::Info(app.tr.attendance_members_first(tab, add)));
        return;
    }
    if screen
        .list()
        .selected_item(screen.study.sessions.len())
        .is_some()
    {
        app.overlay = Some(Overlay::Attendance { cursor: 0 });
    }
}

/// The keys that add a member from tab `from`: the one that shows the Members tab, and the
/// one that adds there, as the keymap binds them.
pub(super) fn add_member_keys(from: Tab) -> (String, String) {
    let tab = key_for(Context::Study(from), Action::ShowTab(Tab::Members)).unwrap_or_default();
    let add = key_for(Context::Study(Tab::Members), Action::Add).unwrap_or_default();
    (tab, add)
}

pub(super) fn move_cursor(app: &mut App, action: Action) {
    let members = app.study.as_ref().map_or(0, |s| s.study.members.len());
    let Some(Overlay::Attendance { cursor }) = &mut app.overlay else {
        return;
    };
    let last = members.saturating_sub(1);
    *cursor = match action {
        Action::Next => (*cursor + 1).min(last),
        Action::Previous => cursor.saturating_sub(1),
        Action::First | Action::PageUp => 0,
        Action::Last | Action::PageDown => last,
        _ => *cursor,
    };
}

/// The selected member's next mark, written at once.
pub(super) fn cycle_mark(app: &mut App) {
    let (Some(screen), Some(Overlay::Attendance { cursor })) = (&app.study, &app.overlay) else {
        return;
    };
    let cursor = *cursor;
    let Some(i) = screen.list().selected_item(screen.study.sessions.len()) else {
        return;
    };
    let Some(member) = screen.study.members.get(cursor) else {
        return;
    };
    let Some(session) = screen.study.session(i) else {
        return;
    };
    let now = session
        .item
        .attendance
        .iter()
        .find(|a| a.member == member.name)
        .map(|a| a.status);
    let next = AttendanceStatus::next_mark(now);
    // Marking the presenter absent is kept (the person may be fixing the presenter next),
    // but said, since the two cannot both be true.
    let presenter_absent = next == Some(AttendanceStatus::Absent)
        && screen
            .stats
            .sessions
            .get(i)
            .is_some_and(|facts| facts.presenters.contains(&member.name));
    let (id, session_id, name) = (screen.id, session.id, member.name.clone());
    match app.store.set_attendance(id, session_id, &name, next) {
        Ok(()) => {
            app.undo = None;
            reload_study(app, Some(ItemId::Session(session_id)));
            if presenter_absent {
                app.status = Some(Status::Error(
                    app.tr.attendance_presenter_marked_absent(&name),
                ));
            }
        }
        Err(e) => {
            let reason = store_error(app.tr, &e);
            app.status = Some(Status::Error(app.tr.attendance_not_saved(reason)));
        }
    }
}
