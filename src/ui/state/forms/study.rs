//! A study: its name, status and dates, the book, how it ran (cadence, venue, the deposit
//! rule), and the words of the retrospective (motivation, how it ran, closing, next study).

use super::{EntityForm, FieldError, FieldErrors, Pick, Target, clean, read_date, read_number};
use crate::domain::{Book, Deposit, NextStudy, Study, StudyStatus};
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
            StudyField::Name => "name",
            StudyField::Status => "status",
            StudyField::StartedOn => "started_on",
            StudyField::EndedOn => "ended_on",
            StudyField::BookTitle => "book.title",
            StudyField::BookAuthors => "book.authors",
            StudyField::BookPublisher => "book.publisher",
            StudyField::BookUrl => "book.url",
            StudyField::BookIsbn => "book.isbn",
            StudyField::BookPages => "book.pages",
            StudyField::BookSummary => "book.summary",
            StudyField::Cadence => "cadence",
            StudyField::Venue => "venue",
            StudyField::DepositAmount => "deposit.amount",
            StudyField::DepositCurrency => "deposit.currency",
            StudyField::DepositPenalty => "deposit.penalty",
            StudyField::Motivation => "motivation",
            StudyField::HowItRan => "how_it_ran",
            StudyField::Closing => "closing",
            StudyField::NextTitle => "next.title",
            StudyField::NextUrl => "next.url",
            StudyField::NextNote => "next.note",
        }
    }
}

pub fn form(target: Target, study: Option<&Study>) -> EntityForm {
    let empty = Study::new("", "");
    let s = study.unwrap_or(&empty);
    let statuses = StudyStatus::ALL
        .map(|s| Some(Pick::StudyStatus(s)))
        .to_vec();
    let date = |d: Option<chrono::NaiveDate>| d.map_or_else(String::new, |d| d.to_string());
    let fields = vec![
        Field::text(StudyField::Name, "Study name", &s.name),
        Field::choice(
            StudyField::Status,
            "Status",
            statuses,
            &Some(Pick::StudyStatus(s.status)),
        ),
        Field::text(StudyField::StartedOn, "Started", &date(s.started_on))
            .with_hint("YYYY-MM-DD, or empty"),
        Field::text(StudyField::EndedOn, "Ended", &date(s.ended_on))
            .with_hint("YYYY-MM-DD, or empty"),
        Field::text(StudyField::BookTitle, "Book", &s.book.title),
        Field::text(
            StudyField::BookAuthors,
            "Authors",
            &s.book.authors.join(", "),
        )
        .with_hint("separated by commas"),
        Field::text(StudyField::BookPublisher, "Publisher", &s.book.publisher),
        Field::text(StudyField::BookUrl, "Book link", &s.book.url),
        Field::text(StudyField::BookIsbn, "ISBN", &s.book.isbn),
        Field::text(
            StudyField::BookPages,
            "Pages",
            &s.book.pages.map_or_else(String::new, |p| p.to_string()),
        ),
        Field::long(StudyField::BookSummary, "About the book", &s.book.summary),
        Field::text(StudyField::Cadence, "Cadence", &s.cadence).with_hint(
            "such as 매주 일요일 밤 9시, or weekly, Sunday 20:00 (new sessions follow it)",
        ),
        Field::text(StudyField::Venue, "Venue", &s.venue),
        Field::amount(StudyField::DepositAmount, "Deposit", s.deposit.amount)
            .with_hint("each member's deposit, such as 30,000"),
        Field::text(StudyField::DepositCurrency, "Currency", &s.deposit.currency)
            .with_hint("such as KRW, USD, 원"),
        Field::amount(StudyField::DepositPenalty, "Penalty", s.deposit.penalty)
            .with_hint("taken for each absence or unprepared session"),
        Field::long(StudyField::Motivation, "Why we started", &s.motivation),
        Field::long(StudyField::HowItRan, "How it ran", &s.how_it_ran),
        Field::long(StudyField::Closing, "Closing", &s.closing),
        Field::text(StudyField::NextTitle, "Next book", &s.next.title),
        Field::text(StudyField::NextUrl, "Next book link", &s.next.url),
        Field::long(StudyField::NextNote, "About the next study", &s.next.note),
    ];
    Form::new(
        if study.is_some() {
            "Edit study"
        } else {
            "New study"
        },
        target,
        fields,
    )
}

/// The study's own fields from the form, over `base` (which keeps its lists).
pub fn read(form: &EntityForm, base: Study) -> Result<Study, FieldErrors> {
    let mut errors = Vec::new();
    let text = |key: StudyField| clean(form.text(key));
    let name = text(StudyField::Name);
    if name.is_empty() {
        errors.push(FieldError::new(
            StudyField::Name,
            "the study's name must not be empty",
        ));
    }
    let book_title = text(StudyField::BookTitle);
    if book_title.is_empty() {
        errors.push(FieldError::new(
            StudyField::BookTitle,
            "the book's title must not be empty",
        ));
    }
    let started_on = read_date(
        &mut errors,
        StudyField::StartedOn,
        form.text(StudyField::StartedOn),
    );
    let ended_on = read_date(
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
            format!("{end} is before the start, {start}; the study must end after it starts"),
        ));
    }
    let pages = read_number::<u32>(
        &mut errors,
        StudyField::BookPages,
        form.text(StudyField::BookPages),
        "a page count",
    );
    let amount = read_number::<u64>(
        &mut errors,
        StudyField::DepositAmount,
        form.text(StudyField::DepositAmount),
        "an amount",
    );
    let penalty = read_number::<u64>(
        &mut errors,
        StudyField::DepositPenalty,
        form.text(StudyField::DepositPenalty),
        "an amount",
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
        let form = form(Target::Study(crate::store::StudyId(1)), Some(&study));
        assert_eq!(read(&form, study.clone()), Ok(study));
    }

    #[test]
    fn a_new_study_needs_a_name_and_a_book() {
        let form = form(Target::NewStudy, None);
        let errors = read(&form, Study::new("", "")).expect_err("empty");
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [StudyField::Name, StudyField::BookTitle].map(Into::into)
        );
    }
}
