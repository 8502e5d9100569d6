//! A study: its name, status and dates, the book, how it ran (cadence, venue, the deposit
//! rule), and the words of the retrospective (motivation, how it ran, closing, next study).

use super::{
    EntityForm, FieldError, FieldErrors, NumberOf, Pick, Target, clean, read_date, read_number,
};
use crate::domain::{Book, Deposit, NextStudy, Study, StudyStatus};
use crate::i18n::format;
use crate::i18n::{Msg, Tr};
use crate::ui::state::form::{Field, Form};

/// The fields of a study's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StudyField {
    Name,
    Status,
    StartedOn,
    EndedOn,
    BookTitle,
    BookAuthors,
    BookPublisher,
    BookUrl,
    BookIsbn,
    BookPages,
    BookSummary,
    Cadence,
    Venue,
    DepositAmount,
    DepositCurrency,
    DepositPenalty,
    Motivation,
    HowItRan,
    Closing,
    NextTitle,
    NextUrl,
    NextNote,
}

impl StudyField {
    /// The field's name in the study's interchange path (`book.title`).
    pub fn path(self) -> &'static str {
        match self {
            StudyField::Name => "name",            // not text: an interchange path
            StudyField::Status => "status",        // not text: an interchange path
            StudyField::StartedOn => "started_on", // not text: an interchange path
            StudyField::EndedOn => "ended_on",     // not text: an interchange path
            StudyField::BookTitle => "book.title", // not text: an interchange path
            StudyField::BookAuthors => "book.authors", // not text: an interchange path
            StudyField::BookPublisher => "book.publisher", // not text: an interchange path
            StudyField::BookUrl => "book.url",     // not text: an interchange path
            StudyField::BookIsbn => "book.isbn",   // not text: an interchange path
            StudyField::BookPages => "book.pages", // not text: an interchange path
            StudyField::BookSummary => "book.summary", // not text: an interchange path
            StudyField::Cadence => "cadence",      // not text: an interchange path
            StudyField::Venue => "venue",          // not text: an interchange path
            StudyField::DepositAmount => "deposit.amount", // not text: an interchange path
            StudyField::DepositCurrency => "deposit.currency", // not text: an interchange path
            StudyField::DepositPenalty => "deposit.penalty", // not text: an interchange path
            StudyField::Motivation => "motivation", // not text: an interchange path
            StudyField::HowItRan => "how_it_ran",  // not text: an interchange path
            StudyField::Closing => "closing",      // not text: an interchange path
            StudyField::NextTitle => "next.title", // not text: an interchange path
            StudyField::NextUrl => "next.url",     // not text: an interchange path
            StudyField::NextNote => "next.note",   // not text: an interchange path
        }
    }
}

pub fn form(tr: Tr, target: Target, study: Option<&Study>) -> EntityForm {
    let empty = Study::new("", "");
    let s = study.unwrap_or(&empty);
    let statuses = StudyStatus::ALL
        .map(|s| Some(Pick::StudyStatus(s)))
        .to_vec();
    let date = |d: Option<chrono::NaiveDate>| d.map_or_else(String::new, |d| d.to_string());
    let label = |msg: Msg| tr.get(msg);
    let fields = vec![
        Field::text(StudyField::Name, label(Msg::FormStudyName), &s.name),
        Field::choice(
            StudyField::Status,
            label(Msg::FormStudyStatus),
            statuses,
            &Some(Pick::StudyStatus(s.status)),
        ),
        Field::text(
            StudyField::StartedOn,
            label(Msg::FormStudyStarted),
            &date(s.started_on),
        )
        .with_hint(tr.get(Msg::FormDateOrEmpty)),
        Field::text(
            StudyField::EndedOn,
            label(Msg::FormStudyEnded),
            &date(s.ended_on),
        )
        .with_hint(tr.get(Msg::FormDateOrEmpty)),
        Field::text(
            StudyField::BookTitle,
            label(Msg::FormStudyBook),
            &s.book.title,
        ),
        Field::text(
            StudyField::BookAuthors,
            label(Msg::FormStudyAuthors),
            &s.book.authors.join(", "),
        )
        .with_hint(tr.get(Msg::FormStudyAuthorsHint)),
        Field::text(
            StudyField::BookPublisher,
            label(Msg::FormStudyPublisher),
            &s.book.publisher,
        ),
        Field::text(
            StudyField::BookUrl,
            label(Msg::FormStudyBookLink),
            &s.book.url,
        ),
        Field::text(
            StudyField::BookIsbn,
            label(Msg::FormStudyIsbn),
            &s.book.isbn,
        ),
        Field::text(
            StudyField::BookPages,
            label(Msg::FormStudyPages),
            &s.book.pages.map_or_else(String::new, |p| p.to_string()),
        ),
        Field::long(
            StudyField::BookSummary,
            label(Msg::FormStudyAboutBook),
            &s.book.summary,
        ),
        Field::text(
            StudyField::Cadence,
            label(Msg::FormStudyCadence),
            &s.cadence,
        )
        .with_hint(tr.get(Msg::FormStudyCadenceHint)),
        Field::text(StudyField::Venue, label(Msg::FormStudyVenue), &s.venue),
        Field::amount(
            StudyField::DepositAmount,
            label(Msg::FormStudyDeposit),
            s.deposit.amount,
        )
        .with_hint(tr.get(Msg::FormStudyDepositHint)),
        Field::text(
            StudyField::DepositCurrency,
            label(Msg::FormStudyCurrency),
            &s.deposit.currency,
        )
        .with_hint(tr.get(Msg::FormStudyCurrencyHint)),
        Field::amount(
            StudyField::DepositPenalty,
            label(Msg::FormStudyPenalty),
            s.deposit.penalty,
        )
        .with_hint(tr.get(Msg::FormStudyPenaltyHint)),
        Field::long(
            StudyField::Motivation,
            label(Msg::FormStudyMotivation),
            &s.motivation,
        ),
        Field::long(
            StudyField::HowItRan,
            label(Msg::FormStudyHowItRan),
            &s.how_it_ran,
        ),
        Field::long(
            StudyField::Closing,
            label(Msg::FormStudyClosing),
            &s.closing,
        ),
        Field::text(
            StudyField::NextTitle,
            label(Msg::FormStudyNextBook),
            &s.next.title,
        ),
        Field::text(
            StudyField::NextUrl,
            label(Msg::FormStudyNextBookLink),
            &s.next.url,
        ),
        Field::long(
            StudyField::NextNote,
            label(Msg::FormStudyNextNote),
            &s.next.note,
        ),
    ];
    Form::new(
        tr.get(if study.is_some() {
            Msg::FormStudyEdit
        } else {
            Msg::FormStudyNew
        }),
        target,
        fields,
    )
}

/// The study's own fields from the form, over `base` (which keeps its lists).
pub fn read(tr: Tr, form: &EntityForm, base: Study) -> Result<Study, FieldErrors> {
    let mut errors = Vec::new();
    let text = |key: StudyField| clean(form.text(key));
    let name = text(StudyField::Name);
    if name.is_empty() {
        errors.push(FieldError::new(
            StudyField::Name,
            tr.get(Msg::FormStudyNameEmpty),
        ));
    }
    let book_title = text(StudyField::BookTitle);
    if book_title.is_empty() {
        errors.push(FieldError::new(
            StudyField::BookTitle,
            tr.get(Msg::FormStudyBookEmpty),
        ));
    }
    let started_on = read_date(
        tr,
        &mut errors,
        StudyField::StartedOn,
        form.text(StudyField::StartedOn),
    );
    let ended_on = read_date(
        tr,
        &mut errors,
        StudyField::EndedOn,
        form.text(StudyField::EndedOn),
    );
    // Said now, with any other problem, rather than after those are fixed.
    if let (Some(start), Some(end)) = (started_on, ended_on)
        && end < start
    {
        errors.push(FieldError::new(
            StudyField::EndedOn,
            tr.form_study_ends_before_start(
                format::date(tr.lang, end),
                format::date(tr.lang, start),
            ),
        ));
    }
    let pages = read_number::<u32>(
        tr,
        &mut errors,
        StudyField::BookPages,
        form.text(StudyField::BookPages),
        NumberOf::Pages,
    );
    let amount = read_number::<u64>(
        tr,
        &mut errors,
        StudyField::DepositAmount,
        form.text(StudyField::DepositAmount),
        NumberOf::Amount,
    );
    let penalty = read_number::<u64>(
        tr,
        &mut errors,
        StudyField::DepositPenalty,
        form.text(StudyField::DepositPenalty),
        NumberOf::Amount,
    );
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Study {
        name,
        status: match form.picked(StudyField::Status) {
            Some(Pick::StudyStatus(status)) => *status,
            _ => StudyStatus::default(),
        },
        started_on,
        ended_on,
        cadence: text(StudyField::Cadence),
        venue: text(StudyField::Venue),
        motivation: text(StudyField::Motivation),
        how_it_ran: text(StudyField::HowItRan),
        deposit: Deposit {
            amount: amount.unwrap_or(0),
            currency: text(StudyField::DepositCurrency),
            penalty: penalty.unwrap_or(0),
        },
        book: Book {
            title: book_title,
            authors: text(StudyField::BookAuthors)
                .split(',')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_owned)
                .collect(),
            publisher: text(StudyField::BookPublisher),
            url: text(StudyField::BookUrl),
            isbn: text(StudyField::BookIsbn),
            pages,
            summary: text(StudyField::BookSummary),
        },
        closing: text(StudyField::Closing),
        next: NextStudy {
            title: text(StudyField::NextTitle),
            url: text(StudyField::NextUrl),
            note: text(StudyField::NextNote),
        },
        ..base
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_study_reads_back_as_it_was() {
        let json = include_str!("../../../../tests/fixtures/example-study.json");
        let study = crate::export::interchange::parse(json)
            .expect("example")
            .remove(0);
        let form = form(
            Tr::EN,
            Target::Study(crate::store::StudyId(1)),
            Some(&study),
        );
        assert_eq!(read(Tr::EN, &form, study.clone()), Ok(study));
    }

    #[test]
    fn a_new_study_needs_a_name_and_a_book() {
        let form = form(Tr::EN, Target::NewStudy, None);
        let errors = read(Tr::EN, &form, Study::new("", "")).expect_err("empty");
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [StudyField::Name, StudyField::BookTitle].map(Into::into)
        );
    }
}
