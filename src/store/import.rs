//! Writing whole studies: an import, or a new study from a form. One transaction each, so a
//! refused or failed import leaves the journal exactly as it was.

use rusqlite::{OptionalExtension, TransactionBehavior};

use super::ids::StudyId;
use super::{Result, Store, StoreError, insert_study};
use crate::domain::{Study, validate_study};

/// What to do when an imported study has the name of one already in the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Conflict {
    #[default]
    Refuse,
    /// Put the imported study in the old one's place.
    Replace,
    /// Import it as "NAME (2)", "NAME (3)", ...
    Rename,
}

/// What happened to one imported study.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub id: StudyId,
    /// The name it has in the journal (differs from the file's with `Conflict::Rename`).
    pub name: String,
    pub renamed_from: Option<String>,
    pub replaced: bool,
}

impl Store {
    /// Adds `studies` to the journal, all or nothing.
    pub fn import(&mut self, studies: &[Study], conflict: Conflict) -> Result<Vec<Imported>> {
        for study in studies {
            let problems = validate_study(study);
            if !problems.is_empty() {
                return Err(StoreError::Invalid { problems });
            }
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if conflict == Conflict::Refuse {
            let mut taken = Vec::new();
            for study in studies {
                if name_position(&tx, &study.name)?.is_some() {
                    taken.push(study.name.clone());
                }
            }
            if !taken.is_empty() {
                return Err(StoreError::StudiesExist { names: taken });
            }
        }
        let mut imported = Vec::with_capacity(studies.len());
        for study in studies {
            let outcome = match (name_position(&tx, &study.name)?, conflict) {
                (None, _) | (Some(_), Conflict::Refuse) => Imported {
                    id: insert_study::insert(&tx, study, None)?,
                    name: study.name.clone(),
                    renamed_from: None,
                    replaced: false,
                },
                (Some((old_id, position)), Conflict::Replace) => {
                    tx.execute("DELETE FROM study WHERE id = ?1", [old_id])?;
                    Imported {
                        id: insert_study::insert(&tx, study, Some(position))?,
                        name: study.name.clone(),
                        renamed_from: None,
                        replaced: true,
                    }
                }
                (Some(_), Conflict::Rename) => {
                    let name = free_name(&tx, &study.name)?;
                    let renamed = Study {
                        name: name.clone(),
                        ..study.clone()
                    };
                    Imported {
                        id: insert_study::insert(&tx, &renamed, None)?,
                        name,
                        renamed_from: Some(study.name.clone()),
                        replaced: false,
                    }
                }
            };
            imported.push(outcome);
        }
        tx.commit()?;
        Ok(imported)
    }

    /// Adds one new study; refuses a name already in the journal.
    pub fn insert_study(&mut self, study: &Study) -> Result<StudyId> {
        let imported = self.import(std::slice::from_ref(study), Conflict::Refuse)?;
        Ok(imported[0].id)
    }

    /// Deletes a study and everything it owns.
    pub fn delete_study(&mut self, id: StudyId) -> Result<()> {
        self.conn
            .execute("DELETE FROM study WHERE id = ?1", [id.0])?;
        Ok(())
    }
}

fn name_position(conn: &rusqlite::Connection, name: &str) -> Result<Option<(i64, i64)>> {
    Ok(conn
        .query_row(
            "SELECT id, position FROM study WHERE name = ?1",
            [name],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// The first of "NAME (2)", "NAME (3)", ... that no study has.
fn free_name(conn: &rusqlite::Connection, name: &str) -> Result<String> {
    let mut n: u64 = 2;
    loop {
        let candidate = format!("{name} ({n})");
        if name_position(conn, &candidate)?.is_none() {
            return Ok(candidate);
        }
        n += 1;
    }
}
