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

/// An import under way: see [`Store::begin_import`].
pub struct Importer<'s> {
    tx: rusqlite::Transaction<'s>,
    conflict: Conflict,
    /// The names already in the journal, with `Conflict::Refuse`. Once one is found nothing
    /// more is written, but every such name is gathered, for the refusal to list them all.
    taken: Vec<String>,
    imported: Vec<Imported>,
}

impl Importer<'_> {
    /// Adds one study, after checking it (an invalid study fails the import).
    pub fn add(&mut self, study: &Study) -> Result<()> {
        let problems = validate_study(study);
        if !problems.is_empty() {
            return Err(StoreError::Invalid { problems });
        }
        let tx = &self.tx;
        let outcome = match (name_position(tx, &study.name)?, self.conflict) {
            (Some(_), Conflict::Refuse) => {
                self.taken.push(study.name.clone());
                return Ok(());
            }
            // The import is refused already: the rest is only checked for taken names.
            _ if !self.taken.is_empty() => return Ok(()),
            (None, _) => Imported {
                id: insert_study::insert(tx, study, None)?,
                name: study.name.clone(),
                renamed_from: None,
                replaced: false,
            },
            (Some((old_id, position)), Conflict::Replace) => {
                tx.execute("DELETE FROM study WHERE id = ?1", [old_id])?;
                Imported {
                    id: insert_study::insert(tx, study, Some(position))?,
                    name: study.name.clone(),
                    renamed_from: None,
                    replaced: true,
                }
            }
            (Some(_), Conflict::Rename) => {
                let name = free_name(tx, &study.name)?;
                let renamed = Study {
                    name: name.clone(),
                    ..study.clone()
                };
                Imported {
                    id: insert_study::insert(tx, &renamed, None)?,
                    name,
                    renamed_from: Some(study.name.clone()),
                    replaced: false,
                }
            }
        };
        self.imported.push(outcome);
        Ok(())
    }

    /// Keeps what was added, unless a name was taken (`Conflict::Refuse`): then nothing.
    pub fn commit(self) -> Result<Vec<Imported>> {
        if !self.taken.is_empty() {
            return Err(StoreError::StudiesExist { names: self.taken });
        }
        self.tx.commit()?;
        Ok(self.imported)
    }
}

impl Store {
    /// Adds `studies` to the journal, all or nothing.
    pub fn import(&mut self, studies: &[Study], conflict: Conflict) -> Result<Vec<Imported>> {
        // Every study checked before the journal is locked, as an invalid one is refused
        // whatever else is true.
        for study in studies {
            let problems = validate_study(study);
            if !problems.is_empty() {
                return Err(StoreError::Invalid { problems });
            }
        }
        let mut importer = self.begin_import(conflict)?;
        for study in studies {
            importer.add(study)?;
        }
        importer.commit()
    }

    /// Starts an import that takes its studies one at a time (as a document is read), in
    /// one transaction: [`Importer::commit`] keeps them all, dropping the importer keeps
    /// none.
    pub fn begin_import(&mut self, conflict: Conflict) -> Result<Importer<'_>> {
        Ok(Importer {
            tx: self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?,
            conflict,
            taken: Vec::new(),
            imported: Vec::new(),
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn names(store: &Store) -> Vec<String> {
        let names = store.study_names().expect("names");
        names.into_iter().map(|(_, name)| name).collect()
    }

    #[test]
    fn a_refused_import_names_every_study_already_there_and_writes_nothing() {
        let mut store = Store::open_in_memory().expect("journal");
        let taken = [Study::new("a", "B"), Study::new("c", "B")];
        store.import(&taken, Conflict::Refuse).expect("import");
        let mut importer = store.begin_import(Conflict::Refuse).expect("begin");
        for name in ["new", "a", "other", "c"] {
            importer.add(&Study::new(name, "B")).expect("add");
        }
        match importer.commit() {
            Err(StoreError::StudiesExist { names }) => assert_eq!(names, ["a", "c"]),
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert_eq!(names(&store), ["a", "c"]);
    }

    #[test]
    fn an_importer_dropped_before_its_commit_writes_nothing() {
        let mut store = Store::open_in_memory().expect("journal");
        let mut importer = store.begin_import(Conflict::Refuse).expect("begin");
        importer.add(&Study::new("a", "B")).expect("add");
        drop(importer);
        assert!(names(&store).is_empty());
    }

    #[test]
    fn an_invalid_study_fails_the_add() {
        let mut store = Store::open_in_memory().expect("journal");
        let mut importer = store.begin_import(Conflict::Refuse).expect("begin");
        let err = importer.add(&Study::new(" ", "B")).expect_err("no name");
        assert!(matches!(err, StoreError::Invalid { .. }), "{err:?}");
    }
}
