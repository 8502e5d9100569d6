//! Text by grapheme in the real binary: a terminal shrunk to the smallest size studylog
//! draws in (40x12) still shows every attendance mark beside a member's 42-cell name, and
//! the notes editor fills a grown window with every line, the cursor on its own.

mod common;
#[path = "common/pty.rs"]
mod pty;

use pty::Tui;
use unicode_width::UnicodeWidthStr;

/// A study whose member with a 42-cell name presented its one session and is marked
/// absent from it; the others hold every other mark.
const FIXTURE: &str = "tests/fixtures/long-name-ko.json";

/// Each member's row as it starts, and how it must end: the mark, and for the absent
/// presenter the note after it.
const ROWS: [(&str, &str); 5] = [
    ("김서연", "present"),
    ("이도윤", "unprepared"),
    ("박하준", "absent"),
    ("최지우", "not counted"),
    ("가나다라", "absent      ! presenter"),
];

/// What the row of the attendance window starting with `name` holds between its borders.
fn member_row<'a>(screen: &'a str, name: &str) -> Option<&'a str> {
    screen
        .lines()
        .map(|line| line.trim().trim_matches('│').trim())
        .find(|row| row.starts_with(name))
}

/// Whether every member's row shows its whole mark (and note) at the end.
fn every_mark_shows(screen: &str) -> bool {
    ROWS.iter()
        .all(|(name, mark)| member_row(screen, name).is_some_and(|row| row.ends_with(mark)))
}

#[test]
fn every_mark_shows_beside_a_42_cell_name_after_shrinking_to_40x12() {
    let journal = common::Journal::new();
    journal.cmd().args(["import", FIXTURE]).assert().success();
    let mut tui = Tui::start(&journal, &[]);
    tui.wait_for("긴 이름 스터디");
    tui.send(b"\r2");
    tui.wait_for("Came");
    tui.send(b"\r");
    // At 80x24 the whole name and the whole question fit.
    let wide = tui.wait_for("Attendance 2026-01-03");
    assert!(
        wide.contains(
            "가나다라마바사아자차카타파하가나다라마바사 absent      ! presenter, absent?"
        ),
        "{wide}"
    );

    tui.resize(40, 12);
    let screen = tui.wait_until("every mark at 40x12", |screen| {
        every_mark_shows(screen) && screen.contains('…')
    });
    let size = tui.parser.lock().expect("parser").screen().size();
    assert_eq!((size.0.get(), size.1.get()), (12, 40));
    // The window spans the whole width, from the left border to the right one.
    let top = screen
        .lines()
        .find(|l| l.contains("Attendance 2026-01-03"))
        .expect("the window's title");
    assert!(top.starts_with('╭') && top.ends_with('╮'), "{screen}");
    assert_eq!(top.width(), 40, "{screen}");
    let long = member_row(&screen, "가나다라").expect("the long name's row");
    assert!(long.contains('…'), "the name is cut, not the mark: {long}");

    tui.send(b"q");
    tui.wait_for("q back");
    tui.send(b"qq");
    assert!(tui.wait_exit().success());
    tui.assert_restored();
}

/// A study whose one chapter has twelve lines of notes.
const TWELVE_LINES: &str = r#"{"format": "studylog", "version": 1, "studies": [{
    "name": "메모 스터디", "status": "active", "started_on": "2026-01-03",
    "book": {"title": "책"}, "members": [{"name": "나", "me": true}],
    "chapters": [{"number": 1, "title": "첫 장",
        "notes": "1번째 줄 👩‍💻\n2번째 줄\n3번째 줄\n4번째 줄\n5번째 줄\n6번째 줄\n7번째 줄\n8번째 줄\n9번째 줄\n10번째 줄\n11번째 줄\n12번째 줄 끝"}]
}]}"#;

/// The notes rows on screen: the text between the editor box's borders, by row.
fn notes_rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter(|line| line.starts_with('│'))
        .map(|line| line.trim_matches('│').trim_end().to_owned())
        .collect()
}

#[test]
fn the_editor_shows_all_twelve_lines_after_the_window_grows() {
    let journal = common::Journal::new();
    let file = journal.file("twelve.json", TWELVE_LINES);
    journal
        .cmd()
        .args(["import", file.to_str().expect("path")])
        .assert()
        .success();
    let mut tui = Tui::start(&journal, &[]);
    tui.wait_for("메모 스터디");
    tui.resize(50, 15);
    tui.wait_until("the home screen at 50 columns", |screen| {
        screen.lines().all(|l| l.width() <= 50) && screen.contains("메모 스터디")
    });
    tui.send(b"\rn");
    // At 50x15 the box holds twelve rows of text; the cursor's line, the last, is shown.
    let small = tui.wait_for("Notes: 1. 첫 장");
    let rows = notes_rows(&small);
    assert!(rows.iter().any(|r| r == "12번째 줄 끝"), "{small}");

    tui.resize(100, 30);
    let grown = tui.wait_until("all twelve lines", |screen| {
        let rows = notes_rows(screen);
        rows.iter().any(|r| r == "1번째 줄 👩‍💻") && rows.iter().any(|r| r == "12번째 줄 끝")
    });
    let rows = notes_rows(&grown);
    for i in 1..=12 {
        let prefix = format!("{i}번째 줄");
        assert!(
            rows.iter().any(|r| r.starts_with(&prefix)),
            "{prefix}:\n{grown}"
        );
    }
    // The terminal's cursor is at the end of the last line, where typing goes (read once
    // the frame is whole: the cursor moves while a frame is drawn).
    let end_of_last_line = u16::try_from(1 + "12번째 줄 끝".width()).expect("narrow");
    let cursor_row = |screen: &vt100::Screen| {
        let (row, column) = screen.cursor_position();
        let contents = screen.contents();
        let line = contents
            .lines()
            .nth(usize::from(row))
            .unwrap_or("")
            .to_owned();
        (line, column)
    };
    // Waiting fails the test if the cursor never gets there.
    tui.wait_until_screen("the cursor after the last line", |screen| {
        let (line, column) = cursor_row(screen);
        line.contains("12번째 줄 끝") && column == end_of_last_line
    });

    tui.send(b"\x1b");
    tui.wait_until("the editor closed", |screen| !screen.contains("Notes: 1."));
    tui.send(b"qq");
    assert!(tui.wait_exit().success());
    tui.assert_restored();
}
