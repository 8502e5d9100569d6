//! Small lookups the edits share: a member by name, a chapter by number, the next free
//! position in a list, and the problem an edit reports when a name it refers to is unknown.

use rusqlite::{Connection, OptionalExtension};

use super::ids::{ChapterId, MemberId, StudyId};
use super::{Result, StoreError};
use crate::domain::validate::ProblemKind;

/// The member of `study` named `name`.
pub(super) fn member_id(conn: &Connection, study: StudyId, name: &str) -> Result<Option<MemberId>> {
    Ok(conn
        .query_row(
            "SELECT id FROM member WHERE study_id = ?1 AND name = ?2",
            rusqlite::params![study.0, name],
            |r| r.get(0),
        )
        .optional()?)
}

/// The chapter of `study` numbered `number`.
pub(super) fn chapter_id(
    conn: &Connection,
    study: StudyId,
    number: u32,
) -> Result<Option<ChapterId>> {
    Ok(conn
        .query_row(
            "SELECT id FROM chapter WHERE study_id = ?1 AND number = ?2",
            rusqlite::params![study.0, number],
            |r| r.get(0),
        )
        .optional()?)
}

/// A reference by name to a member that does not exist, reported as the validation would.
pub(super) fn unknown(path: &str, kind: ProblemKind) -> StoreError {
    StoreError::Invalid {
        problems: vec![crate::domain::Problem::new(path, kind)],
    }
}

/// Notes hold many lines, but no control character other than a line break or a tab.
pub(super) fn check_notes(notes: &str) -> Result<()> {
    match crate::domain::text::forbidden_char(notes, crate::domain::text::Lines::Many) {
        Some((found, _)) => Err(unknown(
            "notes",
            ProblemKind::ForbiddenChar {
                found,
                lines: crate::domain::text::Lines::Many,
            },
        )),
        None => Ok(()),
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
