//! What went wrong, in the interface's language: the journal's errors, a study's validation
//! problems and a failed file write, for the UI's status line and the command line alike.

use super::Tr;
use crate::atomic_write::WriteError;
use crate::domain::validate::Problem;
use crate::store::StoreError;

/// A journal error as a sentence that says what to do.
pub fn store_error(tr: Tr, error: &StoreError) -> String {
    let _ = tr;
    error.to_string()
}

/// A validation problem's message, without its path (a form shows it at its field).
pub fn problem(tr: Tr, problem: &Problem) -> String {
    let _ = tr;
    problem.message.clone()
}

/// A file that could not be written.
pub fn write_error(tr: Tr, error: &WriteError) -> String {
    let _ = tr;
    error.to_string()
}
