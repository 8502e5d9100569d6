//! Edits of a study's own fields: its name, dates and texts, its book, and how its post is
//! written. Its lists (members, chapters, sessions, ...) have modules of their own.

use super::write::one_row;
use rusqlite::{OptionalExtension, params};

use super::codec::authors_json;
use super::ids::StudyId;
use super::lookups::unknown;
use super::{Result, Store, post_settings};
use crate::domain::validate::ProblemKind;
use crate::domain::{PostSettings, Study};

impl Store {
    /// Changes a study's own fields and its book; its lists are left as they are.
    pub fn update_study(&mut self, id: StudyId, study: &Study) -> Result<()> {
        self.write(id, |tx| {
            let taken: Option<i64> = tx
                .query_row(
                    "SELECT id FROM study WHERE name = ?1 AND id != ?2",
                    params![study.name, id.0],
                    |r| r.get(0),
                )
                .optional()?;
            if taken.is_some() {
                return Err(unknown(
                    "name",
                    ProblemKind::StudyNameTaken {
                        name: study.name.clone(),
                    },
                ));
            }
            one_row(tx.execute(
                "UPDATE study SET name = ?1, status = ?2, started_on = ?3, ended_on = ?4,
                     cadence = ?5, venue = ?6, motivation = ?7, how_it_ran = ?8,
                     deposit_amount = ?9, deposit_currency = ?10, deposit_penalty = ?11,
                     closing = ?12, next_title = ?13, next_url = ?14, next_note = ?15
                 WHERE id = ?16",
                params![
                    study.name,
                    study.status,
                    study.started_on,
                    study.ended_on,
                    study.cadence,
                    study.venue,
                    study.motivation,
                    study.how_it_ran,
                    study.deposit.amount,
                    study.deposit.currency,
                    study.deposit.penalty,
                    study.closing,
                    study.next.title,
                    study.next.url,
                    study.next.note,
                    id.0,
                ],
            )?)?;
            let book = &study.book;
            tx.execute(
                "UPDATE book SET title = ?1, authors = ?2, publisher = ?3, url = ?4, isbn = ?5,
                     pages = ?6, summary = ?7
                 WHERE study_id = ?8",
                params![
                    book.title,
                    authors_json(&book.authors),
                    book.publisher,
                    book.url,
                    book.isbn,
                    book.pages,
                    book.summary,
                    id.0,
                ],
            )?;
            Ok(())
        })
    }

    /// Remembers how `study`'s post is written, in one transaction.
    pub fn set_post_settings(&mut self, study: StudyId, settings: &PostSettings) -> Result<()> {
        self.write(study, |tx| post_settings::save(tx, study, settings))
    }
}
