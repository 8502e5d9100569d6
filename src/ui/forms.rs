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

use super::form::Form;
use crate::domain::text::normalize;
use crate::domain::text::quoted;
use crate::store::StudyId;

/// What saving a form does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    NewStudy,
    Study(StudyId),
    NewMember,
    Member {
        row: i64,
    },
    NewChapter,
    Chapter {
        row: i64,
    },
    NewSession,
    Session {
        row: i64,
    },
    NewRetro,
    Retro {
        row: i64,
    },
    /// The open study's post title and date.
    Post,
}

pub type EntityForm = Form<Target>;

/// Problems found while reading a form, by field key.
pub type FieldErrors = Vec<(&'static str, String)>;

/// A field's text as the journal stores it: NFC, `\n` line breaks, trimmed.
pub fn clean(text: &str) -> String {
    normalize(text.trim())
}

/// An optional date written `YYYY-MM-DD`.
pub fn read_date(errors: &mut FieldErrors, key: &'static str, text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    match crate::domain::date::parse(text) {
        Some(date) => Some(date),
        None => {
            errors.push((
                key,
                format!(
                    "{} is not a date; write it as YYYY-MM-DD, such as 2025-03-02",
                    quoted(text)
                ),
            ));
            None
        }
    }
}

/// A whole number, with `,`, `_` or a space between thousands allowed (see
/// [`digits_of`](crate::ui::form::digits_of)); empty is `None`.
pub fn read_number<N: std::str::FromStr>(
    errors: &mut FieldErrors,
    key: &'static str,
    text: &str,
    what: &str,
) -> Option<N> {
    let digits = match crate::ui::form::digits_of(text) {
        Ok(digits) => digits,
        Err(problem) => {
            errors.push((key, problem));
            return None;
        }
    };
    if digits.is_empty() {
        return None;
    }
    match digits.parse() {
        Ok(n) => Some(n),
        Err(_) => {
            let problem = if digits.chars().all(|c| c.is_ascii_digit()) {
                format!("{} is too large for {what}", quoted(text.trim()))
            } else {
                format!("{} is not {what}; write digits only", quoted(text.trim()))
            };
            errors.push((key, problem));
            None
        }
    }
}

/// The text of an empty choice: no presenter, no chapter.
pub const NONE: &str = "—";

/// Applies `errors` to `form`, returning whether there were any.
pub fn report_all(form: &mut EntityForm, errors: FieldErrors) -> bool {
    let any = !errors.is_empty();
    for (key, message) in errors {
        form.report(key, message);
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
            read_date(&mut errors, "date", " 2025-03-02 "),
            NaiveDate::from_ymd_opt(2025, 3, 2)
        );
        assert_eq!(read_date(&mut errors, "date", ""), None);
        assert!(errors.is_empty());
        assert_eq!(read_date(&mut errors, "date", "2024-13-01"), None);
        assert_eq!(read_date(&mut errors, "date", "2025-3-2"), None);
        assert_eq!(errors.len(), 2);
        assert!(errors[0].1.contains("YYYY-MM-DD"), "{}", errors[0].1);
    }

    #[test]
    fn numbers_may_have_thousands_separators() {
        let mut errors = Vec::new();
        assert_eq!(
            read_number::<u64>(&mut errors, "amount", "20,000", "an amount"),
            Some(20_000)
        );
        assert_eq!(
            read_number::<u32>(&mut errors, "number", "-3", "a chapter number"),
            None
        );
        assert_eq!(errors.len(), 1);
        for typed in ["10,000", "10_000", "10 000", "10000원", " 10,000 원 "] {
            assert_eq!(
                read_number::<u64>(&mut errors, "amount", typed, "an amount"),
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
            let read = read_number::<u64>(&mut errors, "amount", typed, "an amount");
            assert_eq!(read, None, "{typed}");
            assert!(errors[0].1.contains("out of place"), "{typed}: {errors:?}");
        }
        let mut errors = Vec::new();
        let huge = "99999999999999999999";
        assert_eq!(
            read_number::<u64>(&mut errors, "amount", huge, "an amount"),
            None
        );
        assert!(errors[0].1.contains("too large"), "{errors:?}");
    }
}
