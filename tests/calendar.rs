//! The iCalendar export, read back by a real parser (the `ical` crate): the right events,
//! dates and summaries, UIDs that stay the same from one export to the next, and lines
//! folded by octets without breaking a Korean character or an emoji.

mod common;

use chrono::{DateTime, NaiveDate, Utc};
use common::Journal;
use ical::parser::ical::component::{IcalCalendar, IcalEvent};
use predicates::prelude::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use studylog::domain::{Lang, Study, StudyStatus};
use studylog::export::calendar::{
    CalendarOptions, MAX_LINE_OCTETS, calendar, escape_text, fold_line, unfold,
};
use studylog::export::interchange;

fn fixture(name: &str) -> Study {
    let json = std::fs::read_to_string(format!("tests/fixtures/{name}")).expect("fixture");
    interchange::parse(&json).expect("valid").remove(0)
}

fn date(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn options(today: &str, stamp: &str, lang: Lang) -> CalendarOptions {
    CalendarOptions {
        today: date(today),
        stamp: stamp.parse::<DateTime<Utc>>().expect("stamp"),
        lang,
    }
}

/// The one calendar in `text`, as the `ical` crate reads it.
fn parse(text: &str) -> IcalCalendar {
    let mut calendars = ical::IcalParser::new(text.as_bytes());
    let calendar = calendars
        .next()
        .expect("a calendar")
        .expect("parses as iCalendar");
    assert!(calendars.next().is_none(), "one calendar");
    calendar
}

/// The value of `name` in `event`, TEXT escapes undone.
fn value(event: &IcalEvent, name: &str) -> Option<String> {
    let raw = event
        .properties
        .iter()
        .find(|p| p.name == name)?
        .value
        .clone()?;
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            },
            (c, false) => out.push(c),
        }
    }
    Some(out)
}

fn values(calendar: &IcalCalendar, name: &str) -> Vec<String> {
    calendar
        .events
        .iter()
        .map(|e| value(e, name).unwrap_or_default())
        .collect()
}

#[test]
fn the_example_study_is_one_event_per_session_at_the_cadences_time() {
    let study = fixture("example-study.json");
    let text = calendar(
        &study,
        &options("2025-04-06", "2025-04-06T12:00:00Z", Lang::En),
    );
    let parsed = parse(&text);
    assert_eq!(parsed.events.len(), 12, "twelve sessions, none to come");
    // "weekly, Sunday 20:00": floating local time, no TZID.
    let starts = values(&parsed, "DTSTART");
    assert_eq!(starts[0], "20250112T200000");
    assert_eq!(starts[11], "20250330T200000");
    for event in &parsed.events {
        for required in ["UID", "DTSTAMP", "DTSTART", "SUMMARY"] {
            assert!(value(event, required).is_some(), "{required} in {event:?}");
        }
        assert_eq!(value(event, "DTSTAMP").as_deref(), Some("20250406T120000Z"));
        assert_eq!(value(event, "LOCATION").as_deref(), Some("video call"));
        assert_eq!(value(event, "STATUS").as_deref(), Some("CONFIRMED"));
    }
    let summaries = values(&parsed, "SUMMARY");
    assert_eq!(
        summaries[0],
        "DDIA reading group: ch. 1 “Reliable, Scalable, and Maintainable Applications” (Ben)"
    );
    assert_eq!(
        summaries[2],
        "DDIA reading group: ch. 3 “Storage and Retrieval” (Dara)"
    );
    let notes = value(&parsed.events[10], "DESCRIPTION").expect("description");
    assert_eq!(
        notes,
        "ch. 11 “Stream Processing”\nPresenter: Ana\n\nLong discussion on exactly-once delivery."
    );
    let name = parsed.properties.iter().find(|p| p.name == "X-WR-CALNAME");
    assert_eq!(
        name.and_then(|p| p.value.as_deref()),
        Some("DDIA reading group")
    );
    for line in text.split_terminator("\r\n") {
        assert!(line.len() <= MAX_LINE_OCTETS, "{line:?}");
    }
    assert!(text.ends_with("END:VCALENDAR\r\n"));
}

#[test]
fn uids_are_the_same_in_two_exports_and_unique_in_one() {
    let study = fixture("example-study.json");
    let first = parse(&calendar(
        &study,
        &options("2025-04-06", "2025-04-06T12:00:00Z", Lang::En),
    ));
    let second = parse(&calendar(
        &study,
        &options("2025-05-01", "2025-05-01T08:30:00Z", Lang::Ko),
    ));
    let uids = values(&first, "UID");
    assert_eq!(uids, values(&second, "UID"));
    let mut unique = uids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), uids.len());
    assert_ne!(values(&first, "DTSTAMP"), values(&second, "DTSTAMP"));
}

/// The example as it stood after chapter 9, meeting on Sundays with no time named.
fn halfway() -> Study {
    let mut study = fixture("example-study.json");
    study.status = StudyStatus::Active;
    study.cadence = "매주 일요일".into();
    study.sessions.truncate(9);
    for chapter in &mut study.chapters[9..] {
        chapter.status = studylog::domain::ChapterStatus::Todo;
    }
    study.chapters[11].presenter = None;
    study
}

#[test]
fn sessions_to_come_are_all_day_tentative_events_on_the_cadences_dates() {
    let study = halfway();
    let parsed = parse(&calendar(
        &study,
        &options("2025-03-10", "2025-03-10T00:00:00Z", Lang::Ko),
    ));
    assert_eq!(parsed.events.len(), 12, "nine held, three to come");
    let statuses = values(&parsed, "STATUS");
    assert_eq!(statuses.iter().filter(|s| *s == "CONFIRMED").count(), 9);
    assert_eq!(statuses.iter().filter(|s| *s == "TENTATIVE").count(), 3);
    let planned = &parsed.events[9..];
    let starts: Vec<_> = planned.iter().filter_map(|e| value(e, "DTSTART")).collect();
    assert_eq!(starts, ["20250316", "20250323", "20250330"]);
    let ends: Vec<_> = planned.iter().filter_map(|e| value(e, "DTEND")).collect();
    assert_eq!(ends, ["20250317", "20250324", "20250331"]);
    let start = planned[0]
        .properties
        .iter()
        .find(|p| p.name == "DTSTART")
        .expect("DTSTART");
    assert_eq!(
        start.params,
        Some(vec![("VALUE".to_owned(), vec!["DATE".to_owned()])])
    );
    assert_eq!(
        value(&planned[0], "SUMMARY").as_deref(),
        Some("DDIA reading group: 10장 「Batch Processing」 (Dara 발표)")
    );
    assert_eq!(
        value(&planned[2], "SUMMARY").as_deref(),
        Some("DDIA reading group: 12장 「The Future of Data Systems」")
    );
    assert!(
        value(&planned[2], "DESCRIPTION")
            .is_some_and(|d| d.contains("발표: 아직 정하지 않음") && d.contains("매주 일요일"))
    );
}

#[test]
fn a_planned_session_and_the_session_that_holds_it_share_a_uid() {
    let before = parse(&calendar(
        &halfway(),
        &options("2025-03-10", "2025-03-10T00:00:00Z", Lang::En),
    ));
    let after = parse(&calendar(
        &fixture("example-study.json"),
        &options("2025-04-06", "2025-04-06T00:00:00Z", Lang::En),
    ));
    assert_eq!(values(&before, "UID"), values(&after, "UID"));
}

#[test]
fn a_korean_study_parses_with_its_hangul_intact() {
    let study = fixture("small-study-ko.json");
    let text = calendar(
        &study,
        &options("2026-01-20", "2026-01-20T00:00:00Z", Lang::Ko),
    );
    let parsed = parse(&text);
    assert_eq!(parsed.events.len(), study.sessions.len());
    for summary in values(&parsed, "SUMMARY") {
        assert!(summary.starts_with("러스트 스터디: "), "{summary}");
    }
}

#[test]
fn the_command_writes_the_file_and_refuses_to_overwrite_it() {
    let journal = Journal::new();
    journal.import_example();
    let out = journal.path("study.ics");
    journal
        .cmd()
        .args(["calendar", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("wrote"));
    let text = std::fs::read_to_string(&out).expect("written");
    assert_eq!(parse(&text).events.len(), 12);
    journal
        .cmd()
        .args(["calendar", "-o"])
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains("--force"));
    journal
        .cmd()
        .args(["calendar", "--force", "-o"])
        .arg(&out)
        .assert()
        .success();
}

/// Text with what folding can break: Hangul (3 octets), emoji (4), spaces and escapes.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            "[a-zA-Z0-9]",
            Just(" ".to_owned()),
            Just(",".to_owned()),
            Just(";".to_owned()),
            Just("\\".to_owned()),
            Just("\n".to_owned()),
            "[가-힣]",
            "[😀-🙏]",
            Just("👩‍💻".to_owned()),
            Just("é".to_owned()),
        ],
        0..200,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(Config {
        cases: 256,
        rng_seed: RngSeed::Fixed(0x1c5_2026),
        failure_persistence: None,
        ..Config::default()
    })]

    #[test]
    fn folded_lines_fit_75_octets_and_unfold_to_the_original(body in text()) {
        let line = format!("DESCRIPTION:{}", escape_text(&body));
        let folded = fold_line(&line);
        for part in folded.split("\r\n") {
            prop_assert!(part.len() <= MAX_LINE_OCTETS, "{} octets: {:?}", part.len(), part);
        }
        prop_assert!(!folded.contains('\n') || folded.matches('\n').count() == folded.matches("\r\n ").count());
        prop_assert_eq!(unfold(&folded), line);
    }
}
