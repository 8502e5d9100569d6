//! How domain values are written in SQLite columns: the enums as their interchange words,
//! so the database reads the same as a JSON file.

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
