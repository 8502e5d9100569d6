//! Writing a whole study into the journal: what an import, a new study and an undo put
//! there. The interchange format refers to members by name and to chapters by number; here
//! those become the row ids of the rows just written, in one step per table.

use std::collections::HashMap;

use rusqlite::{Connection, params};

use super::codec::authors_json;
use super::ids::StudyId;
use super::{Result, post_settings};
use crate::domain::{Attendance, Book, Chapter, Draw, Link, Member, RetroPoint, Session, Study};

/// Inserts `study` as the journal's last study (or at `position`). The caller owns the
/// transaction and has validated the study.
pub(super) fn insert(conn: &Connection, study: &Study, position: Option<i64>) -> Result<StudyId> {
    let position = match position {
        Some(p) => p,
        None => next_study_position(conn)?,
    };
    let id = insert_study_row(conn, study, position)?;
    insert_book(conn, id, &study.book)?;
    let members = insert_members(conn, id, &study.members)?;
    let chapters = insert_chapters(conn, id, &study.chapters, &members)?;
    let rows = NewRows { members, chapters };
    insert_sessions(conn, id, &study.sessions, &rows)?;
    insert_retro_points(conn, id, &study.retro, &rows)?;
    insert_draws(conn, id, &study.draws, &rows)?;
    if !study.post.is_default() {
        post_settings::save(conn, id, &study.post)?;
    }
    Ok(id)
}

/// The rows just written for the study's members and chapters, by the name or number the
/// rest of the study refers to them with.
struct NewRows<'s> {
    members: HashMap<&'s str, i64>,
    chapters: HashMap<u32, i64>,
}

impl NewRows<'_> {
    fn member(&self, name: &str) -> Option<i64> {
        self.members.get(name).copied()
    }

    fn chapter(&self, number: Option<u32>) -> Option<i64> {
        number.and_then(|n| self.chapters.get(&n).copied())
    }
}

/// The position after the journal's last study.
fn next_study_position(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT coalesce(max(position), 0) + 1 FROM study",
        [],
        |r| r.get(0),
    )?)
}

/// The study's own fields, as the row every other row of the study points at.
fn insert_study_row(conn: &Connection, study: &Study, position: i64) -> Result<StudyId> {
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
    Ok(StudyId(conn.last_insert_rowid()))
}

fn insert_book(conn: &Connection, StudyId(study): StudyId, book: &Book) -> Result<()> {
    conn.execute(
        "INSERT INTO book (study_id, title, authors, publisher, url, isbn, pages, summary)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            study,
            book.title,
            authors_json(&book.authors),
            book.publisher,
            book.url,
            book.isbn,
            book.pages,
            book.summary,
        ],
    )?;
    Ok(())
}

/// The members in their order; returns each one's row by name.
fn insert_members<'s>(
    conn: &Connection,
    StudyId(study): StudyId,
    members: &'s [Member],
) -> Result<HashMap<&'s str, i64>> {
    let mut rows = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "INSERT INTO member (study_id, position, name, me) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, m) in members.iter().enumerate() {
        stmt.execute(params![study, i, m.name, m.me])?;
        rows.insert(m.name.as_str(), conn.last_insert_rowid());
    }
    Ok(rows)
}

/// The chapters in their order, each with its links; returns each one's row by number.
fn insert_chapters(
    conn: &Connection,
    StudyId(study): StudyId,
    chapters: &[Chapter],
    members: &HashMap<&str, i64>,
) -> Result<HashMap<u32, i64>> {
    let mut rows = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "INSERT INTO chapter (study_id, position, number, title, scheduled_on, presenter_id,
             status, why, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (i, c) in chapters.iter().enumerate() {
        let presenter = c.presenter.as_deref().and_then(|n| members.get(n).copied());
        stmt.execute(params![
            study,
            i,
            c.number,
            c.title,
            c.scheduled_on,
            presenter,
            c.status,
            c.why,
            c.notes,
        ])?;
        let chapter_id = conn.last_insert_rowid();
        rows.insert(c.number, chapter_id);
        insert_links(conn, chapter_id, &c.links)?;
    }
    Ok(rows)
}

fn insert_links(conn: &Connection, chapter_id: i64, links: &[Link]) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO chapter_link (chapter_id, position, title, url) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (j, link) in links.iter().enumerate() {
        stmt.execute(params![chapter_id, j, link.title, link.url])?;
    }
    Ok(())
}

/// The sessions in their order, each with the chapters it covered and its attendance.
fn insert_sessions(
    conn: &Connection,
    StudyId(study): StudyId,
    sessions: &[Session],
    rows: &NewRows<'_>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO session (study_id, position, held_on, presenter_id, notes)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, s) in sessions.iter().enumerate() {
        let presenter = s.presenter.as_deref().and_then(|n| rows.member(n));
        stmt.execute(params![study, i, s.held_on, presenter, s.notes])?;
        let session_id = conn.last_insert_rowid();
        insert_session_chapters(conn, session_id, &s.chapters, rows)?;
        insert_attendance(conn, session_id, &s.attendance, rows)?;
    }
    Ok(())
}

fn insert_session_chapters(
    conn: &Connection,
    session_id: i64,
    numbers: &[u32],
    rows: &NewRows<'_>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO session_chapter (session_id, position, chapter_id) VALUES (?1, ?2, ?3)",
    )?;
    for (j, number) in numbers.iter().enumerate() {
        stmt.execute(params![session_id, j, rows.chapter(Some(*number))])?;
    }
    Ok(())
}

fn insert_attendance(
    conn: &Connection,
    session_id: i64,
    attendance: &[Attendance],
    rows: &NewRows<'_>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO attendance (session_id, position, member_id, status) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (j, a) in attendance.iter().enumerate() {
        stmt.execute(params![session_id, j, rows.member(&a.member), a.status])?;
    }
    Ok(())
}

fn insert_retro_points(
    conn: &Connection,
    StudyId(study): StudyId,
    points: &[RetroPoint],
    rows: &NewRows<'_>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO retro_point (study_id, position, kind, text, chapter_id)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, p) in points.iter().enumerate() {
        stmt.execute(params![study, i, p.kind, p.text, rows.chapter(p.chapter)])?;
    }
    Ok(())
}

/// The presenter draws in their order, each with the members it drew from.
fn insert_draws(
    conn: &Connection,
    StudyId(study): StudyId,
    draws: &[Draw],
    rows: &NewRows<'_>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO draw (study_id, position, drawn_at, chapter_id, chosen_id)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut candidate_stmt = conn.prepare_cached(
        "INSERT INTO draw_candidate (draw_id, position, member_id) VALUES (?1, ?2, ?3)",
    )?;
    for (i, d) in draws.iter().enumerate() {
        stmt.execute(params![
            study,
            i,
            d.drawn_at.to_rfc3339(),
            rows.chapter(d.chapter),
            rows.member(&d.chosen)
        ])?;
        let draw_id = conn.last_insert_rowid();
        for (j, name) in d.candidates.iter().enumerate() {
            candidate_stmt.execute(params![draw_id, j, rows.member(name)])?;
        }
    }
    Ok(())
}
