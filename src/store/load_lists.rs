//! Reading a study's lists, one step per table: members, chapters and their links,
//! sessions with the chapters they covered and their attendance, retrospective points, and
//! presenter draws. Each step reads its rows in their stored order; a value that cannot be
//! read goes where [`Found`] says.

use std::collections::HashMap;

use chrono::DateTime;
use rusqlite::Connection;

use super::Result;
use super::ids::{ChapterId, DrawId, MemberId, PointId, SessionId, StudyId};
use super::unreadable::{Found, read_row};
use crate::domain::{Attendance, Chapter, Draw, Link, Member, RetroPoint, Session};

/// Whether a load reads the long texts (chapter and session notes), or leaves them empty
/// for a screen that fetches the one it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bodies {
    Read,
    Skip,
}

/// What every step of a load reads with: the study, whether to read the long texts, and
/// where an unreadable value goes.
pub(super) struct Reading<'c, 'f> {
    pub conn: &'c Connection,
    pub study: i64,
    pub bodies: Bodies,
    pub found: Found<'f>,
}

impl<'c, 'f> Reading<'c, 'f> {
    pub(super) fn new(
        conn: &'c Connection,
        StudyId(study): StudyId,
        bodies: Bodies,
        found: Found<'f>,
    ) -> Self {
        Reading {
            conn,
            study,
            bodies,
            found,
        }
    }
}

/// Member names and chapter numbers by id, for the rows that refer to them.
#[derive(Default)]
pub(super) struct Refs {
    names: HashMap<MemberId, String>,
    numbers: HashMap<ChapterId, u32>,
}

impl Refs {
    fn name(&self, member_id: Option<MemberId>) -> Option<String> {
        member_id.and_then(|m| self.names.get(&m).cloned())
    }

    fn number(&self, chapter_id: Option<ChapterId>) -> Option<u32> {
        chapter_id.and_then(|c| self.numbers.get(&c).copied())
    }
}

/// Id to index in its list, for the rows (links, attendance) read after their parents.
pub(super) fn index_of<Id: Copy + Eq + std::hash::Hash>(ids: &[Id]) -> HashMap<Id, usize> {
    ids.iter().enumerate().map(|(i, &id)| (id, i)).collect()
}

/// The members in their order, and their ids; notes each one's name in `refs`.
pub(super) fn read_members(
    at: &Reading<'_, '_>,
    refs: &mut Refs,
) -> Result<(Vec<Member>, Vec<MemberId>)> {
    let (mut members, mut ids) = (Vec::new(), Vec::new());
    let mut stmt = at
        .conn
        .prepare_cached("SELECT id, name, me FROM member WHERE study_id = ?1 ORDER BY position")?;
    let mut rows = stmt.query([at.study])?;
    while let Some(r) = rows.next()? {
        let member_id: MemberId = r.get(0)?;
        let Some((name, me)) = read_row(at.found, r, "member", member_id.0, |r| {
            Ok((r.get::<_, String>(1)?, r.get(2)?))
        })?
        else {
            continue;
        };
        refs.names.insert(member_id, name.clone());
        ids.push(member_id);
        members.push(Member { name, me });
    }
    Ok((members, ids))
}

/// The chapters in their order (links still empty), and their ids; notes each one's
/// number in `refs`.
pub(super) fn read_chapters(
    at: &Reading<'_, '_>,
    refs: &mut Refs,
) -> Result<(Vec<Chapter>, Vec<ChapterId>)> {
    let (mut chapters, mut ids) = (Vec::new(), Vec::new());
    let mut stmt = at.conn.prepare_cached(match at.bodies {
        Bodies::Read => {
            "SELECT id, number, title, scheduled_on, presenter_id, status, why, notes
             FROM chapter WHERE study_id = ?1 ORDER BY position"
        }
        Bodies::Skip => {
            "SELECT id, number, title, scheduled_on, presenter_id, status, why, ''
             FROM chapter WHERE study_id = ?1 ORDER BY position"
        }
    })?;
    let mut rows = stmt.query([at.study])?;
    while let Some(r) = rows.next()? {
        let chapter_id: ChapterId = r.get(0)?;
        let Some(chapter) = read_row(at.found, r, "chapter", chapter_id.0, |r| {
            Ok(Chapter {
                number: r.get(1)?,
                title: r.get(2)?,
                scheduled_on: r.get(3)?,
                presenter: refs.name(r.get(4)?),
                status: r.get(5)?,
                why: r.get(6)?,
                notes: r.get(7)?,
                links: Vec::new(),
            })
        })?
        else {
            continue;
        };
        refs.numbers.insert(chapter_id, chapter.number);
        ids.push(chapter_id);
        chapters.push(chapter);
    }
    Ok((chapters, ids))
}

/// Each chapter's links, in their order, into the chapters already read.
pub(super) fn read_chapter_links(
    at: &Reading<'_, '_>,
    index: &HashMap<ChapterId, usize>,
    chapters: &mut [Chapter],
) -> Result<()> {
    let mut stmt = at.conn.prepare_cached(
        "SELECT l.chapter_id, l.title, l.url, l.id FROM chapter_link l
         JOIN chapter c ON c.id = l.chapter_id
         WHERE c.study_id = ?1 ORDER BY l.chapter_id, l.position",
    )?;
    let mut rows = stmt.query([at.study])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, ChapterId>(0)?) {
            let link = read_row(at.found, r, "chapter_link", r.get(3)?, |r| {
                Ok(Link {
                    title: r.get(1)?,
                    url: r.get(2)?,
                })
            })?;
            chapters[i].links.extend(link);
        }
    }
    Ok(())
}

/// The sessions in their order (chapters and attendance still empty), their ids, and
/// whether each has notes.
pub(super) fn read_sessions(
    at: &Reading<'_, '_>,
    refs: &Refs,
) -> Result<(Vec<Session>, Vec<SessionId>, Vec<bool>)> {
    let (mut sessions, mut ids, mut has_notes) = (Vec::new(), Vec::new(), Vec::new());
    let mut stmt = at.conn.prepare_cached(match at.bodies {
        Bodies::Read => {
            "SELECT id, held_on, presenter_id, notes, notes <> '' FROM session
             WHERE study_id = ?1 ORDER BY position"
        }
        Bodies::Skip => {
            "SELECT id, held_on, presenter_id, '', notes <> '' FROM session
             WHERE study_id = ?1 ORDER BY position"
        }
    })?;
    let mut rows = stmt.query([at.study])?;
    while let Some(r) = rows.next()? {
        let session_id: SessionId = r.get(0)?;
        let Some((session, notes)) = read_row(at.found, r, "session", session_id.0, |r| {
            Ok((
                Session {
                    held_on: r.get(1)?,
                    chapters: Vec::new(),
                    presenter: refs.name(r.get(2)?),
                    attendance: Vec::new(),
                    notes: r.get(3)?,
                },
                r.get::<_, bool>(4)?,
            ))
        })?
        else {
            continue;
        };
        ids.push(session_id);
        has_notes.push(notes);
        sessions.push(session);
    }
    Ok((sessions, ids, has_notes))
}

/// The numbers of the chapters each session covered, in their order.
pub(super) fn read_session_chapters(
    at: &Reading<'_, '_>,
    index: &HashMap<SessionId, usize>,
    sessions: &mut [Session],
    refs: &Refs,
) -> Result<()> {
    let mut stmt = at.conn.prepare_cached(
        "SELECT sc.session_id, sc.chapter_id FROM session_chapter sc
         JOIN session s ON s.id = sc.session_id
         WHERE s.study_id = ?1 ORDER BY sc.session_id, sc.position",
    )?;
    let mut rows = stmt.query([at.study])?;
    while let Some(r) = rows.next()? {
        if let (Some(&i), Some(n)) = (
            index.get(&r.get::<_, SessionId>(0)?),
            refs.number(r.get(1)?),
        ) {
            sessions[i].chapters.push(n);
        }
    }
    Ok(())
}

/// Who attended each session, in their order.
pub(super) fn read_attendance(
    at: &Reading<'_, '_>,
    index: &HashMap<SessionId, usize>,
    sessions: &mut [Session],
    refs: &Refs,
) -> Result<()> {
    let mut stmt = at.conn.prepare_cached(
        "SELECT a.session_id, a.member_id, a.status, a.rowid FROM attendance a
         JOIN session s ON s.id = a.session_id
         WHERE s.study_id = ?1 ORDER BY a.session_id, a.position",
    )?;
    let mut rows = stmt.query([at.study])?;
    while let Some(r) = rows.next()? {
        if let (Some(&i), Some(member)) =
            (index.get(&r.get::<_, SessionId>(0)?), refs.name(r.get(1)?))
            && let Some(status) = read_row(at.found, r, "attendance", r.get(3)?, |r| r.get(2))?
        {
            sessions[i].attendance.push(Attendance { member, status });
        }
    }
    Ok(())
}

/// The retrospective's points in their order, and their ids.
pub(super) fn read_retro_points(
    at: &Reading<'_, '_>,
    refs: &Refs,
) -> Result<(Vec<RetroPoint>, Vec<PointId>)> {
    let (mut points, mut ids) = (Vec::new(), Vec::new());
    let mut stmt = at.conn.prepare_cached(
        "SELECT id, kind, text, chapter_id FROM retro_point WHERE study_id = ?1
         ORDER BY position",
    )?;
    let mut rows = stmt.query([at.study])?;
    while let Some(r) = rows.next()? {
        let point_id: PointId = r.get(0)?;
        let Some(point) = read_row(at.found, r, "retro_point", point_id.0, |r| {
            Ok(RetroPoint {
                kind: r.get(1)?,
                text: r.get(2)?,
                chapter: refs.number(r.get(3)?),
            })
        })?
        else {
            continue;
        };
        ids.push(point_id);
        points.push(point);
    }
    Ok((points, ids))
}

/// The presenter draws in their order, each with the members it drew from.
pub(super) fn read_draws(at: &Reading<'_, '_>, refs: &Refs) -> Result<Vec<Draw>> {
    let (mut draws, mut ids) = (Vec::new(), Vec::new());
    let mut stmt = at.conn.prepare_cached(
        "SELECT id, drawn_at, chapter_id, chosen_id FROM draw WHERE study_id = ?1 ORDER BY position",
    )?;
    let mut rows = stmt.query([at.study])?;
    while let Some(r) = rows.next()? {
        let draw_id: DrawId = r.get(0)?;
        let Some(drawn_at) = read_row(at.found, r, "draw", draw_id.0, |r| {
            let text: String = r.get(1)?;
            DateTime::parse_from_rfc3339(&text).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    1,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })
        })?
        else {
            continue;
        };
        ids.push(draw_id);
        draws.push(Draw {
            drawn_at,
            chapter: refs.number(r.get(2)?),
            candidates: Vec::new(),
            chosen: refs.name(r.get(3)?).unwrap_or_default(),
        });
    }
    read_draw_candidates(at, &index_of(&ids), &mut draws, refs)?;
    Ok(draws)
}

/// The members each draw drew from, in their order.
fn read_draw_candidates(
    at: &Reading<'_, '_>,
    index: &HashMap<DrawId, usize>,
    draws: &mut [Draw],
    refs: &Refs,
) -> Result<()> {
    let mut stmt = at.conn.prepare_cached(
        "SELECT dc.draw_id, dc.member_id FROM draw_candidate dc
         JOIN draw d ON d.id = dc.draw_id
         WHERE d.study_id = ?1 ORDER BY dc.draw_id, dc.position",
    )?;
    let mut rows = stmt.query([at.study])?;
    while let Some(r) = rows.next()? {
        if let (Some(&i), Some(member)) = (index.get(&r.get::<_, DrawId>(0)?), refs.name(r.get(1)?))
        {
            draws[i].candidates.push(member);
        }
    }
    Ok(())
}
