//! The notes editor in the app, drawn as a terminal shows it: the terminal's cursor after
//! each kind of grapheme, the text saved after typing in the middle of one, the window after
//! a resize, and the selection drawn.

#[path = "common/ui.rs"]
mod ui;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;
use studylog::ui::App;
use studylog::ui::state::app::Overlay;
use ui::{app, cursor, press, screen, type_text};

fn editor_text(app: &App) -> String {
    match &app.overlay {
        Some(Overlay::Editor(editor)) => editor.text(),
        _ => panic!("the editor is not open"),
    }
}

/// The demo study's last chapter, its notes open (empty) in the editor.
fn open_editor(width: u16, height: u16) -> App {
    let mut app = app(width, height);
    press(&mut app, &["Enter", "G", "n"]);
    assert!(matches!(app.overlay, Some(Overlay::Editor(_))));
    app
}

#[test]
fn the_terminal_cursor_sits_after_each_grapheme_at_its_width() {
    for (width, height) in [(80, 24), (160, 50)] {
        let mut app = open_editor(width, height);
        let (x0, y0) = cursor(&app).expect("the cursor is shown");
        let mut x = x0;
        for (typed, cells) in [
            ("한", 2),
            ("\u{1100}\u{1173}\u{11af}", 2), // 글, as an input method may send it decomposed
            ("👩\u{200d}💻", 2),
            ("👍🏽", 2),
            ("🇰🇷", 2),
            ("e\u{301}", 1),
            ("Ａ", 2),
        ] {
            type_text(&mut app, typed);
            x += cells;
            assert_eq!(
                cursor(&app),
                Some((x, y0)),
                "after {typed:?} at {width}x{height}"
            );
        }
        assert_eq!(editor_text(&app), "한글👩\u{200d}💻👍🏽🇰🇷éＡ");
        // Back over every grapheme, one Left each.
        for _ in 0..7 {
            press(&mut app, &["Left"]);
        }
        assert_eq!(cursor(&app), Some((x0, y0)));
    }
}

#[test]
fn typing_inside_an_emoji_sequence_is_impossible() {
    let mut app = open_editor(80, 24);
    type_text(&mut app, "한글👩\u{200d}💻끝");
    press(&mut app, &["Left", "Left"]);
    type_text(&mut app, "X");
    press(&mut app, &["Right", "BS", "BS"]);
    // Backspace took the emoji whole, then X; Left, Right and typing never landed inside it.
    assert_eq!(editor_text(&app), "한글끝");
    press(&mut app, &["C-s"]);
    assert!(app.overlay.is_none(), "saved");
    let study = app.study.as_ref().expect("study");
    let last = study.study.chapters.len() - 1;
    assert_eq!(study.notes_of(last), Some("한글끝"));
}

#[test]
fn twelve_lines_all_show_after_the_window_grows() {
    let mut app = open_editor(50, 15);
    let lines: Vec<String> = (1..=12).map(|i| format!("{i}번째 줄의 메모")).collect();
    app.handle_paste(&lines.join("\n"));
    app.resize(50, 12);
    let small = screen(&app);
    assert!(
        small.contains("12번째 줄의 메모"),
        "the cursor's line shows:\n{small}"
    );
    assert!(
        !small.contains("│1번째 줄의 메모"),
        "too small for all:\n{small}"
    );
    app.resize(100, 30);
    let grown = screen(&app);
    for line in &lines {
        let row = format!("│{line}");
        assert!(grown.contains(&row), "{line} missing:\n{grown}");
    }
    let (_, y) = cursor(&app).expect("cursor");
    let row = grown.lines().nth(usize::from(y)).unwrap_or("");
    assert!(row.contains("12번째"), "the cursor is on its line: {row:?}");
}

#[test]
fn the_selection_is_drawn_reversed() {
    let mut app = open_editor(80, 24);
    type_text(&mut app, "가나다");
    let (x0, y0) = cursor(&app).expect("cursor");
    app.handle_key(KeyEvent::new(KeyCode::Left, KeyModifiers::SHIFT));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    terminal
        .draw(|frame| studylog::ui::view::draw(&app, frame))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    let selected = &buffer[(x0 - 2, y0)];
    assert_eq!(selected.symbol(), "다");
    assert!(
        selected.modifier.contains(Modifier::REVERSED),
        "다 is selected"
    );
    let before = &buffer[(x0 - 4, y0)];
    assert_eq!(before.symbol(), "나");
    assert!(!before.modifier.contains(Modifier::REVERSED), "나 is not");
}

#[test]
fn a_long_title_and_hint_are_cut_with_an_ellipsis() {
    let mut app = app(40, 12);
    // The first chapter of the demo has a long title.
    press(&mut app, &["Enter", "n"]);
    let text = screen(&app);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].contains('…'), "title cut: {}", lines[0]);
    assert!(lines[0].ends_with('╮'), "the corner stays: {}", lines[0]);
    let bottom = lines[10];
    assert!(
        bottom.contains('…') && bottom.ends_with('╯'),
        "hint cut: {bottom}"
    );
}
