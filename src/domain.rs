//! Plain types and pure rules of a study journal. Nothing here knows about SQLite or the
//! terminal; the types mirror the interchange format (`interchange.md`) so that a study read
//! from a file, from the database or typed into a form is the same value.

pub mod date;
pub mod held;
pub mod ledger;
pub mod meeting_time;
pub mod nullable;
pub mod particle;
pub mod post_settings;
pub mod roulette;
pub mod schedule;
pub mod stats;
pub mod study;
pub mod text;
pub mod toc;
pub mod validate;
pub mod voice;

pub use post_settings::{Flavor, Lang, PostSettings};
pub use study::{
    Attendance, AttendanceStatus, Book, Chapter, ChapterStatus, Deposit, Draw, Link, Member,
    NextStudy, RetroKind, RetroPoint, Session, Study, StudyStatus,
};
pub use validate::{Problem, validate_study};
