//! How domain values are written in SQLite columns: the enums as their interchange words,
//! so the database reads the same as a JSON file, and a book's authors as a JSON list.

use rusqlite::ToSql;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};

use crate::domain::voice::Voice;
use crate::domain::{AttendanceStatus, ChapterStatus, Flavor, Lang, RetroKind, StudyStatus};

macro_rules! word_column {
    ($($ty:ty),*) => {$(
        impl ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $ty {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let word = value.as_str()?;
                <$ty>::parse(word).ok_or_else(|| {
                    FromSqlError::Other(format!("unknown {} {word:?}", stringify!($ty)).into())
                })
            }
        }
    )*};
}

word_column!(
    StudyStatus,
    ChapterStatus,
    AttendanceStatus,
    RetroKind,
    Lang,
    Voice,
    Flavor
);

/// A book's authors as the JSON list the `authors` column holds.
pub(super) fn authors_json(authors: &[String]) -> String {
    serde_json::to_string(authors).unwrap_or_else(|_| "[]".to_owned())
}

/// The `authors` column (read as column `index` of a query) back into a list; a value that
/// is not a JSON list of strings is reported as that column's.
pub(super) fn parse_authors(json: &str, index: usize) -> rusqlite::Result<Vec<String>> {
    serde_json::from_str(json).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e))
    })
}
