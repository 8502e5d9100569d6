//! The one way an edit reaches the journal: one immediate transaction per change, and the
//! study it touched checked before the commit, so an edit that would leave the study
//! inconsistent (a duplicate chapter number, a presenter who is not a member) is rolled
//! back and reported instead of stored.

use rusqlite::{Connection, TransactionBehavior};

use super::load_study::{self, Bodies};
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
        let after = load_study::load(&tx, study, Bodies::Skip)?;
        let problems = validate_study(after.study());
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

/// An update of one item by its id: none changed means the item is gone, deleted or
/// replaced by another program (another studylog, an import) since it was read. Saying
/// "saved" then would lose what was typed without a word.
pub(super) fn one_row(changed: usize) -> Result<()> {
    if changed == 0 {
        return Err(StoreError::Gone);
    }
    Ok(())
}
