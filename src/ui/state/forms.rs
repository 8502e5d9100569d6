//! The forms of the journal's entities: what fields each has, filled from the entity or
//! with sensible defaults, and how the typed text becomes the entity again. Saving it is
//! `update::edit`'s job; a form here never touches the journal.

pub mod chapter;
pub mod member;
pub mod post;
pub mod retro;
pub mod session;
pub mod study;

use chrono::NaiveDate;

use crate::domain::text::normalize;
use crate::domain::text::quoted;
use crate::domain::{AttendanceStatus, ChapterStatus, RetroKind, StudyStatus};
use crate::i18n::{Msg, Tr, words};
use crate::store::{ChapterId, MemberId, PointId, SessionId, StudyId};
use crate::ui::state::form::Form;
pub use chapter::ChapterField;
pub use member::MemberField;
pub use post::PostField;
pub use retro::RetroField;
pub use session::SessionField;
pub use study::StudyField;

/// What saving a form does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    NewStudy,
    Study(StudyId),
    NewMember,
    Member {
        id: MemberId,
    },
    NewChapter,
    Chapter {
        id: ChapterId,
    },
    NewSession,
    Session {
        id: SessionId,
    },
    NewRetro,
    Retro {
        id: PointId,
    },
    /// The open study's post title and date.
    Post,
}

pub type EntityForm = Form<Target>;

/// One field of one of the forms: each form names its own fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKey {
    Study(StudyField),
    Chapter(ChapterField),
    Session(SessionField),
    Member(MemberField),
    Retro(RetroField),
    Post(PostField),
}

impl FieldKey {
    /// The field's name in the journal's interchange paths (`title`, `book.title`), by
    /// which a problem the journal finds in what was saved lands on it.
    pub fn path(self) -> &'static str {
        match self {
            FieldKey::Study(field) => field.path(),
            FieldKey::Chapter(field) => field.path(),
            FieldKey::Session(field) => field.path(),
            FieldKey::Member(field) => field.path(),
            FieldKey::Retro(field) => field.path(),
            FieldKey::Post(field) => field.path(),
        }
    }
}

macro_rules! field_key_from {
    ($($variant:ident($field:ty)),* $(,)?) => {
        $(impl From<$field> for FieldKey {
            fn from(field: $field) -> FieldKey {
                FieldKey::$variant(field)
            }
        })*
    };
}

field_key_from!(
    Study(StudyField),
    Chapter(ChapterField),
    Session(SessionField),
    Member(MemberField),
    Retro(RetroField),
    Post(PostField),
);

/// What an option of a choice stands for. "No choice" (no presenter, no chapter) is not an
/// option's value but its absence: `None` among a field's options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// A member, by name: a presenter.
    Member(String),
    /// A chapter, by number; its title is shown with it.
    Chapter {
        number: u32,
        title: String,
    },
    ChapterStatus(ChapterStatus),
    StudyStatus(StudyStatus),
    RetroKind(RetroKind),
    /// A member's mark at a session; `None` leaves them out of the count.
    Attendance(Option<AttendanceStatus>),
}

impl Pick {
    /// The option as a form shows it, in the interface's language.
    pub fn label(&self, tr: Tr) -> String {
        match self {
            Pick::Member(name) => name.clone(),
            Pick::Chapter { number, title } => format!("{number}. {title}"),
            Pick::ChapterStatus(status) => chapter_status_word(tr, *status).to_owned(),
            Pick::StudyStatus(status) => words::study_status(tr, *status).to_owned(),
            Pick::RetroKind(kind) => tr
                .get(match kind {
                    RetroKind::Good => Msg::FormRetroKindGood,
                    RetroKind::Bad => Msg::FormRetroKindBad,
                    RetroKind::Try => Msg::FormRetroKindTry,
                })
                .to_owned(),
            Pick::Attendance(mark) => tr
                .get(match mark {
                    Some(AttendanceStatus::Present) => Msg::FormMarkPresent,
                    Some(AttendanceStatus::Absent) => Msg::FormMarkAbsent,
                    Some(AttendanceStatus::Unprepared) => Msg::FormMarkUnprepared,
                    None => Msg::FormMarkNotCounted,
                })
                .to_owned(),
        }
    }
}

/// A chapter's status as a form and the status line name it.
pub fn chapter_status_word(tr: Tr, status: ChapterStatus) -> &'static str {
    words::chapter_status(tr, status)
}

/// What a number field holds, for the message that says it cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberOf {
    Pages,
    Amount,
    Chapter,
}

impl NumberOf {
    fn word(self, tr: Tr) -> &'static str {
        tr.get(match self {
            NumberOf::Pages => Msg::FormWhatPageCount,
            NumberOf::Amount => Msg::FormWhatAmount,
            NumberOf::Chapter => Msg::FormWhatChapterNumber,
        })
    }
}

/// The options of a presenter: no one, then the study's members.
pub fn presenter_options(members: &[crate::domain::Member]) -> Vec<Option<Pick>> {
    let mut options = vec![None];
    options.extend(members.iter().map(|m| Some(Pick::Member(m.name.clone()))));
    options
}

/// The presenter a choice holds, if any.
pub fn presenter_of(pick: Option<&Pick>) -> Option<String> {
    match pick {
        Some(Pick::Member(name)) => Some(name.clone()),
        _ => None,
    }
}

/// A problem found while reading a form, on the field it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: FieldKey,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<FieldKey>, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// Problems found while reading a form.
pub type FieldErrors = Vec<FieldError>;

/// A field's text as the journal stores it: NFC, `\n` line breaks, trimmed.
pub fn clean(text: &str) -> String {
    normalize(text.trim())
}

/// An optional date written `YYYY-MM-DD`.
pub fn read_date(
    tr: Tr,
    errors: &mut FieldErrors,
    key: impl Into<FieldKey>,
    text: &str,
) -> Option<NaiveDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    match crate::domain::date::parse(text) {
        Some(date) => Some(date),
        None => {
            errors.push(FieldError::new(key, tr.form_invalid_date(quoted(text))));
            None
        }
    }
}

/// A whole number, with `,`, `_` or a space between thousands allowed (see
/// [`digits_of`](crate::ui::state::form::digits_of)); empty is `None`.
pub fn read_number<N: std::str::FromStr>(
    tr: Tr,
    errors: &mut FieldErrors,
    key: impl Into<FieldKey>,
    text: &str,
    what: NumberOf,
) -> Option<N> {
    let key = key.into();
    let digits = match crate::ui::state::form::digits_of(text) {
        Ok(digits) => digits,
        Err(problem) => {
            errors.push(FieldError::new(key, problem.message(tr)));
            return None;
        }
    };
    if digits.is_empty() {
        return None;
    }
    match digits.parse() {
        Ok(n) => Some(n),
        Err(_) => {
            let typed = quoted(text.trim());
            let problem = if digits.chars().all(|c| c.is_ascii_digit()) {
                tr.form_invalid_too_large(typed, what.word(tr))
            } else {
                tr.form_invalid_not_a_number(typed, what.word(tr))
            };
            errors.push(FieldError::new(key, problem));
            None
        }
    }
}

/// Applies `errors` to `form`, returning whether there were any.
pub fn report_all(form: &mut EntityForm, errors: FieldErrors) -> bool {
    let any = !errors.is_empty();
    for error in errors {
        form.report(error.field, error.message);
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_real_and_written_in_full() {
        let mut errors = Vec::new();
        assert_eq!(
            read_date(Tr::EN, &mut errors, PostField::Date, " 2025-03-02 "),
            NaiveDate::from_ymd_opt(2025, 3, 2)
        );
        assert_eq!(read_date(Tr::EN, &mut errors, PostField::Date, ""), None);
        assert!(errors.is_empty());
        assert_eq!(
            read_date(Tr::EN, &mut errors, PostField::Date, "2024-13-01"),
            None
        );
        assert_eq!(
            read_date(Tr::EN, &mut errors, PostField::Date, "2025-3-2"),
            None
        );
        assert_eq!(errors.len(), 2);
        assert!(
            errors[0].message.contains("YYYY-MM-DD"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn numbers_may_have_thousands_separators() {
        let mut errors = Vec::new();
        assert_eq!(
            read_number::<u64>(
                Tr::EN,
                &mut errors,
                StudyField::DepositAmount,
                "20,000",
                NumberOf::Amount
            ),
            Some(20_000)
        );
        assert_eq!(
            read_number::<u32>(
                Tr::EN,
                &mut errors,
                ChapterField::Number,
                "-3",
                NumberOf::Chapter
            ),
            None
        );
        assert_eq!(errors.len(), 1);
        for typed in ["10,000", "10_000", "10 000", "10000원", " 10,000 원 "] {
            assert_eq!(
                read_number::<u64>(
                    Tr::EN,
                    &mut errors,
                    StudyField::DepositAmount,
                    typed,
                    NumberOf::Amount
                ),
                Some(10_000),
                "{typed}"
            );
        }
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn a_separator_out_of_place_or_a_number_too_large_is_said() {
        for typed in ["1,00,0", "10,00", ",5", "5,", "1234,567"] {
            let mut errors = Vec::new();
            let read = read_number::<u64>(
                Tr::EN,
                &mut errors,
                StudyField::DepositAmount,
                typed,
                NumberOf::Amount,
            );
            assert_eq!(read, None, "{typed}");
            assert!(
                errors[0].message.contains("out of place"),
                "{typed}: {errors:?}"
            );
        }
        let mut errors = Vec::new();
        let huge = "99999999999999999999";
        assert_eq!(
            read_number::<u64>(
                Tr::EN,
                &mut errors,
                StudyField::DepositAmount,
                huge,
                NumberOf::Amount
            ),
            None
        );
        assert!(errors[0].message.contains("too large"), "{errors:?}");
    }
}
