//! Adding, changing and removing sessions and their attendance. Sessions stay in date
//! order: a new or re-dated session goes before the first one held later.

use super::write::one_row;
use rusqlite::{Connection, params};

use super::ids::{MemberId, SessionId};
use super::lookups::{chapter_id, check_notes, member_id, unknown};
use super::{Result, Store, StudyId};
use crate::domain::validate::ProblemKind;
use crate::domain::{AttendanceStatus, Session};

impl Store {
    /// Adds a session with its chapters and attendance; returns its id.
    pub fn add_session(&mut self, study: StudyId, session: &Session) -> Result<SessionId> {
        self.write(study, |tx| {
            tx.execute(
                "INSERT INTO session (study_id, position, held_on, presenter_id, notes)
                 VALUES (?1, 0, ?2, ?3, ?4)",
                params![
                    study.0,
                    session.held_on,
                    presenter_id(tx, study, session)?,
                    session.notes
                ],
            )?;
            let id = SessionId(tx.last_insert_rowid());
            write_lists(tx, study, id, session)?;
            place_by_date(tx, study, id, session)?;
            Ok(id)
        })
    }

    /// Changes the session's date, chapters, presenter and attendance; its notes stay.
    pub fn update_session(
        &mut self,
        study: StudyId,
        id: SessionId,
        session: &Session,
    ) -> Result<()> {
        self.write(study, |tx| {
            one_row(tx.execute(
                "UPDATE session SET held_on = ?1, presenter_id = ?2 WHERE id = ?3",
                params![session.held_on, presenter_id(tx, study, session)?, id],
            )?)?;
            tx.execute("DELETE FROM session_chapter WHERE session_id = ?1", [id])?;
            tx.execute("DELETE FROM attendance WHERE session_id = ?1", [id])?;
            write_lists(tx, study, id, session)?;
            place_by_date(tx, study, id, session)
        })
    }

    /// Sets one member's attendance at a session; `None` takes them off its list.
    pub fn set_attendance(
        &mut self,
        study: StudyId,
        session: SessionId,
        member: &str,
        status: Option<AttendanceStatus>,
    ) -> Result<()> {
        self.write(study, |tx| {
            let member_id = member_id(tx, study, member)?
                .ok_or_else(|| unknown("attendance", ProblemKind::NoMember { name: member.to_owned() }))?;
            match status {
                None => {
                    tx.execute(
                        "DELETE FROM attendance WHERE session_id = ?1 AND member_id = ?2",
                        params![session, member_id],
                    )?;
                }
                Some(status) => {
                    let updated = tx.execute(
                        "UPDATE attendance SET status = ?1 WHERE session_id = ?2 AND member_id = ?3",
                        params![status, session, member_id],
                    )?;
                    if updated == 0 {
                        tx.execute(
                            "INSERT INTO attendance (session_id, position, member_id, status)
                             VALUES (?1, (SELECT coalesce(max(position), -1) + 1 FROM attendance
                                          WHERE session_id = ?1), ?2, ?3)",
                            params![session, member_id, status],
                        )?;
                    }
                }
            }
            Ok(())
        })
    }

    pub fn set_session_notes(&mut self, study: StudyId, id: SessionId, notes: &str) -> Result<()> {
        check_notes(notes)?;
        self.write(study, |tx| {
            one_row(tx.execute(
                "UPDATE session SET notes = ?1 WHERE id = ?2",
                params![notes, id],
            )?)?;
            Ok(())
        })
    }

    pub fn delete_session(&mut self, study: StudyId, id: SessionId) -> Result<()> {
        self.write(study, |tx| {
            tx.execute("DELETE FROM session WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}

fn presenter_id(tx: &Connection, study: StudyId, session: &Session) -> Result<Option<MemberId>> {
    match &session.presenter {
        None => Ok(None),
        Some(name) => member_id(tx, study, name)?
            .map(Some)
            .ok_or_else(|| unknown("presenter", ProblemKind::NoMember { name: name.clone() })),
    }
}

fn write_lists(tx: &Connection, study: StudyId, id: SessionId, session: &Session) -> Result<()> {
    for (i, number) in session.chapters.iter().enumerate() {
        let chapter = chapter_id(tx, study, *number)?
            .ok_or_else(|| unknown("chapters", ProblemKind::NoChapter { number: *number }))?;
        tx.execute(
            "INSERT INTO session_chapter (session_id, position, chapter_id) VALUES (?1, ?2, ?3)",
            params![id, i, chapter],
        )?;
    }
    for (i, a) in session.attendance.iter().enumerate() {
        let member = member_id(tx, study, &a.member)?.ok_or_else(|| {
            unknown(
                "attendance",
                ProblemKind::NoMember {
                    name: a.member.clone(),
                },
            )
        })?;
        tx.execute(
            "INSERT INTO attendance (session_id, position, member_id, status)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, i, member, a.status],
        )?;
    }
    Ok(())
}

/// Moves session `id` before the first other session held later, or to the end.
fn place_by_date(tx: &Connection, study: StudyId, id: SessionId, session: &Session) -> Result<()> {
    let before: Option<i64> = tx.query_row(
        "SELECT min(position) FROM session WHERE study_id = ?1 AND held_on > ?2 AND id != ?3",
        params![study.0, session.held_on, id],
        |r| r.get(0),
    )?;
    let position = match before {
        Some(position) => {
            tx.execute(
                "UPDATE session SET position = position + 1
                 WHERE study_id = ?1 AND position >= ?2 AND id != ?3",
                params![study.0, position, id],
            )?;
            position
        }
        None => tx.query_row(
            "SELECT coalesce(max(position), -1) + 1 FROM session WHERE study_id = ?1 AND id != ?2",
            params![study.0, id],
            |r| r.get(0),
        )?,
    };
    tx.execute(
        "UPDATE session SET position = ?1 WHERE id = ?2",
        params![position, id],
    )?;
    Ok(())
}
