//! The ids by which the rest of the program names a study and the items of its lists in the
//! journal: each the row id of its table, typed so that a chapter's id cannot be given where
//! a session's is wanted. A leaf: every other store module may use it, and it uses none of
//! them.

use rusqlite::ToSql;
use rusqlite::types::{FromSql, FromSqlResult, ToSqlOutput, ValueRef};
use serde::Serialize;

macro_rules! row_id {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                self.0.to_sql()
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                i64::column_result(value).map($name)
            }
        }
    )*};
}

row_id! {
    /// A study: the `study` table's row.
    StudyId,
    /// A chapter of a study.
    ChapterId,
    /// A session of a study.
    SessionId,
    /// A member of a study.
    MemberId,
    /// A retrospective point of a study.
    PointId,
    /// A presenter draw of a study.
    DrawId,
}
