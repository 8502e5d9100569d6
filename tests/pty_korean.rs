//! The interface's language in the real binary: a Korean locale gives a Korean interface,
//! `STUDYLOG_LANG` overrides the locale for one run, and the help speaks the same language.

mod common;
#[path = "common/pty.rs"]
mod pty;

use common::Journal;
use pty::Tui;

/// The study screen's tabs as each language names them.
const KOREAN_TABS: &str = "1 챕터 │ 2 모임 │ 3 멤버 │ 4 회고 │ 5 글";
const ENGLISH_TABS: &str = "1 Chapters │ 2 Sessions │ 3 Members │ 4 Retro │ 5 Post";

/// Opens the demo's study, then the help, and returns both screens; quits cleanly.
fn study_and_help(env: &[(&str, &str)], tabs: &str, help_line: &str) -> (String, String) {
    let journal = Journal::new();
    let mut tui = Tui::start_with_env(&journal, &["demo"], env);
    tui.wait_until("the home screen", |screen| screen.contains("데이터 중심"));
    tui.send(b"\r");
    let study = tui.wait_for(tabs);
    tui.send(b"?");
    let help = tui.wait_for(help_line);
    tui.send(b"\x03");
    assert!(tui.wait_exit().success());
    tui.assert_restored();
    (study, help)
}

#[test]
fn a_korean_locale_gives_korean_tabs_and_a_korean_help() {
    let (study, help) = study_and_help(
        &[("LANG", "ko_KR.UTF-8")],
        KOREAN_TABS,
        "챕터 발표 노트 쓰기",
    );
    assert!(!study.contains("Chapters"), "{study}");
    // The status bar's hints are Korean too.
    assert!(study.contains("a 추가"), "{study}");
    assert!(help.contains("다음 항목"), "{help}");
    assert!(!help.contains("next item"), "{help}");
}

#[test]
fn studylog_lang_overrides_the_locale_for_one_run() {
    let (study, help) = study_and_help(
        &[("LANG", "ko_KR.UTF-8"), ("STUDYLOG_LANG", "en")],
        ENGLISH_TABS,
        "write the chapter's presentation notes",
    );
    assert!(study.contains("a add"), "{study}");
    assert!(!help.contains("다음 항목"), "{help}");
    let (study, _) = study_and_help(&[("STUDYLOG_LANG", "ko")], KOREAN_TABS, "다음 항목");
    assert!(study.contains("a 추가"), "{study}");
}

#[test]
fn lc_all_wins_over_lang() {
    study_and_help(
        &[("LANG", "ko_KR.UTF-8"), ("LC_ALL", "en_US.UTF-8")],
        ENGLISH_TABS,
        "next item",
    );
}
