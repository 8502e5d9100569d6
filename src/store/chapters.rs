//! Adding, changing and removing chapters. Chapters stay in number order: a new or
//! renumbered chapter goes before the first chapter with a higher number.

use super::write::one_row;
use rusqlite::{Connection, params};

use super::ids::{ChapterId, MemberId};
use super::lookups::{chapter_id, check_notes, member_id, unknown};
use super::{Result, Store, StudyId};
use crate::domain::validate::ProblemKind;
use crate::domain::{Chapter, ChapterStatus};

impl Store {
    /// Adds chapters (a pasted table of contents, or one from a form) in one transaction;
    /// returns their ids. Notes are written as given.
    pub fn add_chapters(&mut self, study: StudyId, chapters: &[Chapter]) -> Result<Vec<ChapterId>> {
        self.write(study, |tx| {
            let mut ids = Vec::with_capacity(chapters.len());
            for chapter in chapters {
                refuse_taken_number(tx, study, chapter.number, None)?;
                let presenter = presenter_id(tx, study, chapter)?;
                tx.execute(
                    "INSERT INTO chapter (study_id, position, number, title, scheduled_on,
                         presenter_id, status, why, notes)
                     VALUES (?1, 0, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        study.0,
                        chapter.number,
                        chapter.title,
                        chapter.scheduled_on,
                        presenter,
                        chapter.status,
                        chapter.why,
                        chapter.notes,
                    ],
                )?;
                let id = ChapterId(tx.last_insert_rowid());
                write_links(tx, id, chapter)?;
                place_by_number(tx, study, id, chapter.number)?;
                ids.push(id);
            }
            Ok(ids)
        })
    }

    /// Changes everything about a chapter but its notes, which `set_chapter_notes` writes.
    pub fn update_chapter(
        &mut self,
        study: StudyId,
        id: ChapterId,
        chapter: &Chapter,
    ) -> Result<()> {
        self.write(study, |tx| {
            refuse_taken_number(tx, study, chapter.number, Some(id))?;
            let presenter = presenter_id(tx, study, chapter)?;
            one_row(tx.execute(
                "UPDATE chapter SET number = ?1, title = ?2, scheduled_on = ?3, presenter_id = ?4,
                     status = ?5, why = ?6
                 WHERE id = ?7",
                params![
                    chapter.number,
                    chapter.title,
                    chapter.scheduled_on,
                    presenter,
                    chapter.status,
                    chapter.why,
                    id,
                ],
            )?)?;
            tx.execute("DELETE FROM chapter_link WHERE chapter_id = ?1", [id])?;
            write_links(tx, id, chapter)?;
            place_by_number(tx, study, id, chapter.number)
        })
    }

    pub fn set_chapter_status(
        &mut self,
        study: StudyId,
        id: ChapterId,
        status: ChapterStatus,
    ) -> Result<()> {
        self.write(study, |tx| {
            one_row(tx.execute(
                "UPDATE chapter SET status = ?1 WHERE id = ?2",
                params![status, id],
            )?)?;
            Ok(())
        })
    }

    pub fn set_chapter_presenter(
        &mut self,
        study: StudyId,
        id: ChapterId,
        presenter: Option<&str>,
    ) -> Result<()> {
        self.write(study, |tx| {
            let member = match presenter {
                Some(name) => Some(member_id(tx, study, name)?.ok_or_else(|| {
                    unknown(
                        "presenter",
                        ProblemKind::NoMember {
                            name: name.to_owned(),
                        },
                    )
                })?),
                None => None,
            };
            one_row(tx.execute(
                "UPDATE chapter SET presenter_id = ?1 WHERE id = ?2",
                params![member, id],
            )?)?;
            Ok(())
        })
    }

    pub fn set_chapter_notes(&mut self, study: StudyId, id: ChapterId, notes: &str) -> Result<()> {
        check_notes(notes)?;
        self.write(study, |tx| {
            one_row(tx.execute(
                "UPDATE chapter SET notes = ?1 WHERE id = ?2",
                params![notes, id],
            )?)?;
            Ok(())
        })
    }

    /// Removes the chapter with its notes and links; sessions no longer list it and retro
    /// points and draws keep no chapter.
    pub fn delete_chapter(&mut self, study: StudyId, id: ChapterId) -> Result<()> {
        self.write(study, |tx| {
            tx.execute("DELETE FROM chapter WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}

/// A chapter number is the chapter's name in the study: two chapters cannot share one.
fn refuse_taken_number(
    tx: &Connection,
    study: StudyId,
    number: u32,
    except: Option<ChapterId>,
) -> Result<()> {
    match chapter_id(tx, study, number)? {
        Some(other) if Some(other) != except => Err(unknown(
            "number",
            ProblemKind::ChapterNumberTaken { number },
        )),
        _ => Ok(()),
    }
}

fn presenter_id(tx: &Connection, study: StudyId, chapter: &Chapter) -> Result<Option<MemberId>> {
    match &chapter.presenter {
        None => Ok(None),
        Some(name) => member_id(tx, study, name)?.map(Some).ok_or_else(|| {
            unknown(
                "presenter",
                ProblemKind::NoMember {
                    name: name.to_owned(),
                },
            )
        }),
    }
}

fn write_links(tx: &Connection, chapter_id: ChapterId, chapter: &Chapter) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO chapter_link (chapter_id, position, title, url) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, link) in chapter.links.iter().enumerate() {
        stmt.execute(params![chapter_id, i, link.title, link.url])?;
    }
    Ok(())
}

/// Moves chapter `id` before the first other chapter numbered higher, or to the end.
fn place_by_number(tx: &Connection, study: StudyId, id: ChapterId, number: u32) -> Result<()> {
    let before: Option<i64> = tx.query_row(
        "SELECT min(position) FROM chapter WHERE study_id = ?1 AND number > ?2 AND id != ?3",
        params![study.0, number, id],
        |r| r.get(0),
    )?;
    let position = match before {
        Some(position) => {
            tx.execute(
                "UPDATE chapter SET position = position + 1
                 WHERE study_id = ?1 AND position >= ?2 AND id != ?3",
                params![study.0, position, id],
            )?;
            position
        }
        None => tx.query_row(
            "SELECT coalesce(max(position), -1) + 1 FROM chapter WHERE study_id = ?1 AND id != ?2",
            params![study.0, id],
            |r| r.get(0),
        )?,
    };
    tx.execute(
        "UPDATE chapter SET position = ?1 WHERE id = ?2",
        params![position, id],
    )?;
    Ok(())
}
