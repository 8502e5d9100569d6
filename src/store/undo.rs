//! Taking back the last deletion: before a study, chapter, member, session or point is
//! deleted, the whole study is kept in memory; undoing puts that copy back in the study's
//! place in one transaction. A copy is only good until the study changes again. The UI
//! drops it after any other edit of its own; a write by another program (`studylog draw`,
//! an import, a second window) is caught here: the study as the deletion left it is kept
//! too, and the undo is refused unless the study is still exactly so.

use rusqlite::TransactionBehavior;

use super::insert_study;
use super::load_study::{self, Bodies};
use super::{Result, Store, StoreError, StudyId};
use crate::domain::Study;

/// The copy of a study kept to undo a deletion: the study as it was, with its place in the
/// journal. Not the study that screens read (that is [`Study`]); only `restore` reads this.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoCopy {
    pub id: StudyId,
    pub position: i64,
    pub study: Study,
    /// The study as the deletion left it (`None` when the whole study went), once
    /// [`Store::note_after_delete`] has read it.
    after: Option<Study>,
}

impl Store {
    /// Takes the copy to undo a deletion with: the whole study, notes and all, and where it
    /// is in the journal.
    pub fn snapshot(&self, id: StudyId) -> Result<UndoCopy> {
        let position =
            self.conn
                .query_row("SELECT position FROM study WHERE id = ?1", [id.0], |r| {
                    r.get(0)
                })?;
        let study = load_study::load(&self.conn, id, Bodies::Read)?.into_study();
        Ok(UndoCopy {
            id,
            position,
            study,
            after: None,
        })
    }

    /// Notes the study as the deletion left it: `restore` puts the copy back only while
    /// the study is still exactly so. Call it right after the deletion.
    pub fn note_after_delete(&self, copy: &mut UndoCopy) -> Result<()> {
        copy.after = current(&self.conn, copy.id)?;
        Ok(())
    }

    /// Puts `copy` back: the study as it is now (if it is still there) is replaced.
    /// Returns the restored study's id.
    pub fn restore(&mut self, copy: &UndoCopy) -> Result<StudyId> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Read under the write lock, so nothing can slip in between the look and the put.
        let name_taken = copy.after.is_none()
            && tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM study WHERE name = ?1 AND id <> ?2)",
                rusqlite::params![copy.study.name, copy.id.0],
                |r| r.get::<_, bool>(0),
            )?;
        if name_taken || current(&tx, copy.id)? != copy.after {
            // Dropping the transaction writes nothing.
            return Err(StoreError::ChangedSince);
        }
        tx.execute("DELETE FROM study WHERE id = ?1", [copy.id.0])?;
        let id = insert_study::insert(&tx, &copy.study, Some(copy.position))?;
        tx.commit()?;
        Ok(id)
    }
}

/// The study `id` as it is now, or `None` when it is not in the journal.
fn current(conn: &rusqlite::Connection, id: StudyId) -> Result<Option<Study>> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM study WHERE id = ?1)",
        [id.0],
        |r| r.get(0),
    )?;
    if !exists {
        return Ok(None);
    }
    Ok(Some(load_study::load(conn, id, Bodies::Read)?.into_study()))
}
