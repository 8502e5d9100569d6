//! Reading a row's values, and naming the place of one that cannot be read (text that is
//! not UTF-8, a date that is not a date): the study, table, row and column, instead of
//! SQLite's bare column index. The export fails with that place; `check` lists every one.

use std::cell::RefCell;

use rusqlite::{Connection, Row};

use super::ids::StudyId;
use super::{Result, StoreError};
use crate::domain::text::quoted;

/// A value of the journal studylog cannot read, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// The study's name (quoted), or `study N` when even that cannot be read.
    pub study: String,
    pub table: &'static str,
    pub row: i64,
    pub column: String,
    /// What is wrong with it, with the value as far as it reads.
    pub detail: String,
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "study {}: {} row {}, column {}: {}",
            self.study, self.table, self.row, self.column, self.detail
        )
    }
}

/// Where a load puts a value it cannot read: `None` fails the load with it (the export);
/// a list takes it and the load reads on (`check`).
pub(super) type Found<'a> = Option<&'a RefCell<Vec<Unreadable>>>;

/// Reads one row of `table` (row id `row`) with `read`, failing with the value's place.
pub(super) fn read_one<T>(
    r: &Row<'_>,
    table: &'static str,
    row: i64,
    read: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<T> {
    read(r).map_err(|e| unreadable_value(r, table, row, e))
}

/// Reads one row of `table` (row id `row`) with `read`; a value that cannot be read goes
/// to `found` when there is one. `None` only when `found` took the value.
pub(super) fn read_row<T>(
    found: Found<'_>,
    r: &Row<'_>,
    table: &'static str,
    row: i64,
    read: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Option<T>> {
    match read(r) {
        Ok(value) => Ok(Some(value)),
        Err(e) => keep_or_fail(found, unreadable_value(r, table, row, e)),
    }
}

/// Puts an unreadable value in `found` (and reads on), or fails with `err`.
pub(super) fn keep_or_fail<T>(found: Found<'_>, err: StoreError) -> Result<Option<T>> {
    match (err, found) {
        (StoreError::Unreadable(value), Some(list)) => {
            list.borrow_mut().push(value);
            Ok(None)
        }
        (err, _) => Err(err),
    }
}

/// `err` as an [`Unreadable`] value of `table`'s row `row`, when it is a value that does
/// not decode; any other error as it is. The study is named later, by [`in_study`].
pub(super) fn unreadable_value(
    r: &Row<'_>,
    table: &'static str,
    row: i64,
    err: rusqlite::Error,
) -> StoreError {
    use rusqlite::Error::{
        FromSqlConversionFailure, IntegralValueOutOfRange, InvalidColumnType, Utf8Error,
    };
    let (index, detail) = match &err {
        FromSqlConversionFailure(i, _, cause) => (*i, cause.to_string()),
        Utf8Error(i, cause) if *i != usize::MAX => (*i, format!("not UTF-8 text ({cause})")),
        IntegralValueOutOfRange(i, value) => (*i, format!("{value} is out of range")),
        InvalidColumnType(i, _, found) => (*i, format!("a {found} where text or a number belongs")),
        _ => return err.into(),
    };
    let column = r
        .as_ref()
        .column_name(index)
        .map_or_else(|_| format!("#{index}"), str::to_owned);
    let value = match r.get_ref(index) {
        Ok(rusqlite::types::ValueRef::Text(bytes)) => {
            let text: String = String::from_utf8_lossy(bytes).chars().take(40).collect();
            format!("{}: ", quoted(&text))
        }
        _ => String::new(),
    };
    StoreError::Unreadable(Unreadable {
        study: String::new(),
        table,
        row,
        column,
        detail: format!("{value}{detail}"),
    })
}

/// `err`, with the study named when it is a value that cannot be read.
pub(super) fn in_study(conn: &Connection, id: StudyId, err: StoreError) -> StoreError {
    match err {
        StoreError::Unreadable(mut value) => {
            value.study = study_label(conn, id);
            StoreError::Unreadable(value)
        }
        other => other,
    }
}

/// The study's name as well as it can be read, for a message about it.
pub(super) fn study_label(conn: &Connection, StudyId(id): StudyId) -> String {
    conn.query_row(
        "SELECT CAST(name AS BLOB) FROM study WHERE id = ?1",
        [id],
        |r| r.get::<_, Vec<u8>>(0),
    )
    .map_or_else(
        |_| format!("study {id}"),
        |name| quoted(&String::from_utf8_lossy(&name)).to_string(),
    )
}
