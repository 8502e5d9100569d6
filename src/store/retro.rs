//! Adding, changing, moving and removing retro points.

use super::write::one_row;
use rusqlite::{Connection, params};

use super::ids::{ChapterId, PointId};
use super::lookups::{chapter_id, next_position, unknown};
use super::{Result, Store, StudyId};
use crate::domain::RetroPoint;
use crate::domain::validate::ProblemKind;

impl Store {
    /// Adds `point` after every other point; returns its id.
    pub fn add_retro_point(&mut self, study: StudyId, point: &RetroPoint) -> Result<PointId> {
        self.write(study, |tx| {
            let position = next_position(tx, "retro_point", study)?;
            tx.execute(
                "INSERT INTO retro_point (study_id, position, kind, text, chapter_id)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    study.0,
                    position,
                    point.kind,
                    point.text,
                    chapter(tx, study, point)?
                ],
            )?;
            Ok(PointId(tx.last_insert_rowid()))
        })
    }

    /// Changes a point's kind (moving it to another column), text and chapter.
    pub fn update_retro_point(
        &mut self,
        study: StudyId,
        id: PointId,
        point: &RetroPoint,
    ) -> Result<()> {
        self.write(study, |tx| {
            one_row(tx.execute(
                "UPDATE retro_point SET kind = ?1, text = ?2, chapter_id = ?3 WHERE id = ?4",
                params![point.kind, point.text, chapter(tx, study, point)?, id],
            )?)?;
            Ok(())
        })
    }

    /// Swaps the places of two points, to move one up or down.
    pub fn swap_retro_points(&mut self, study: StudyId, a: PointId, b: PointId) -> Result<()> {
        self.write(study, |tx| {
            let position = |id: PointId| -> Result<i64> {
                Ok(tx.query_row(
                    "SELECT position FROM retro_point WHERE id = ?1",
                    [id],
                    |r| r.get(0),
                )?)
            };
            let (pa, pb) = (position(a)?, position(b)?);
            let mut stmt =
                tx.prepare_cached("UPDATE retro_point SET position = ?1 WHERE id = ?2")?;
            stmt.execute(params![pb, a])?;
            stmt.execute(params![pa, b])?;
            Ok(())
        })
    }

    pub fn delete_retro_point(&mut self, study: StudyId, id: PointId) -> Result<()> {
        self.write(study, |tx| {
            tx.execute("DELETE FROM retro_point WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}

fn chapter(tx: &Connection, study: StudyId, point: &RetroPoint) -> Result<Option<ChapterId>> {
    match point.chapter {
        None => Ok(None),
        Some(number) => chapter_id(tx, study, number)?
            .map(Some)
            .ok_or_else(|| unknown("chapter", ProblemKind::NoChapter { number })),
    }
}
