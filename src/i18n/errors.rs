//! What went wrong, in the interface's language: the journal's errors, a study's validation
//! problems and a failed file write, for the UI's status line and the command line alike.
//!
//! Each sentence is the catalog's, in English as in Korean; the English one is the error's
//! own `Display`, word for word (the tests below hold every kind to that). What comes from
//! the operating system or SQLite (an `io::Error`, a rusqlite message) is put in the
//! sentence as it is.

use super::{Lang, Msg, Tr, format};
use crate::atomic_write::WriteError;
use crate::config::ConfigError;
use crate::domain::roulette::DrawError;
use crate::domain::schedule::Doubt;
use crate::domain::text::{Lines, quoted, quoted_list};
use crate::domain::validate::{Problem, ProblemKind, Required};
use crate::export::announce::{NoSuchChapter, chapter_numbers};
use crate::store::{StoreError, Unreadable};

/// A journal error as a sentence that says what to do.
pub fn store_error(tr: Tr, error: &StoreError) -> String {
    match error {
        StoreError::Missing => tr.get(Msg::JournalMissing).to_owned(),
        StoreError::Empty => tr.get(Msg::JournalEmpty).to_owned(),
        StoreError::Folder(path) => tr.journal_folder(path.join("studylog.db").display()),
        StoreError::Unreachable(e) => tr.journal_unreachable(io_error(tr, e)),
        StoreError::NotADatabase => tr.get(Msg::JournalNotADatabase).to_owned(),
        StoreError::NotAJournal => tr.get(Msg::JournalNotAJournal).to_owned(),
        StoreError::NewerSchema { found, supported } => tr.journal_newer_schema(found, supported),
        StoreError::Locked => tr.get(Msg::JournalLocked).to_owned(),
        StoreError::ReadOnly => tr.get(Msg::JournalReadOnly).to_owned(),
        StoreError::ChangedSince => tr.get(Msg::JournalChangedSince).to_owned(),
        StoreError::Gone => tr.get(Msg::JournalGone).to_owned(),
        StoreError::StudiesExist { names } => tr.journal_studies_exist(quoted_list(names)),
        StoreError::Invalid { problems } => problems
            .iter()
            .map(|p| format!("{}: {}", p.path, problem(tr, p)))
            .collect::<Vec<_>>()
            .join("\n"),
        StoreError::Create(e) => tr.journal_create(io_error(tr, e)),
        StoreError::AppearedMeanwhile => tr.get(Msg::JournalAppearedMeanwhile).to_owned(),
        StoreError::CreateFolder { path, source } => {
            tr.journal_create_folder(path.display(), io_error(tr, source))
        }
        StoreError::Backup { path, detail } => tr.journal_backup(path.display(), detail),
        StoreError::Unreadable(value) => tr.journal_unreadable(unreadable(tr, value)),
        StoreError::TargetInUse(path) => tr.journal_target_in_use(path.display()),
        StoreError::Sqlite(e) => tr.journal_sqlite(e),
    }
}

/// Where a value the journal cannot read is, and what is wrong with it (SQLite's words).
pub fn unreadable(tr: Tr, value: &Unreadable) -> String {
    tr.journal_unreadable_value(
        &value.study,
        value.table,
        value.row,
        &value.column,
        &value.detail,
    )
}

/// A doubt about a saved date or session, said so that the person can check it.
pub fn doubt(tr: Tr, doubt: &Doubt) -> String {
    let date = |d: &chrono::NaiveDate| format::date(tr.lang, *d);
    match doubt {
        Doubt::BeforeStart { date: day, start } => tr.doubt_before_start(date(day), date(start)),
        Doubt::AfterEnd { date: day, end } => tr.doubt_after_end(date(day), date(end)),
        Doubt::SameDay { date: day } => tr.doubt_same_day(date(day)),
        Doubt::CoveredTwice { number, sessions } => tr.doubt_covered_twice(number, sessions),
    }
}

/// A chapter asked for (to announce) that the study does not have, with those it has.
pub fn no_such_chapter(tr: Tr, error: &NoSuchChapter) -> String {
    tr.cli_no_such_chapter(
        quoted(&error.study),
        error.number,
        chapter_numbers(&error.have).unwrap_or_else(|| tr.get(Msg::CliNoChaptersYet).to_owned()),
    )
}

/// A validation problem's message, without its path (a form shows it at its field).
pub fn problem(tr: Tr, problem: &Problem) -> String {
    problem_kind(tr, &problem.kind)
}

/// What is wrong, without where.
pub fn problem_kind(tr: Tr, kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::Empty(what) => tr.problem_empty(tr.get(required(*what))),
        ProblemKind::EndsBeforeStart { start, end } => {
            tr.problem_ends_before_start(format::date(tr.lang, *end), format::date(tr.lang, *start))
        }
        ProblemKind::TooLarge { amount } => {
            tr.problem_too_large(amount, crate::domain::validate::MAX_AMOUNT)
        }
        ProblemKind::ForbiddenChar { found, lines } => {
            let what = forbidden_char(tr, *found);
            match lines {
                Lines::One => tr.problem_forbidden_one_line(what),
                Lines::Many => tr.problem_forbidden_many_lines(what),
            }
        }
        ProblemKind::MemberTwice { name } => tr.problem_member_twice(quoted(name)),
        ProblemKind::MeTwice { first } => tr.problem_me_twice(quoted(first)),
        ProblemKind::ChapterZero => tr.get(Msg::ProblemChapterZero).to_owned(),
        ProblemKind::ChapterTwice { number } => tr.problem_chapter_twice(number),
        ProblemKind::ChapterTwiceInSession { number } => {
            tr.problem_chapter_twice_in_session(number)
        }
        ProblemKind::AttendanceTwice { member } => tr.problem_attendance_twice(quoted(member)),
        ProblemKind::CandidateTwice { name } => tr.problem_candidate_twice(quoted(name)),
        ProblemKind::ChosenNotCandidate { name } => tr.problem_chosen_not_candidate(quoted(name)),
        ProblemKind::NoMemberInStudy { name, study } => {
            tr.problem_no_member_in_study(quoted(name), quoted(study))
        }
        ProblemKind::NoChapterInStudy { number, study } => {
            tr.problem_no_chapter_in_study(number, quoted(study))
        }
        ProblemKind::NoMember { name } => tr.problem_no_member(quoted(name)),
        ProblemKind::NoChapter { number } => tr.problem_no_chapter(number),
        ProblemKind::ChapterNumberTaken { number } => tr.problem_chapter_number_taken(number),
        ProblemKind::StudyNameTaken { name } => tr.problem_study_name_taken(quoted(name)),
        ProblemKind::MemberNameTaken { name } => tr.problem_member_name_taken(quoted(name)),
        ProblemKind::StudyNameTwice { name, first } => {
            tr.problem_study_name_twice(quoted(name), first)
        }
        ProblemKind::KeyTwice { key, line, column } => tr.problem_key_twice(key, line, column),
        ProblemKind::UnknownField { field, expected } => {
            tr.problem_unknown_field(field, choices(tr, expected))
        }
        ProblemKind::UnknownVariant { value, expected } => {
            tr.problem_unknown_variant(value, choices(tr, expected))
        }
        ProblemKind::MissingField { field } => tr.problem_missing_field(field),
        ProblemKind::NotADate { value } => tr.problem_not_a_date(value),
        ProblemKind::NotATimestamp { value } => tr.problem_not_a_timestamp(value),
        ProblemKind::NullRequired => tr.get(Msg::ProblemNullRequired).to_owned(),
        ProblemKind::OutOfRange { value } => tr.problem_out_of_range(value),
        ProblemKind::Misfit { message } => tr.problem_misfit(message),
    }
}

fn required(what: Required) -> Msg {
    match what {
        Required::StudyName => Msg::ProblemWhatStudyName,
        Required::BookTitle => Msg::ProblemWhatBookTitle,
        Required::AuthorName => Msg::ProblemWhatAuthorName,
        Required::MemberName => Msg::ProblemWhatMemberName,
        Required::ChapterTitle => Msg::ProblemWhatChapterTitle,
        Required::LinkUrl => Msg::ProblemWhatLinkUrl,
        Required::PointText => Msg::ProblemWhatPointText,
    }
}

/// A character a field refused: "a line break", "the control character U+0007".
fn forbidden_char(tr: Tr, c: char) -> String {
    match c {
        '\n' => tr.get(Msg::ProblemCharLineBreak).to_owned(),
        '\t' => tr.get(Msg::ProblemCharTab).to_owned(),
        _ => tr.problem_char_control(format_args!("U+{:04X}", u32::from(c))),
    }
}

/// serde's list of the keys or words a field takes (`` one of `a`, `b` ``, `` `a` or `b` ``):
/// as it is in English; in another language, the names alone (`` `a`, `b` ``), since serde's
/// "one of" and "or" are English.
fn choices(tr: Tr, expected: &str) -> String {
    if tr.lang == super::Lang::En {
        return expected.to_owned();
    }
    let names: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    if names.is_empty() {
        return expected.to_owned();
    }
    names
        .iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A file that could not be written.
pub fn write_error(tr: Tr, error: &WriteError) -> String {
    match error {
        WriteError::Exists(path) => tr.write_exists(path.display()),
        WriteError::NotAFile(path) => tr.write_not_a_file(path.display()),
        WriteError::NoFolder(path) => tr.write_no_folder(path.display()),
        WriteError::Io { path, source } => tr.write_io(path.display(), io_error(tr, source)),
    }
}

/// The config file that could not be read or understood (the TOML reader's own words kept).
pub fn config_error(tr: Tr, error: &ConfigError) -> String {
    match error {
        ConfigError::Read { path, source } => {
            tr.cli_config_read(path.display(), io_error(tr, source))
        }
        ConfigError::Invalid { path, message } => tr.cli_config_invalid(path.display(), message),
    }
}

/// What the operating system said went wrong with a file: the common cases from the
/// catalog, with the system's code (`파일이나 폴더가 없어요 (os error 2)`; in English the
/// system's own words), anything else as the system says it.
pub fn io_error(tr: Tr, error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let said = match error.kind() {
        ErrorKind::NotFound => Msg::IoNotFound,
        ErrorKind::PermissionDenied => Msg::IoPermissionDenied,
        ErrorKind::AlreadyExists => Msg::IoAlreadyExists,
        ErrorKind::IsADirectory => Msg::IoIsADirectory,
        ErrorKind::NotADirectory => Msg::IoNotADirectory,
        ErrorKind::StorageFull => Msg::IoStorageFull,
        ErrorKind::ReadOnlyFilesystem => Msg::IoReadOnlyFilesystem,
        ErrorKind::InvalidData if error.to_string() == Tr::EN.get(Msg::CliNotUtf8) => {
            return tr.get(Msg::CliNotUtf8).to_owned();
        }
        _ => return error.to_string(),
    };
    match error.raw_os_error() {
        Some(code) => tr.io_with_code(tr.get(said), code),
        // An error a program made rather than the system: English keeps its words.
        None if tr.lang == Lang::En => error.to_string(),
        None => tr.get(said).to_owned(),
    }
}

/// Why the presenter could not be drawn.
pub fn draw_error(tr: Tr, error: &DrawError) -> String {
    match error {
        DrawError::NoMembers => tr.get(Msg::DrawNoMembers).to_owned(),
        DrawError::EveryoneExcluded => tr.get(Msg::DrawEveryoneExcluded).to_owned(),
        DrawError::UnknownMember(name) => tr.draw_unknown_member(quoted(name)),
        DrawError::UnknownChapter(number) => tr.draw_unknown_chapter(number),
        DrawError::AlreadyPresented { number, held_on } => {
            tr.draw_already_presented(number, format::date(tr.lang, *held_on))
        }
        DrawError::Skipped(number) => tr.draw_skipped(number),
    }
}

#[cfg(test)]
mod tests;
