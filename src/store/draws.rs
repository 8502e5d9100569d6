//! Recording a presenter draw: when, among whom, who was chosen, and the chosen member made
//! the chapter's presenter, all in one transaction.

use rusqlite::params;

use super::ids::{DrawId, MemberId};
use super::lookups::{chapter_id, member_id, next_position, unknown};
use super::{Result, Store, StudyId};
use crate::domain::Draw;
use crate::domain::validate::ProblemKind;

impl Store {
    pub fn record_draw(&mut self, study: StudyId, draw: &Draw) -> Result<()> {
        self.write(study, |tx| {
            let member = |name: &str| -> Result<MemberId> {
                member_id(tx, study, name)?.ok_or_else(|| {
                    unknown(
                        "chosen",
                        ProblemKind::NoMember {
                            name: name.to_owned(),
                        },
                    )
                })
            };
            let chosen = member(&draw.chosen)?;
            let chapter = match draw.chapter {
                Some(number) => Some(
                    chapter_id(tx, study, number)?
                        .ok_or_else(|| unknown("chapter", ProblemKind::NoChapter { number }))?,
                ),
                None => None,
            };
            let position = next_position(tx, "draw", study)?;
            tx.execute(
                "INSERT INTO draw (study_id, position, drawn_at, chapter_id, chosen_id)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    study.0,
                    position,
                    draw.drawn_at.to_rfc3339(),
                    chapter,
                    chosen
                ],
            )?;
            let draw_id = DrawId(tx.last_insert_rowid());
            for (i, name) in draw.candidates.iter().enumerate() {
                tx.execute(
                    "INSERT INTO draw_candidate (draw_id, position, member_id) VALUES (?1, ?2, ?3)",
                    params![draw_id, i, member(name)?],
                )?;
            }
            if let Some(chapter) = chapter {
                tx.execute(
                    "UPDATE chapter SET presenter_id = ?1 WHERE id = ?2",
                    params![chosen, chapter],
                )?;
            }
            Ok(())
        })
    }
}
