//! The one way an edit reaches the journal: one immediate transaction per change, and the
//! study it touched checked before the commit, so an edit that would leave the study
//! inconsistent (a duplicate chapter number, a presenter who is not a member) is rolled
//! back and reported instead of stored.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use super::snapshot::{self, Bodies};
use super::{Checked, Result, Store, StoreError, StudyId};
use crate::domain::validate_study;

impl Store {
    pub(super) fn write<T>(
        &mut self,
        study: StudyId,
        change: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<T> {
        self.checked.replace(None);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = change(&tx)?;
        let after = snapshot::load(&tx, study, Bodies::Skip)?;
        let problems = validate_study(&after.0);
        if !problems.is_empty() {
            // Dropping the transaction rolls the change back.
            return Err(StoreError::Invalid { problems });
        }
        tx.commit()?;
        let state = self.write_state()?;
        self.checked.replace(Some(Checked {
            study,
            state,
            outline: after,
        }));
        Ok(out)
    }
}

/// The member of `study` named `name`.
pub(super) fn member_id(conn: &Connection, study: StudyId, name: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM member WHERE study_id = ?1 AND name = ?2",
            rusqlite::params![study.0, name],
            |r| r.get(0),
        )
        .optional()?)
}

/// The chapter of `study` numbered `number`.
pub(super) fn chapter_id(conn: &Connection, study: StudyId, number: u32) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM chapter WHERE study_id = ?1 AND number = ?2",
            rusqlite::params![study.0, number],
            |r| r.get(0),
        )
        .optional()?)
}

/// A reference by name to a member that does not exist, reported as the validation would.
pub(super) fn unknown(path: &str, message: String) -> StoreError {
    StoreError::Invalid {
        problems: vec![crate::domain::Problem {
            path: path.to_owned(),
            message,
        }],
    }
}

/// The next free position at the end of a list.
pub(super) fn next_position(conn: &Connection, table: &str, study: StudyId) -> Result<i64> {
    // `table` is one of ours, never user input.
    Ok(conn.query_row(
        &format!("SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE study_id = ?1"),
        [study.0],
        |r| r.get(0),
    )?)
}
