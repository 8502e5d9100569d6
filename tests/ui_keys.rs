//! The key contract of tui.md, driven through the app's key handling.

#[path = "common/ui.rs"]
mod ui;

use studylog::ui::action::Tab;
use ui::{app, app_with, press};

#[test]
fn j_k_and_arrows_move_through_the_studies() {
    let mut app = app(80, 24);
    assert_eq!(app.home.selected, 0);
    press(&mut app, &["j"]);
    assert_eq!(app.home.selected, 1);
    press(&mut app, &["j", "Down"]);
    assert_eq!(app.home.selected, 1, "the last item stays selected");
    press(&mut app, &["k"]);
    assert_eq!(app.home.selected, 0);
    press(&mut app, &["Up", "k"]);
    assert_eq!(app.home.selected, 0, "the first item stays selected");
    press(&mut app, &["Down"]);
    assert_eq!(app.home.selected, 1);
}

#[test]
fn first_last_and_paging_keep_the_selection_on_screen() {
    // 12 rows tall: six chapter rows are visible.
    let mut app = app(80, 12);
    press(&mut app, &["Enter"]);
    let cursor = |app: &studylog::ui::App| app.study.as_ref().expect("study").cursor();
    press(&mut app, &["PageDown"]);
    assert_eq!(cursor(&app).selected, 6);
    assert!(cursor(&app).offset <= 6 && 6 < cursor(&app).offset + 6);
    press(&mut app, &["G"]);
    assert_eq!((cursor(&app).selected, cursor(&app).offset), (11, 6));
    press(&mut app, &["PageUp"]);
    assert_eq!(cursor(&app).selected, 5);
    assert_eq!(cursor(&app).offset, 5, "scrolls up just enough");
    press(&mut app, &["g"]);
    assert_eq!((cursor(&app).selected, cursor(&app).offset), (0, 0));
    press(&mut app, &["End"]);
    assert_eq!(cursor(&app).selected, 11);
    press(&mut app, &["Home"]);
    assert_eq!(cursor(&app).selected, 0);
}

#[test]
fn enter_opens_and_esc_or_q_go_back() {
    let mut app = app(80, 24);
    press(&mut app, &["j", "Enter"]);
    let screen = app.study.as_ref().expect("a study is open");
    assert_eq!(screen.study.name, "DDIA reading group");
    press(&mut app, &["Esc"]);
    assert!(app.study.is_none());
    assert_eq!(app.home.selected, 1, "the home selection is kept");
    press(&mut app, &["Enter", "q"]);
    assert!(app.study.is_none());
    assert!(!app.should_quit);
    press(&mut app, &["q"]);
    assert!(app.should_quit, "q on the home screen quits");
}

#[test]
fn esc_on_the_home_screen_quits_too() {
    let mut app = app(80, 24);
    press(&mut app, &["Esc"]);
    assert!(app.should_quit);
}

#[test]
fn ctrl_c_quits_from_anywhere() {
    for keys in [&[][..], &["Enter"], &["Enter", "5"], &["Enter", "?"]] {
        let mut app = app(80, 24);
        press(&mut app, keys);
        press(&mut app, &["C-c"]);
        assert!(app.should_quit, "after {keys:?}");
    }
}

#[test]
fn tab_shift_tab_and_numbers_switch_tabs() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter"]);
    let tab = |app: &studylog::ui::App| app.study.as_ref().expect("study").tab;
    assert_eq!(tab(&app), Tab::Chapters);
    press(&mut app, &["Tab"]);
    assert_eq!(tab(&app), Tab::Sessions);
    press(&mut app, &["BTab", "BTab"]);
    assert_eq!(tab(&app), Tab::Post, "shift-tab wraps around");
    for (key, expected) in [
        ("1", Tab::Chapters),
        ("2", Tab::Sessions),
        ("3", Tab::Members),
        ("4", Tab::Retro),
        ("5", Tab::Post),
    ] {
        press(&mut app, &[key]);
        assert_eq!(tab(&app), expected);
    }
    press(&mut app, &["Tab"]);
    assert_eq!(tab(&app), Tab::Chapters, "tab wraps around");
}

#[test]
fn each_tab_keeps_its_own_place() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "j", "j", "2", "j", "1"]);
    let screen = app.study.as_ref().expect("study");
    assert_eq!(screen.cursor().selected, 2);
    assert_eq!(screen.cursors[Tab::Sessions.index()].selected, 1);
}

#[test]
fn the_post_tab_renders_the_post_and_scrolls() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "5"]);
    let post = app
        .study
        .as_ref()
        .and_then(|s| s.post.clone())
        .expect("post rendered");
    assert!(post.contains("## 좋았던 점"), "{post}");
    press(&mut app, &["j", "j", "j"]);
    assert_eq!(app.study.as_ref().expect("study").cursor().selected, 3);
    let text = ui::screen(&app);
    assert!(text.contains("line 4/"), "{text}");
}

#[test]
fn question_mark_opens_and_closes_the_help() {
    let mut app = app(80, 24);
    press(&mut app, &["?"]);
    assert!(app.help_open);
    press(&mut app, &["j"]);
    assert_eq!(
        app.home.selected, 1,
        "navigation keys still work under the help"
    );
    press(&mut app, &["?"]);
    assert!(!app.help_open);
    press(&mut app, &["?", "Esc"]);
    assert!(!app.help_open, "Esc closes the help");
    assert!(!app.should_quit, "without quitting");
    press(&mut app, &["?", "q"]);
    assert!(!app.help_open && !app.should_quit);
}

#[test]
fn keys_on_an_empty_journal_do_nothing_harmful() {
    let mut app = app_with(&[], 80, 24);
    press(
        &mut app,
        &["j", "k", "G", "g", "PageDown", "Enter", "Tab", "5"],
    );
    assert!(app.study.is_none());
    assert_eq!(app.home.selected, 0);
}

#[test]
fn a_resize_keeps_the_selection_visible() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "G"]);
    app.resize(80, 12);
    let cursor = app.study.as_ref().expect("study").cursor();
    assert_eq!(cursor.selected, 11);
    assert!(cursor.offset + 6 > 11, "{cursor:?}");
}
