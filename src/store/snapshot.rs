//! A whole study in and out of the database: what import writes and export reads. Names
//! and numbers of the interchange format become ids here, and ids become names again.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::DateTime;
use rusqlite::{Connection, Row, params};

use super::codec::{authors_json, parse_authors};
use super::ids::StudyId;
use super::unreadable::{
    Found, Unreadable, in_study, keep_or_fail, read_row, study_label, unreadable_value,
};
use super::{Result, Store, post_settings};
use crate::domain::{
    Attendance, Book, Chapter, Deposit, Draw, Link, Member, NextStudy, PostSettings, RetroPoint,
    Session, Study,
};

/// The database rows behind a loaded study's lists, index for index, so that a screen can
/// name the row it shows without relying on positions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowIds {
    pub members: Vec<i64>,
    pub chapters: Vec<i64>,
    pub sessions: Vec<i64>,
    /// Whether each session has notes, read even when the notes themselves are not, so a
    /// list can mark the sessions that have some.
    pub session_has_notes: Vec<bool>,
    pub retro: Vec<i64>,
}

/// Whether a load reads the long texts (chapter and session notes), or leaves them empty
/// for a screen that fetches the one it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bodies {
    Read,
    Skip,
}

impl Store {
    /// Everything the journal holds about one study, lists in their stored order.
    pub fn load_study(&self, id: StudyId) -> Result<Study> {
        load(&self.conn, id, Bodies::Read).map(|(study, _)| study)
    }

    /// A study without its chapter and session notes (left empty), and the row ids of its
    /// lists: what the study screen needs to open quickly on a study of any size.
    pub fn load_outline(&self, id: StudyId) -> Result<(Study, RowIds)> {
        let checked = self.checked.borrow_mut().take();
        match checked {
            Some(c) if c.study == id && c.state == self.write_state()? => Ok(c.outline),
            _ => load(&self.conn, id, Bodies::Skip),
        }
    }

    /// The notes of one session, by the row id from [`RowIds::sessions`].
    pub fn session_notes(&self, session_id: i64) -> Result<String> {
        Ok(self.conn.query_row(
            "SELECT notes FROM session WHERE id = ?1",
            [session_id],
            |r| r.get(0),
        )?)
    }

    /// The notes of one chapter, by the row id from [`RowIds::chapters`].
    pub fn chapter_notes(&self, chapter_id: i64) -> Result<String> {
        Ok(self.conn.query_row(
            "SELECT notes FROM chapter WHERE id = ?1",
            [chapter_id],
            |r| r.get(0),
        )?)
    }
}

/// Inserts `study` as the journal's last study (or at `position`). The caller owns the
/// transaction and has validated the study.
pub(super) fn insert(conn: &Connection, study: &Study, position: Option<i64>) -> Result<StudyId> {
    let position = match position {
        Some(p) => p,
        None => conn.query_row(
            "SELECT coalesce(max(position), 0) + 1 FROM study",
            [],
            |r| r.get(0),
        )?,
    };
    conn.execute(
        "INSERT INTO study (position, name, status, started_on, ended_on, cadence, venue,
             motivation, how_it_ran, deposit_amount, deposit_currency, deposit_penalty, closing,
             next_title, next_url, next_note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            position,
            study.name,
            study.status,
            study.started_on,
            study.ended_on,
            study.cadence,
            study.venue,
            study.motivation,
            study.how_it_ran,
            study.deposit.amount,
            study.deposit.currency,
            study.deposit.penalty,
            study.closing,
            study.next.title,
            study.next.url,
            study.next.note,
        ],
    )?;
    let study_id = conn.last_insert_rowid();
    let book = &study.book;
    conn.execute(
        "INSERT INTO book (study_id, title, authors, publisher, url, isbn, pages, summary)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            study_id,
            book.title,
            authors_json(&book.authors),
            book.publisher,
            book.url,
            book.isbn,
            book.pages,
            book.summary,
        ],
    )?;

    let mut members = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "INSERT INTO member (study_id, position, name, me) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, m) in study.members.iter().enumerate() {
        stmt.execute(params![study_id, i, m.name, m.me])?;
        members.insert(m.name.as_str(), conn.last_insert_rowid());
    }
    let member = |name: &Option<String>| name.as_deref().and_then(|n| members.get(n).copied());

    let mut chapters = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "INSERT INTO chapter (study_id, position, number, title, scheduled_on, presenter_id,
             status, why, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut link_stmt = conn.prepare_cached(
        "INSERT INTO chapter_link (chapter_id, position, title, url) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, c) in study.chapters.iter().enumerate() {
        stmt.execute(params![
            study_id,
            i,
            c.number,
            c.title,
            c.scheduled_on,
            member(&c.presenter),
            c.status,
            c.why,
            c.notes,
        ])?;
        let chapter_id = conn.last_insert_rowid();
        chapters.insert(c.number, chapter_id);
        for (j, link) in c.links.iter().enumerate() {
            link_stmt.execute(params![chapter_id, j, link.title, link.url])?;
        }
    }
    let chapter = |number: Option<u32>| number.and_then(|n| chapters.get(&n).copied());

    let mut stmt = conn.prepare_cached(
        "INSERT INTO session (study_id, position, held_on, presenter_id, notes)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut chapter_stmt = conn.prepare_cached(
        "INSERT INTO session_chapter (session_id, position, chapter_id) VALUES (?1, ?2, ?3)",
    )?;
    let mut attendance_stmt = conn.prepare_cached(
        "INSERT INTO attendance (session_id, position, member_id, status) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, s) in study.sessions.iter().enumerate() {
        stmt.execute(params![
            study_id,
            i,
            s.held_on,
            member(&s.presenter),
            s.notes
        ])?;
        let session_id = conn.last_insert_rowid();
        for (j, number) in s.chapters.iter().enumerate() {
            chapter_stmt.execute(params![session_id, j, chapter(Some(*number))])?;
        }
        for (j, a) in s.attendance.iter().enumerate() {
            let member_id = members.get(a.member.as_str()).copied();
            attendance_stmt.execute(params![session_id, j, member_id, a.status])?;
        }
    }

    let mut stmt = conn.prepare_cached(
        "INSERT INTO retro_point (study_id, position, kind, text, chapter_id)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, p) in study.retro.iter().enumerate() {
        stmt.execute(params![study_id, i, p.kind, p.text, chapter(p.chapter)])?;
    }

    let mut stmt = conn.prepare_cached(
        "INSERT INTO draw (study_id, position, drawn_at, chapter_id, chosen_id)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut candidate_stmt = conn.prepare_cached(
        "INSERT INTO draw_candidate (draw_id, position, member_id) VALUES (?1, ?2, ?3)",
    )?;
    for (i, d) in study.draws.iter().enumerate() {
        let chosen = members.get(d.chosen.as_str()).copied();
        stmt.execute(params![
            study_id,
            i,
            d.drawn_at.to_rfc3339(),
            chapter(d.chapter),
            chosen
        ])?;
        let draw_id = conn.last_insert_rowid();
        for (j, name) in d.candidates.iter().enumerate() {
            let member_id = members.get(name.as_str()).copied();
            candidate_stmt.execute(params![draw_id, j, member_id])?;
        }
    }
    if !study.post.is_default() {
        post_settings::save(conn, StudyId(study_id), &study.post)?;
    }
    Ok(StudyId(study_id))
}

/// Reads the whole study `id`. A value that cannot be read (text that is not UTF-8, a date
/// that is not a date) fails with [`StoreError::Unreadable`], naming the study, table, row
/// and column: `check` reports it, and the export points there.
pub(super) fn load(conn: &Connection, id: StudyId, bodies: Bodies) -> Result<(Study, RowIds)> {
    load_rows(conn, id, bodies, None).map_err(|e| in_study(conn, id, e))
}

/// Every value of study `id` that cannot be read, the study read on past each one: what
/// `check` reports.
pub(super) fn unreadable_values(conn: &Connection, id: StudyId) -> Result<Vec<Unreadable>> {
    let found = RefCell::new(Vec::new());
    load_rows(conn, id, Bodies::Read, Some(&found))?;
    let mut found = found.into_inner();
    if !found.is_empty() {
        let label = study_label(conn, id);
        for value in &mut found {
            value.study.clone_from(&label);
        }
    }
    Ok(found)
}

fn load_rows(
    conn: &Connection,
    StudyId(id): StudyId,
    bodies: Bodies,
    found: Found<'_>,
) -> Result<(Study, RowIds)> {
    let mut ids = RowIds::default();
    let mut stmt = conn.prepare_cached(
        "SELECT s.name, s.status, s.started_on, s.ended_on, s.cadence, s.venue, s.motivation,
                s.how_it_ran, s.deposit_amount, s.deposit_currency, s.deposit_penalty, s.closing,
                s.next_title, s.next_url, s.next_note,
                b.title, b.authors, b.publisher, b.url, b.isbn, b.pages, b.summary, b.rowid
         FROM study s JOIN book b ON b.study_id = s.id WHERE s.id = ?1",
    )?;
    let mut rows = stmt.query([id])?;
    let r = rows.next()?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
    let book_row: i64 = r.get(22)?;
    let mut study = {
        let read = |r: &Row<'_>| {
            Ok(Study {
                name: r.get(0)?,
                status: r.get(1)?,
                started_on: r.get(2)?,
                ended_on: r.get(3)?,
                cadence: r.get(4)?,
                venue: r.get(5)?,
                motivation: r.get(6)?,
                how_it_ran: r.get(7)?,
                deposit: Deposit {
                    amount: r.get(8)?,
                    currency: r.get(9)?,
                    penalty: r.get(10)?,
                },
                closing: r.get(11)?,
                next: NextStudy {
                    title: r.get(12)?,
                    url: r.get(13)?,
                    note: r.get(14)?,
                },
                book: Book {
                    title: r.get(15)?,
                    authors: parse_authors(&r.get::<_, String>(16)?, 16)?,
                    publisher: r.get(17)?,
                    url: r.get(18)?,
                    isbn: r.get(19)?,
                    pages: r.get(20)?,
                    summary: r.get(21)?,
                },
                members: Vec::new(),
                chapters: Vec::new(),
                sessions: Vec::new(),
                retro: Vec::new(),
                draws: Vec::new(),
                post: PostSettings::default(),
            })
        };
        match read(r) {
            Ok(study) => study,
            Err(e) => {
                // The columns from 15 on are the book's.
                let book = matches!(&e, rusqlite::Error::FromSqlConversionFailure(i, ..)
                    | rusqlite::Error::InvalidColumnType(i, ..)
                    | rusqlite::Error::Utf8Error(i, ..) if *i >= 15);
                let err = if book {
                    unreadable_value(r, "book", book_row, e)
                } else {
                    unreadable_value(r, "study", id, e)
                };
                // Kept: the rest of the study is read on into an empty one.
                keep_or_fail::<()>(found, err)?;
                Study::new("", "")
            }
        }
    };
    drop(rows);
    if let Some(post) = post_settings::load(conn, StudyId(id), found)? {
        study.post = post;
    }

    let mut names = HashMap::new();
    let mut stmt = conn
        .prepare_cached("SELECT id, name, me FROM member WHERE study_id = ?1 ORDER BY position")?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let member_id: i64 = r.get(0)?;
        let Some((name, me)) = read_row(found, r, "member", member_id, |r| {
            Ok((r.get::<_, String>(1)?, r.get(2)?))
        })?
        else {
            continue;
        };
        names.insert(member_id, name.clone());
        ids.members.push(member_id);
        study.members.push(Member { name, me });
    }
    let name = |member_id: Option<i64>| member_id.and_then(|m| names.get(&m).cloned());

    let mut numbers = HashMap::new();
    let mut index = HashMap::new();
    let mut stmt = conn.prepare_cached(match bodies {
        Bodies::Read => {
            "SELECT id, number, title, scheduled_on, presenter_id, status, why, notes
             FROM chapter WHERE study_id = ?1 ORDER BY position"
        }
        Bodies::Skip => {
            "SELECT id, number, title, scheduled_on, presenter_id, status, why, ''
             FROM chapter WHERE study_id = ?1 ORDER BY position"
        }
    })?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let chapter_id: i64 = r.get(0)?;
        let Some(chapter) = read_row(found, r, "chapter", chapter_id, |r| {
            Ok(Chapter {
                number: r.get(1)?,
                title: r.get(2)?,
                scheduled_on: r.get(3)?,
                presenter: name(r.get(4)?),
                status: r.get(5)?,
                why: r.get(6)?,
                notes: r.get(7)?,
                links: Vec::new(),
            })
        })?
        else {
            continue;
        };
        numbers.insert(chapter_id, chapter.number);
        index.insert(chapter_id, study.chapters.len());
        ids.chapters.push(chapter_id);
        study.chapters.push(chapter);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT l.chapter_id, l.title, l.url, l.id FROM chapter_link l
         JOIN chapter c ON c.id = l.chapter_id
         WHERE c.study_id = ?1 ORDER BY l.chapter_id, l.position",
    )?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            let link = read_row(found, r, "chapter_link", r.get(3)?, |r| {
                Ok(Link {
                    title: r.get(1)?,
                    url: r.get(2)?,
                })
            })?;
            study.chapters[i].links.extend(link);
        }
    }
    let number = |chapter_id: Option<i64>| chapter_id.and_then(|c| numbers.get(&c).copied());

    (ids.sessions, ids.session_has_notes) =
        load_sessions(conn, id, &mut study, (bodies, found), &name, &number)?;

    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, text, chapter_id FROM retro_point WHERE study_id = ?1
         ORDER BY position",
    )?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let point_id: i64 = r.get(0)?;
        let Some(point) = read_row(found, r, "retro_point", point_id, |r| {
            Ok(RetroPoint {
                kind: r.get(1)?,
                text: r.get(2)?,
                chapter: number(r.get(3)?),
            })
        })?
        else {
            continue;
        };
        ids.retro.push(point_id);
        study.retro.push(point);
    }

    load_draws(conn, id, &mut study, found, &name, &number)?;
    Ok((study, ids))
}

fn load_sessions(
    conn: &Connection,
    study_id: i64,
    study: &mut Study,
    (bodies, found): (Bodies, Found<'_>),
    name: &dyn Fn(Option<i64>) -> Option<String>,
    number: &dyn Fn(Option<i64>) -> Option<u32>,
) -> Result<(Vec<i64>, Vec<bool>)> {
    let mut index = HashMap::new();
    let mut ids = Vec::new();
    let mut stmt = conn.prepare_cached(match bodies {
        Bodies::Read => {
            "SELECT id, held_on, presenter_id, notes, notes <> '' FROM session
             WHERE study_id = ?1 ORDER BY position"
        }
        Bodies::Skip => {
            "SELECT id, held_on, presenter_id, '', notes <> '' FROM session
             WHERE study_id = ?1 ORDER BY position"
        }
    })?;
    let mut rows = stmt.query([study_id])?;
    let mut has_notes = Vec::new();
    while let Some(r) = rows.next()? {
        let session_id: i64 = r.get(0)?;
        let Some((session, notes)) = read_row(found, r, "session", session_id, |r| {
            Ok((
                Session {
                    held_on: r.get(1)?,
                    chapters: Vec::new(),
                    presenter: name(r.get(2)?),
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
        index.insert(session_id, study.sessions.len());
        study.sessions.push(session);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT sc.session_id, sc.chapter_id FROM session_chapter sc
         JOIN session s ON s.id = sc.session_id
         WHERE s.study_id = ?1 ORDER BY sc.session_id, sc.position",
    )?;
    let mut rows = stmt.query([study_id])?;
    while let Some(r) = rows.next()? {
        if let (Some(&i), Some(n)) = (index.get(&r.get::<_, i64>(0)?), number(r.get(1)?)) {
            study.sessions[i].chapters.push(n);
        }
    }
    let mut stmt = conn.prepare_cached(
        "SELECT a.session_id, a.member_id, a.status, a.rowid FROM attendance a
         JOIN session s ON s.id = a.session_id
         WHERE s.study_id = ?1 ORDER BY a.session_id, a.position",
    )?;
    let mut rows = stmt.query([study_id])?;
    while let Some(r) = rows.next()? {
        if let (Some(&i), Some(member)) = (index.get(&r.get::<_, i64>(0)?), name(r.get(1)?))
            && let Some(status) = read_row(found, r, "attendance", r.get(3)?, |r| r.get(2))?
        {
            study.sessions[i]
                .attendance
                .push(Attendance { member, status });
        }
    }
    Ok((ids, has_notes))
}

fn load_draws(
    conn: &Connection,
    study_id: i64,
    study: &mut Study,
    found: Found<'_>,
    name: &dyn Fn(Option<i64>) -> Option<String>,
    number: &dyn Fn(Option<i64>) -> Option<u32>,
) -> Result<()> {
    let mut index = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT id, drawn_at, chapter_id, chosen_id FROM draw WHERE study_id = ?1 ORDER BY position",
    )?;
    let mut rows = stmt.query([study_id])?;
    while let Some(r) = rows.next()? {
        let draw_id: i64 = r.get(0)?;
        let Some(drawn_at) = read_row(found, r, "draw", draw_id, |r| {
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
        index.insert(draw_id, study.draws.len());
        study.draws.push(Draw {
            drawn_at,
            chapter: number(r.get(2)?),
            candidates: Vec::new(),
            chosen: name(r.get(3)?).unwrap_or_default(),
        });
    }
    let mut stmt = conn.prepare_cached(
        "SELECT dc.draw_id, dc.member_id FROM draw_candidate dc
         JOIN draw d ON d.id = dc.draw_id
         WHERE d.study_id = ?1 ORDER BY dc.draw_id, dc.position",
    )?;
    let mut rows = stmt.query([study_id])?;
    while let Some(r) = rows.next()? {
        if let (Some(&i), Some(member)) = (index.get(&r.get::<_, i64>(0)?), name(r.get(1)?)) {
            study.draws[i].candidates.push(member);
        }
    }
    Ok(())
}
