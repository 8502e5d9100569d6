//! Writing a journal by keyboard in the real binary: a small study entered from nothing,
//! kept across a restart, exported as the same post as the same study imported from JSON;
//! and a save that survives `kill -9` right after it.

mod common;
#[path = "common/pty.rs"]
mod pty;

use pty::Tui;

const TAB: &str = "\t";
const CTRL_S: &str = "\x13";
const CTRL_U: &str = "\x15";
const RIGHT: &str = "\x1b[C";

/// Types `keys` one after another, as a person would.
fn keys(tui: &mut Tui, keys: &[&str]) {
    for key in keys {
        tui.send(key.as_bytes());
    }
}

/// Opens the form with `key`, waits for its `title`, types `keys`, saves with Ctrl-s and
/// waits for the confirmation that says it is saved.
fn fill_form(tui: &mut Tui, key: &str, title: &str, typed: &[&str], saved: &str) {
    tui.send(key.as_bytes());
    tui.wait_for(title);
    keys(tui, typed);
    tui.send(CTRL_S.as_bytes());
    tui.wait_for(saved);
}

/// The study of `tests/fixtures/small-study-ko.json`, entered by keyboard on an empty
/// journal: three chapters, two sessions with attendance, a point of each kind.
fn enter_small_study(tui: &mut Tui) {
    tui.wait_for("The journal is empty.");
    // Name, Status, Started, Ended, Book, then seven fields on to Cadence.
    fill_form(
        tui,
        "a",
        "New study",
        &[
            "러스트 스터디",
            TAB,
            TAB,
            "2026-01-03",
            TAB,
            "2026-01-17",
            TAB,
            "러스트 프로그래밍 공식 가이드",
            TAB,
            TAB,
            TAB,
            TAB,
            TAB,
            TAB,
            TAB,
            "매주 토요일 오전 10시",
        ],
        "Added the study \"러스트 스터디\"",
    );
    tui.send(b"\r3");
    tui.wait_for("Member");
    fill_form(
        tui,
        "a",
        "New member",
        &["김서연", TAB, " "],
        "Saved the member \"김서연\"",
    );
    for name in ["이도윤", "박하준"] {
        let saved = format!("Saved the member \"{name}\"");
        fill_form(tui, "a", "New member", &[name], &saved);
    }

    // Chapters: the number is filled in, so the form starts at the title; the presenter is
    // the n-th member to the right.
    tui.send(b"1");
    tui.wait_for("Detail");
    let chapters = [
        ("시작하기", "2026-01-03", 1),
        ("추리 게임", "2026-01-10", 2),
        ("일반적인 프로그래밍 개념", "2026-01-10", 3),
    ];
    for (n, (title, date, presenter)) in chapters.into_iter().enumerate() {
        let mut typed = vec![title, TAB, date, TAB];
        typed.extend(std::iter::repeat_n(RIGHT, presenter));
        let saved = format!("Saved chapter {} \"{title}\"", n + 1);
        fill_form(tui, "a", "New chapter", &typed, &saved);
    }
    // Status by one key each: todo, reading, done (the sessions make them presented).
    keys(tui, &["g", "s", "s", "j", "s", "s", "j", "s"]);
    tui.wait_for("Chapter 3 is now reading.");

    // Sessions: everyone is present unless marked; 박하준 missed the second.
    tui.send(b"2");
    tui.wait_for("Unprepared");
    fill_form(
        tui,
        "a",
        "New session",
        &[CTRL_U, "2026-01-03", TAB, CTRL_U, "1"],
        "Saved the session of 2026-01-03",
    );
    fill_form(
        tui,
        "a",
        "New session",
        &[
            CTRL_U,
            "2026-01-10",
            TAB,
            CTRL_U,
            "2, 3",
            TAB,
            TAB,
            TAB,
            TAB,
            " ",
        ],
        "Saved the session of 2026-01-10",
    );

    // Retro: a point in each column; the bad one is about chapter 3.
    tui.send(b"4");
    tui.wait_for("Good (0)");
    fill_form(
        tui,
        "a",
        "New retro point",
        &["매주 발표자가 바뀌어서 모두 준비해 왔다."],
        "Good (1)",
    );
    tui.send(b"l");
    fill_form(
        tui,
        "a",
        "New retro point",
        &[
            "2장과 3장을 한 번에 읽기는 벅찼다.",
            TAB,
            TAB,
            " ",
            " ",
            " ",
        ],
        "Bad (1)",
    );
    tui.send(b"l");
    fill_form(
        tui,
        "a",
        "New retro point",
        &["긴 장은 두 주에 나눠 읽는다."],
        "Try (1)",
    );
}

fn post(journal: &common::Journal) -> String {
    journal.stdout_of(&["export", "--lang", "ko", "--date", "2026-01-20"])
}

#[test]
fn a_study_entered_by_keyboard_is_kept_and_exports_as_its_json_twin() {
    let journal = common::Journal::new();
    let mut tui = Tui::start(&journal, &[]);
    enter_small_study(&mut tui);
    tui.send(b"qq");
    assert!(tui.wait_exit().success());
    tui.assert_restored();

    // Started again, everything is there.
    let mut tui = Tui::start(&journal, &[]);
    tui.wait_for("러스트 스터디");
    tui.send(b"\r");
    tui.wait_for("일반적인 프로그래밍 개념");
    tui.send(b"2");
    let sessions = tui.wait_for("2026-01-10");
    assert!(
        sessions.contains("박하준"),
        "the absence is kept:\n{sessions}"
    );
    tui.send(b"3");
    tui.wait_for("김서연 (me)");
    tui.send(b"4");
    let retro = tui.wait_for("긴 장은 두 주에");
    assert!(retro.contains("매주 발표자가"), "{retro}");
    // The tag is drawn with a no-break space, so it never breaks across rows.
    assert!(retro.contains("(ch.\u{a0}3)"), "{retro}");
    tui.send(b"qq");
    assert!(tui.wait_exit().success());

    journal.cmd().arg("check").assert().success();
    let twin = common::Journal::new();
    twin.cmd()
        .args(["import", "tests/fixtures/small-study-ko.json"])
        .assert()
        .success();
    assert_eq!(post(&journal), post(&twin));
}

#[test]
fn a_save_survives_kill_9_right_after_it() {
    let journal = common::Journal::new();
    let mut tui = Tui::start(&journal, &[]);
    tui.wait_for("The journal is empty.");
    fill_form(
        &mut tui,
        "a",
        "New study",
        &["죽어도 남는 스터디", TAB, TAB, TAB, TAB, "러스트 인 액션"],
        "Added the study",
    );
    // The frame that says "Added" is drawn after the commit; kill before anything else.
    tui.signal(nix::sys::signal::Signal::SIGKILL);
    tui.wait_exit();

    journal.cmd().arg("check").assert().success();
    let json = journal.export_json();
    assert!(json.contains("\"name\": \"죽어도 남는 스터디\""), "{json}");
}
