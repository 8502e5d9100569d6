//! A study: its name, status and dates, the book, how it ran (cadence, venue, the deposit
//! rule), and the words of the retrospective (motivation, how it ran, closing, next study).

use super::{EntityForm, FieldErrors, Target, clean, read_date, read_number};
use crate::domain::{Book, Deposit, NextStudy, Study, StudyStatus};
use crate::ui::form::{Field, Form};

pub fn form(target: Target, study: Option<&Study>) -> EntityForm {
    let empty = Study::new("", "");
    let s = study.unwrap_or(&empty);
    let statuses = StudyStatus::ALL.map(|s| s.as_str().to_owned()).to_vec();
    let status = StudyStatus::ALL
        .iter()
        .position(|x| *x == s.status)
        .unwrap_or(0);
    let date = |d: Option<chrono::NaiveDate>| d.map_or_else(String::new, |d| d.to_string());
    let fields = vec![
        Field::text("name", "Study name", &s.name),
        Field::choice("status", "Status", statuses, status),
        Field::text("started_on", "Started", &date(s.started_on)).with_hint("YYYY-MM-DD, or empty"),
        Field::text("ended_on", "Ended", &date(s.ended_on)).with_hint("YYYY-MM-DD, or empty"),
        Field::text("book.title", "Book", &s.book.title),
        Field::text("book.authors", "Authors", &s.book.authors.join(", "))
            .with_hint("separated by commas"),
        Field::text("book.publisher", "Publisher", &s.book.publisher),
        Field::text("book.url", "Book link", &s.book.url),
        Field::text("book.isbn", "ISBN", &s.book.isbn),
        Field::text(
            "book.pages",
            "Pages",
            &s.book.pages.map_or_else(String::new, |p| p.to_string()),
        ),
        Field::long("book.summary", "About the book", &s.book.summary),
        Field::text("cadence", "Cadence", &s.cadence).with_hint(
            "such as 매주 일요일 밤 9시, or weekly, Sunday 20:00 (new sessions follow it)",
        ),
        Field::text("venue", "Venue", &s.venue),
        Field::amount("deposit.amount", "Deposit", s.deposit.amount)
            .with_hint("each member's deposit, such as 30,000"),
        Field::text("deposit.currency", "Currency", &s.deposit.currency)
            .with_hint("such as KRW, USD, 원"),
        Field::amount("deposit.penalty", "Penalty", s.deposit.penalty)
            .with_hint("taken for each absence or unprepared session"),
        Field::long("motivation", "Why we started", &s.motivation),
        Field::long("how_it_ran", "How it ran", &s.how_it_ran),
        Field::long("closing", "Closing", &s.closing),
        Field::text("next.title", "Next book", &s.next.title),
        Field::text("next.url", "Next book link", &s.next.url),
        Field::long("next.note", "About the next study", &s.next.note),
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
    let text = |key| clean(form.value(key));
    let name = text("name");
    if name.is_empty() {
        errors.push(("name", "the study's name must not be empty".to_owned()));
    }
    let book_title = text("book.title");
    if book_title.is_empty() {
        errors.push((
            "book.title",
            "the book's title must not be empty".to_owned(),
        ));
    }
    let started_on = read_date(&mut errors, "started_on", form.value("started_on"));
    let ended_on = read_date(&mut errors, "ended_on", form.value("ended_on"));
    // Said now, with any other problem, rather than after those are fixed.
    if let (Some(start), Some(end)) = (started_on, ended_on)
        && end < start
    {
        errors.push((
            "ended_on",
            format!("{end} is before the start, {start}; the study must end after it starts"),
        ));
    }
    let pages = read_number::<u32>(
        &mut errors,
        "book.pages",
        form.value("book.pages"),
        "a page count",
    );
    let amount = read_number::<u64>(
        &mut errors,
        "deposit.amount",
        form.value("deposit.amount"),
        "an amount",
    );
    let penalty = read_number::<u64>(
        &mut errors,
        "deposit.penalty",
        form.value("deposit.penalty"),
        "an amount",
    );
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Study {
        name,
        status: StudyStatus::parse(form.value("status")).unwrap_or_default(),
        started_on,
        ended_on,
        cadence: text("cadence"),
        venue: text("venue"),
        motivation: text("motivation"),
        how_it_ran: text("how_it_ran"),
        deposit: Deposit {
            amount: amount.unwrap_or(0),
            currency: text("deposit.currency"),
            penalty: penalty.unwrap_or(0),
        },
        book: Book {
            title: book_title,
            authors: text("book.authors")
                .split(',')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_owned)
                .collect(),
            publisher: text("book.publisher"),
            url: text("book.url"),
            isbn: text("book.isbn"),
            pages,
            summary: text("book.summary"),
        },
        closing: text("closing"),
        next: NextStudy {
            title: text("next.title"),
            url: text("next.url"),
            note: text("next.note"),
        },
        ..base
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_study_reads_back_as_it_was() {
        let json = include_str!("../../../tests/fixtures/example-study.json");
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
        let keys: Vec<&str> = errors.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, vec!["name", "book.title"]);
    }
}
