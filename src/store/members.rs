//! Adding, changing and removing a study's members. A member is referred to by row id, so a
//! rename reaches every chapter, session and draw that names them.

use super::write::one_row;
use rusqlite::params;

use super::ids::MemberId;
use super::lookups::{member_id, next_position, unknown};
use super::{Result, Store, StudyId};
use crate::domain::Member;
use crate::domain::validate::ProblemKind;

impl Store {
    /// Adds `member` at the end of the study's members; returns its id.
    pub fn add_member(&mut self, study: StudyId, member: &Member) -> Result<MemberId> {
        self.write(study, |tx| {
            refuse_taken_name(tx, study, &member.name, None)?;
            if member.me {
                tx.execute("UPDATE member SET me = 0 WHERE study_id = ?1", [study.0])?;
            }
            let position = next_position(tx, "member", study)?;
            tx.execute(
                "INSERT INTO member (study_id, position, name, me) VALUES (?1, ?2, ?3, ?4)",
                params![study.0, position, member.name, member.me],
            )?;
            Ok(MemberId(tx.last_insert_rowid()))
        })
    }

    /// Renames the member and sets whether they are me (which unmarks anyone else).
    pub fn update_member(&mut self, study: StudyId, id: MemberId, member: &Member) -> Result<()> {
        self.write(study, |tx| {
            refuse_taken_name(tx, study, &member.name, Some(id))?;
            if member.me {
                tx.execute(
                    "UPDATE member SET me = 0 WHERE study_id = ?1 AND id != ?2",
                    params![study.0, id],
                )?;
            }
            one_row(tx.execute(
                "UPDATE member SET name = ?1, me = ?2 WHERE id = ?3",
                params![member.name, member.me, id],
            )?)?;
            Ok(())
        })
    }

    /// Removes the member with their attendance and draws; chapters and sessions they
    /// presented keep no presenter.
    pub fn delete_member(&mut self, study: StudyId, id: MemberId) -> Result<()> {
        self.write(study, |tx| {
            tx.execute("DELETE FROM member WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}

/// Members are told apart by name, in attendance and presenters: two cannot share one.
fn refuse_taken_name(
    tx: &rusqlite::Connection,
    study: StudyId,
    name: &str,
    except: Option<MemberId>,
) -> Result<()> {
    match member_id(tx, study, name)? {
        Some(other) if Some(other) != except => Err(unknown(
            "name",
            ProblemKind::MemberNameTaken {
                name: name.to_owned(),
            },
        )),
        _ => Ok(()),
    }
}
