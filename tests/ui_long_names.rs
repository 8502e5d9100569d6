//! A long member name is cut in the attendance window, the roulette and a form's choice;
//! the marks, the notes, the chances and the choice's arrows always show, down to the
//! smallest window (40x12). A form's key hint is cut the same way.

#[path = "common/ui.rs"]
mod ui;

use ui::{app, app_with, press, screen, type_text, window};

const LONG: &str = "가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나다라마바사";

/// A study whose member with a 42-cell name presented its one session and is marked
/// absent from it; the others hold every other mark.
const FIXTURE: &str = "tests/fixtures/long-name-ko.json";
const LONG_42: &str = "가나다라마바사아자차카타파하가나다라마바사";

/// The smallest window studylog draws in, and the usual one.
const SIZES: [(u16, u16); 2] = [(40, 12), (80, 24)];

/// What a row of a box holds between its side borders, without the blanks around it.
fn inside(row: &str) -> &str {
    row.trim().trim_matches('│').trim()
}

/// The row of `rows` that holds `text`.
fn row_with<'a>(rows: &[&'a str], text: &str) -> &'a str {
    rows.iter()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no row holds {text:?}:\n{}", rows.join("\n")))
}

fn with_a_long_member(width: u16, height: u16) -> studylog::ui::App {
    let mut app = app(width, height);
    press(&mut app, &["Enter", "3", "a"]);
    type_text(&mut app, LONG);
    press(&mut app, &["C-s"]);
    assert!(
        app.study
            .as_ref()
            .is_some_and(|s| s.study.members.iter().any(|m| m.name == LONG)),
        "{}",
        screen(&app)
    );
    app
}

#[test]
fn the_attendance_window_shows_every_mark_beside_a_long_name() {
    for (width, height) in [(80, 24), (160, 50)] {
        let mut app = with_a_long_member(width, height);
        press(&mut app, &["2", "Enter"]);
        let text = screen(&app);
        // The window's rows: from its title down.
        let window: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.contains("Attendance 20"))
            .collect();
        for name in ["김서연", "이도윤", "최지우"] {
            let row = window
                .iter()
                .find(|l| l.contains(name))
                .unwrap_or_else(|| panic!("{name} is listed: {text}"));
            assert!(
                row.contains("present") || row.contains("absent"),
                "{width}x{height}: {row}"
            );
        }
        let long = window
            .iter()
            .find(|l| l.contains("가나다라"))
            .expect("the long name is listed, cut");
        if width == 80 {
            assert!(long.contains('…'), "too long for 80 columns: {long}");
        }
        assert!(long.contains("not counted"), "{long}");
    }
}

#[test]
fn the_roulette_shows_every_chance_beside_a_long_name() {
    let mut app = with_a_long_member(80, 24);
    // Chapter 11 is still to come.
    press(&mut app, &["1", "G", "k", "r"]);
    let text = screen(&app);
    let chances = text.lines().filter(|l| l.contains('%')).count();
    assert_eq!(
        chances, 6,
        "a chance per member, the long-named one too:\n{text}"
    );
}

#[test]
fn every_mark_and_note_shows_beside_a_42_cell_name() {
    for (width, height) in SIZES {
        let mut app = app_with(&[FIXTURE], width, height);
        press(&mut app, &["Enter", "2", "Enter"]);
        let text = screen(&app);
        let rows = window(&text, "Attendance 2026-01-03");
        for (name, mark) in [
            ("김서연", "present"),
            ("이도윤", "unprepared"),
            ("박하준", "absent"),
            ("최지우", "not counted"),
        ] {
            let row = inside(row_with(&rows, name));
            assert!(row.ends_with(mark), "{width}x{height}: {row}");
        }
        // The long-named presenter, marked absent: the mark and the whole note after it.
        let row = inside(row_with(&rows, "가나"));
        assert!(row.contains(" absent "), "{width}x{height}: {row}");
        let note = if width == 40 {
            assert!(row.contains('…'), "the name is cut: {row}");
            "! presenter"
        } else {
            assert!(row.contains(LONG_42), "the name fits whole: {row}");
            "! presenter, absent?"
        };
        assert!(row.ends_with(note), "{width}x{height}: {row}");
    }
}

#[test]
fn a_long_choice_is_cut_between_its_arrows() {
    for (width, height) in SIZES {
        let mut app = app_with(&[FIXTURE], width, height);
        // The session's form: Date, Chapters, then Presenter in focus.
        press(&mut app, &["Enter", "2", "e", "Tab", "Tab"]);
        let text = screen(&app);
        let row = inside(row_with(&window(&text, "Edit session"), "Presenter"));
        let value = row.trim_start_matches("Presenter").trim();
        assert!(value.starts_with("‹ 가나다라"), "{width}x{height}: {row}");
        assert!(value.ends_with(" ›"), "{width}x{height}: {row}");
        if width == 40 {
            assert!(value.ends_with("… ›"), "cut inside the arrows: {row}");
        } else {
            assert_eq!(value, format!("‹ {LONG_42} ›"));
        }
        // Out of focus, the value is cut at the box's edge with an ellipsis too.
        press(&mut app, &["Tab"]);
        let text = screen(&app);
        let row = inside(row_with(&window(&text, "Edit session"), "Presenter"));
        if width == 40 {
            assert!(row.ends_with('…'), "{row}");
        } else {
            assert!(row.ends_with(LONG_42), "{row}");
        }
    }
}

#[test]
fn a_form_hint_too_long_for_the_window_ends_in_an_ellipsis() {
    let bottom_border = |app: &studylog::ui::App| {
        let text = screen(app);
        let rows = window(&text, "Edit session");
        let bottom = rows.last().expect("a bottom border").trim().to_owned();
        assert!(bottom.starts_with("╰ Ctrl-s save"), "{bottom}");
        assert!(bottom.ends_with('╯'), "the corner stays: {bottom}");
        bottom
    };
    for (width, height) in SIZES {
        let mut app = app_with(&[FIXTURE], width, height);
        press(&mut app, &["Enter", "2", "e"]);
        let bottom = bottom_border(&app);
        if width == 40 {
            assert!(bottom.ends_with("…─╯"), "cut with an ellipsis: {bottom}");
        } else {
            assert!(bottom.contains("Ctrl-e editor "), "{bottom}");
        }
        // The Chapters field's hint makes the fields overflow a short window: the position
        // takes the right end and the hint stops before it.
        press(&mut app, &["Tab"]);
        let bottom = bottom_border(&app);
        if width == 40 {
            assert!(bottom.contains("…─ 1-9 of "), "{bottom}");
        } else {
            assert!(bottom.contains("Ctrl-e editor "), "{bottom}");
        }
    }
}
