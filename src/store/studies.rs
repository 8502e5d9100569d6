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

/// A study whose kept progress is off, as `studylog check` finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miscounted {
    pub name: String,
    /// The counts as kept (a hand edit may even have made them negative).
    pub kept_total: i64,
    pub kept_finished: i64,
    /// The counts as the chapters and sessions say.
    pub counted: Progress,
    /// Chapters marked covered that no session names, or the other way round.
    pub wrong_covered: usize,
}

impl Miscounted {
    pub fn counts_differ(&self) -> bool {
        (self.kept_total, self.kept_finished)
            != (
                i64::try_from(self.counted.total).unwrap_or(i64::MAX),
                i64::try_from(self.counted.finished).unwrap_or(i64::MAX),
            )
    }
}

/// The kept counts as a progress to show: a count made negative, or more finished than
/// there are chapters, by an edit around the triggers shows as what it can be (`check`
/// reports the counts as they are).
fn kept_progress(total: i64, finished: i64) -> Progress {
    let total = usize::try_from(total).unwrap_or(0);
    Progress {
        total,
        finished: usize::try_from(finished).unwrap_or(0).min(total),
    }
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
                    progress: kept_progress(r.get(6)?, r.get(7)?),
                })
            })?;
            studies.push(summary);
        }
        Ok(studies)
    }

    /// Each study whose kept progress is not what its chapters and sessions say:
    /// `studylog check` reports them. Only a journal changed around its triggers can have
    /// one (an edit of `study_progress` or of `chapter.covered` themselves).
    pub fn miscounted_progress(&self) -> Result<Vec<Miscounted>> {
        let mut stmt = self.conn.prepare(
            "SELECT s.name, coalesce(p.chapter_count, 0), coalesce(p.finished_count, 0),
                    count(c.id),
                    count(c.id) FILTER (WHERE c.status IN ('done', 'presented', 'skipped')
                        OR EXISTS (SELECT 1 FROM session_chapter sc WHERE sc.chapter_id = c.id)),
                    count(c.id) FILTER (WHERE c.covered
                        != EXISTS (SELECT 1 FROM session_chapter sc WHERE sc.chapter_id = c.id))
             FROM study s LEFT JOIN study_progress p ON p.study_id = s.id
             LEFT JOIN chapter c ON c.study_id = s.id
             GROUP BY s.id ORDER BY s.position",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Miscounted {
                name: r.get(0)?,
                kept_total: r.get(1)?,
                kept_finished: r.get(2)?,
                counted: Progress {
                    total: r.get(3)?,
                    finished: r.get(4)?,
                },
                wrong_covered: r.get(5)?,
            })
        })?;
        let mut miscounted = Vec::new();
        for row in rows {
            let study = row?;
            if study.counts_differ() || study.wrong_covered > 0 {
                miscounted.push(study);
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
