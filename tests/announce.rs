//! The chat announcement, in Korean and English: for a chapter whose presenter was drawn,
//! for one without a presenter yet, and for a study with nothing scheduled.

mod common;

use chrono::NaiveDate;
use common::Journal;
use predicates::prelude::*;
use studylog::domain::{ChapterStatus, Lang, Study, StudyStatus};
use studylog::export::announce::announce;
use studylog::export::interchange;

fn example() -> Study {
    let json = std::fs::read_to_string("tests/fixtures/example-study.json").expect("example");
    interchange::parse(&json).expect("valid").remove(0)
}

fn date(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

/// The example as it stood after chapter 9, chapter 10's presenter not chosen yet.
fn halfway() -> Study {
    let mut study = example();
    study.status = StudyStatus::Active;
    study.sessions.truncate(9);
    for chapter in &mut study.chapters[9..] {
        chapter.status = ChapterStatus::Todo;
        chapter.presenter = None;
    }
    study
}

#[test]
fn a_drawn_chapter_names_the_draw_and_its_candidates() {
    let study = example();
    // The day before chapter 2's session.
    let today = date("2025-01-18");
    let ko = announce(&study, Some(2), Lang::Ko, today).expect("chapter 2");
    insta::assert_snapshot!("announce_drawn_ko", ko);
    let en = announce(&study, Some(2), Lang::En, today).expect("chapter 2");
    insta::assert_snapshot!("announce_drawn_en", en);
}

#[test]
fn the_next_session_without_a_presenter_says_so() {
    let study = halfway();
    let today = date("2025-03-14");
    let ko = announce(&study, None, Lang::Ko, today).expect("next");
    insta::assert_snapshot!("announce_no_presenter_ko", ko);
    let en = announce(&study, None, Lang::En, today).expect("next");
    insta::assert_snapshot!("announce_no_presenter_en", en);
}

#[test]
fn a_study_with_no_session_to_come_has_nothing_scheduled() {
    let finished = example();
    let today = date("2025-04-06");
    insta::assert_snapshot!(
        "announce_nothing_finished_ko",
        announce(&finished, None, Lang::Ko, today).expect("nothing")
    );
    insta::assert_snapshot!(
        "announce_nothing_finished_en",
        announce(&finished, None, Lang::En, today).expect("nothing")
    );
    let mut done = example();
    done.status = StudyStatus::Active;
    insta::assert_snapshot!(
        "announce_nothing_left_ko",
        announce(&done, None, Lang::Ko, today).expect("nothing")
    );
    insta::assert_snapshot!(
        "announce_nothing_left_en",
        announce(&done, None, Lang::En, today).expect("nothing")
    );
}

#[test]
fn the_next_session_is_the_first_chapter_without_one() {
    let mut study = halfway();
    study.chapters[9].presenter = Some("지현".into());
    study.chapters[9].title = "일괄 처리".into();
    let text = announce(&study, None, Lang::Ko, date("2025-03-15")).expect("next");
    assert!(
        text.starts_with(
            "[DDIA reading group] 내일(3월 16일 일요일) 오후 8시, 10장 「일괄 처리」 발표는 지현님입니다.\n"
        ),
        "{text}"
    );
    // No draw for chapter 10: no draw line.
    assert!(!text.contains("추첨"), "{text}");
    study.chapters[9].presenter = None;
    let text = announce(&study, None, Lang::Ko, date("2025-03-15")).expect("next");
    assert!(
        text.contains("10장 「일괄 처리」를 함께 읽습니다."),
        "{text}"
    );
}

#[test]
fn a_skipped_chapter_is_announced_as_skipped() {
    let mut study = halfway();
    study.chapters[10].status = ChapterStatus::Skipped;
    let today = date("2025-03-14");
    assert_eq!(
        announce(&study, Some(11), Lang::Ko, today).expect("11"),
        "[DDIA reading group] 11장 「Stream Processing」은 건너뛰기로 했습니다. 따로 모이지 않습니다.\n"
    );
    assert_eq!(
        announce(&study, Some(11), Lang::En, today).expect("11"),
        "[DDIA reading group] We are skipping chapter 11, “Stream Processing”: no session for it.\n"
    );
}

#[test]
fn a_chapter_the_study_does_not_have_is_refused_with_the_ones_it_has() {
    let error = announce(&example(), Some(13), Lang::En, date("2025-04-06")).expect_err("13");
    assert_eq!(
        error.to_string(),
        "\"DDIA reading group\" has no chapter 13; its chapters are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12"
    );
}

#[test]
fn the_command_prints_the_announcement_in_the_language_asked_for() {
    let journal = Journal::new();
    journal.import_example();
    journal
        .cmd()
        .args(["announce", "--chapter", "2", "--lang", "ko"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "2장 「Data Models and Query Languages」 발표는 Chen님입니다.",
        ))
        .stdout(predicate::str::contains("추첨으로 뽑혔습니다"));
    journal
        .cmd()
        .env_remove("LC_ALL")
        .env("LANG", "C")
        .args(["announce"])
        .assert()
        .success()
        .stdout("[DDIA reading group] Nothing is scheduled: the study has finished.\n");
    journal
        .cmd()
        .args(["announce", "--chapter", "40"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("has no chapter 40"));
}
