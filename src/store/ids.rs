//! The ids by which the rest of the program names a study in the journal. A leaf: every
//! other store module may use it, and it uses none of them.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct StudyId(pub i64);
