//! Reading a whole study out of the journal: what the export, the study screen and `check`
//! read. Row ids become the names and numbers of the interchange format again, one step per
//! table; a value that cannot be read is named by its place (see [`super::unreadable`]).

use std::cell::RefCell;

use rusqlite::{Connection, Row};

use super::codec::parse_authors;
use super::ids::{ChapterId, SessionId, StudyId};
pub(super) use super::load_lists::Bodies;
use super::load_lists::{
    Reading, Refs, index_of, read_attendance, read_chapter_links, read_chapters, read_draws,
    read_members, read_retro_points, read_session_chapters, read_sessions,
};
use super::outline::{ListIds, Outline};
use super::unreadable::{Unreadable, in_study, keep_or_fail, study_label, unreadable_value};
use super::{Result, Store, post_settings};
use crate::domain::{Book, Deposit, NextStudy, PostSettings, Study};

impl Store {
    /// Everything the journal holds about one study, lists in their stored order.
    pub fn load_study(&self, id: StudyId) -> Result<Study> {
        load(&self.conn, id, Bodies::Read).map(Outline::into_study)
    }

    /// A study without its chapter and session notes (left empty), its items with their
    /// ids: what the study screen needs to open quickly on a study of any size.
    pub fn load_outline(&self, id: StudyId) -> Result<Outline> {
        let checked = self.checked.borrow_mut().take();
        match checked {
            Some(c) if c.study == id && c.state == self.write_state()? => Ok(c.outline),
            _ => load(&self.conn, id, Bodies::Skip),
        }
    }

    /// The notes of one session.
    pub fn session_notes(&self, session_id: SessionId) -> Result<String> {
        Ok(self.conn.query_row(
            "SELECT notes FROM session WHERE id = ?1",
            [session_id],
            |r| r.get(0),
        )?)
    }

    /// The notes of one chapter.
    pub fn chapter_notes(&self, chapter_id: ChapterId) -> Result<String> {
        Ok(self.conn.query_row(
            "SELECT notes FROM chapter WHERE id = ?1",
            [chapter_id],
            |r| r.get(0),
        )?)
    }
}

/// Reads the whole study `id`. A value that cannot be read (text that is not UTF-8, a date
/// that is not a date) fails with [`super::StoreError::Unreadable`], naming the study,
/// table, row and column: `check` reports it, and the export points there.
pub(super) fn load(conn: &Connection, id: StudyId, bodies: Bodies) -> Result<Outline> {
    load_rows(&Reading::new(conn, id, bodies, None)).map_err(|e| in_study(conn, id, e))
}

/// Every value of study `id` that cannot be read, the study read on past each one: what
/// `check` reports.
pub(super) fn unreadable_values(conn: &Connection, id: StudyId) -> Result<Vec<Unreadable>> {
    let found = RefCell::new(Vec::new());
    load_rows(&Reading::new(conn, id, Bodies::Read, Some(&found)))?;
    let mut found = found.into_inner();
    if !found.is_empty() {
        let label = study_label(conn, id);
        for value in &mut found {
            value.study.clone_from(&label);
        }
    }
    Ok(found)
}

fn load_rows(at: &Reading<'_, '_>) -> Result<Outline> {
    let mut study = read_study_and_book(at)?;
    if let Some(post) = post_settings::load(at.conn, StudyId(at.study), at.found)? {
        study.post = post;
    }
    let mut ids = ListIds::default();
    let mut refs = Refs::default();
    (study.members, ids.members) = read_members(at, &mut refs)?;
    (study.chapters, ids.chapters) = read_chapters(at, &mut refs)?;
    read_chapter_links(at, &index_of(&ids.chapters), &mut study.chapters)?;
    (study.sessions, ids.sessions, ids.session_has_notes) = read_sessions(at, &refs)?;
    let sessions = index_of(&ids.sessions);
    read_session_chapters(at, &sessions, &mut study.sessions, &refs)?;
    read_attendance(at, &sessions, &mut study.sessions, &refs)?;
    (study.retro, ids.points) = read_retro_points(at, &refs)?;
    study.draws = read_draws(at, &refs)?;
    Ok(Outline::new(study, ids))
}

/// The study's own fields and its book, its lists left empty. A value that cannot be read
/// goes to `found` and the rest of the study is read on into an empty one.
fn read_study_and_book(at: &Reading<'_, '_>) -> Result<Study> {
    let mut stmt = at.conn.prepare_cached(
        "SELECT s.name, s.status, s.started_on, s.ended_on, s.cadence, s.venue, s.motivation,
                s.how_it_ran, s.deposit_amount, s.deposit_currency, s.deposit_penalty, s.closing,
                s.next_title, s.next_url, s.next_note,
                b.title, b.authors, b.publisher, b.url, b.isbn, b.pages, b.summary, b.rowid
         FROM study s JOIN book b ON b.study_id = s.id WHERE s.id = ?1",
    )?;
    let mut rows = stmt.query([at.study])?;
    let r = rows.next()?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
    let book_row: i64 = r.get(22)?;
    match study_from_row(r) {
        Ok(study) => Ok(study),
        Err(e) => {
            // The columns from 15 on are the book's.
            let book = matches!(&e, rusqlite::Error::FromSqlConversionFailure(i, ..)
                | rusqlite::Error::InvalidColumnType(i, ..)
                | rusqlite::Error::Utf8Error(i, ..) if *i >= 15);
            let err = if book {
                unreadable_value(r, "book", book_row, e)
            } else {
                unreadable_value(r, "study", at.study, e)
            };
            keep_or_fail::<()>(at.found, err)?;
            Ok(Study::new("", ""))
        }
    }
}

fn study_from_row(r: &Row<'_>) -> rusqlite::Result<Study> {
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
}
