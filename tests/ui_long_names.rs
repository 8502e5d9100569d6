//! A long member name is cut in the attendance window and the roulette; the marks and the
//! chances after it always show.

#[path = "common/ui.rs"]
mod ui;

use ui::{app, press, screen, type_text};

const LONG: &str = "가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나다라마바사";

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
