//! Taking attendance in place: Enter on a session lists the members, and one key marks the
//! selected member present, absent, unprepared or not counted, saved as it is pressed.

use super::reload_study;
use crate::domain::AttendanceStatus;
use crate::store::ItemId;
use crate::ui::state::action::Action;
use crate::ui::state::app::{App, Overlay, Status};

pub(super) fn open(app: &mut App) {
    let Some(screen) = &app.study else {
        return;
    };
    if screen.study.members.is_empty() {
        app.status = Some(Status::Info(
            "Add members first (tab 3, a): attendance is taken per member.".into(),
        ));
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
                app.status = Some(Status::Error(format!(
                    "{name} presents this session and is marked absent: fix one of the two."
                )));
            }
        }
        Err(e) => app.status = Some(Status::Error(format!("not saved: {e}"))),
    }
}
