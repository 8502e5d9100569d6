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

impl Store {
    /// Every study, in journal order, with its progress: one row per study, the progress
    /// as the journal keeps it (`study_progress`), never counted here.
    pub fn list_studies(&self) -> Result<Vec<StudySummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.name, b.title, s.status, s.started_on, s.ended_on,
                    coalesce(p.chapter_count, 0), coalesce(p.finished_count, 0)
             FROM study s JOIN book b ON b.study_id = s.id
             LEFT JOIN study_progress p ON p.study_id = s.id
             ORDER BY s.position",
        )?;
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
                        total: r.get(6)?,
                        finished: r.get(7)?,
                    },
                })
            })?;
            studies.push(summary);
        }
        Ok(studies)
    }

    /// Each study whose kept progress is not what its chapters say, with both (kept, then
    /// counted as `Progress::of` counts): `studylog check` reports them. Only a journal
    /// changed with its triggers dropped can have one.
    pub fn miscounted_progress(&self) -> Result<Vec<(String, Progress, Progress)>> {
        let mut stmt = self.conn.prepare(
            "SELECT s.name, coalesce(p.chapter_count, 0), coalesce(p.finished_count, 0),
                    count(c.id),
                    count(c.id) FILTER (WHERE c.status IN ('done', 'presented', 'skipped')
                        OR EXISTS (SELECT 1 FROM session_chapter sc WHERE sc.chapter_id = c.id))
             FROM study s LEFT JOIN study_progress p ON p.study_id = s.id
             LEFT JOIN chapter c ON c.study_id = s.id
             GROUP BY s.id ORDER BY s.position",
        )?;
        let rows = stmt.query_map([], |r| {
            let kept = Progress {
                total: r.get(1)?,
                finished: r.get(2)?,
            };
            let counted = Progress {
                total: r.get(3)?,
                finished: r.get(4)?,
            };
            Ok((r.get(0)?, kept, counted))
        })?;
        let mut miscounted = Vec::new();
        for row in rows {
            let (name, kept, counted): (String, Progress, Progress) = row?;
            if kept != counted {
                miscounted.push((name, kept, counted));
            }
        }
        Ok(miscounted)
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
