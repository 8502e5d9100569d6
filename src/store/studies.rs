//! The list of studies: what the home screen and `studylog list` show, and finding a study
//! by the name a person typed.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::ids::StudyId;
use super::unreadable::{in_study, read_one};
use super::{Result, Store};
use crate::domain::StudyStatus;
use crate::domain::stats::Progress;

/// One row of the study list: only what the list shows, never the bodies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StudySummary {
    #[serde(skip)]
    pub id: StudyId,
    pub name: String,
    pub book: String,
    pub status: StudyStatus,
    pub started_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
    pub progress: Progress,
}

/// Whether the chapter `c` is finished, as `Progress::of` counts it: a session covered it,
/// or it is done, presented or skipped.
macro_rules! chapter_finished {
    () => {
        "c.status IN ('done', 'presented', 'skipped')
         OR EXISTS (SELECT 1 FROM session_chapter sc WHERE sc.chapter_id = c.id)"
    };
}

impl Store {
    /// Every study, in journal order, with its progress: one pass over every chapter in
    /// the `chapter_progress` index.
    pub fn list_studies(&self) -> Result<Vec<StudySummary>> {
        self.list(
            concat!(
                "SELECT s.id, s.name, b.title, s.status, s.started_on, s.ended_on,
                        count(c.id), count(c.id) FILTER (WHERE ",
                chapter_finished!(),
                ")
                 FROM study s JOIN book b ON b.study_id = s.id
                 LEFT JOIN chapter c ON c.study_id = s.id
                 GROUP BY s.id ORDER BY s.position"
            ),
            true,
        )
    }

    /// Every study, in journal order, with its progress left at zero, not counted: a read of
    /// one row per study, where counting reads every chapter ([`Store::study_progress`]
    /// counts one study).
    pub fn list_studies_uncounted(&self) -> Result<Vec<StudySummary>> {
        self.list(
            "SELECT s.id, s.name, b.title, s.status, s.started_on, s.ended_on
             FROM study s JOIN book b ON b.study_id = s.id ORDER BY s.position",
            false,
        )
    }

    /// One study's progress, as [`Store::list_studies`] counts it.
    pub fn study_progress(&self, id: StudyId) -> Result<Progress> {
        let mut stmt = self.conn.prepare_cached(concat!(
            "SELECT count(*), count(*) FILTER (WHERE ",
            chapter_finished!(),
            ") FROM chapter c WHERE c.study_id = ?1"
        ))?;
        Ok(stmt.query_row([id.0], |r| {
            Ok(Progress {
                total: r.get(0)?,
                finished: r.get(1)?,
            })
        })?)
    }

    /// The studies `sql` gives: id, name, book title, status, dates, then, when `counted`,
    /// the chapters and those finished.
    fn list(&self, sql: &str, counted: bool) -> Result<Vec<StudySummary>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query([])?;
        let mut studies = Vec::new();
        while let Some(r) = rows.next()? {
            let id = StudyId(r.get(0)?);
            let summary = read_study_row(&self.conn, r, id, |r| {
                Ok(StudySummary {
                    id,
                    name: r.get(1)?,
                    book: r.get(2)?,
                    status: r.get(3)?,
                    started_on: r.get(4)?,
                    ended_on: r.get(5)?,
                    progress: Progress {
                        total: if counted { r.get(6)? } else { 0 },
                        finished: if counted { r.get(7)? } else { 0 },
                    },
                })
            })?;
            studies.push(summary);
        }
        Ok(studies)
    }

    pub fn study_id_by_name(&self, name: &str) -> Result<Option<StudyId>> {
        Ok(self
            .conn
            .query_row("SELECT id FROM study WHERE name = ?1", [name], |r| {
                r.get(0).map(StudyId)
            })
            .optional()?)
    }

    /// The studies a person means by `query`: the one named exactly so, else every study
    /// whose name starts with it. More than one is ambiguous; the caller says so.
    pub fn find_studies(&self, query: &str) -> Result<Vec<(StudyId, String)>> {
        if let Some(id) = self.study_id_by_name(query)? {
            return Ok(vec![(id, query.to_owned())]);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name FROM study WHERE substr(name, 1, length(?1)) = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map(params![query], |r| Ok((StudyId(r.get(0)?), r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every study's id and name, in journal order.
    pub fn study_names(&self) -> Result<Vec<(StudyId, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name FROM study ORDER BY position")?;
        let mut rows = stmt.query([])?;
        let mut names = Vec::new();
        while let Some(r) = rows.next()? {
            let id = StudyId(r.get(0)?);
            names.push((id, read_study_row(&self.conn, r, id, |r| r.get(1))?));
        }
        Ok(names)
    }
}

/// Reads a row of the study table, naming the study, row and column of a value that cannot
/// be read. (The list's book title is named as the study's column `title`.)
fn read_study_row<T>(
    conn: &rusqlite::Connection,
    r: &rusqlite::Row<'_>,
    id: StudyId,
    read: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<T> {
    read_one(r, "study", id.0, read).map_err(|e| in_study(conn, id, e))
}
