//! Taking back the last deletion: before a study, chapter, member, session or point is
//! deleted, the whole study is kept in memory; undoing puts that copy back in the study's
//! place in one transaction. A copy is only good until the study changes again, which the
//! UI enforces by dropping it after any other edit.

use rusqlite::TransactionBehavior;

use super::snapshot::{self, Bodies};
use super::{Result, Store, StudyId};
use crate::domain::Study;

/// A study as it was, with its place in the journal.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub id: StudyId,
    pub position: i64,
    pub study: Study,
}

impl Store {
    /// The whole study, notes and all, and where it is in the journal.
    pub fn snapshot(&self, id: StudyId) -> Result<Snapshot> {
        let position =
            self.conn
                .query_row("SELECT position FROM study WHERE id = ?1", [id.0], |r| {
                    r.get(0)
                })?;
        let (study, _) = snapshot::load(&self.conn, id, Bodies::Read)?;
        Ok(Snapshot {
            id,
            position,
            study,
        })
    }

    /// Puts `snapshot` back: the study as it is now (if it is still there) is replaced.
    /// Returns the restored study's id.
    pub fn restore(&mut self, snapshot: &Snapshot) -> Result<StudyId> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute("DELETE FROM study WHERE id = ?1", [snapshot.id.0])?;
        let id = snapshot::insert(&tx, &snapshot.study, Some(snapshot.position))?;
        tx.commit()?;
        Ok(id)
    }
}
