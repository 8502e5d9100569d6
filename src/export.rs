//! Turning studies into text and back: the interchange JSON (`interchange`) and the retrospective
//! post (`post`, with `front_matter` and `anonymize`). Pure functions: no disk, no database.

pub mod announce;
pub mod anonymize;
pub mod calendar;
pub mod chart;
pub mod file_name;
pub mod front_matter;
pub mod interchange;
pub mod post;
