//! The key contract of tui.md, driven through the app's key handling.

#[path = "common/ui.rs"]
mod ui;

use studylog::ui::App;
use studylog::ui::state::action::Tab;
use studylog::ui::state::app::Overlay;
use ui::{app, app_with, press};

fn help_open(app: &App) -> bool {
    matches!(app.overlay, Some(Overlay::Help { .. }))
}

#[test]
fn j_k_and_arrows_move_through_the_studies() {
    let mut app = app(80, 24);
    assert_eq!(app.home.cursor.selected, 0);
    press(&mut app, &["j"]);
    assert_eq!(app.home.cursor.selected, 1);
    press(&mut app, &["j", "Down"]);
    assert_eq!(app.home.cursor.selected, 1, "the last item stays selected");
    press(&mut app, &["k"]);
    assert_eq!(app.home.cursor.selected, 0);
    press(&mut app, &["Up", "k"]);
    assert_eq!(app.home.cursor.selected, 0, "the first item stays selected");
    press(&mut app, &["Down"]);
    assert_eq!(app.home.cursor.selected, 1);
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
    assert_eq!(app.home.cursor.selected, 1, "the home selection is kept");
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
    assert_eq!(screen.lists[Tab::Sessions.index()].cursor.selected, 1);
}

#[test]
fn the_post_tab_renders_the_post_and_scrolls() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "5"]);
    let post = app
        .study
        .as_ref()
        .and_then(|s| s.post.as_ref())
        .map(|p| p.text.clone())
        .expect("post rendered");
    assert!(post.contains("## 좋았던 점"), "{post}");
    press(&mut app, &["j", "j", "j"]);
    assert_eq!(app.study.as_ref().expect("study").cursor().selected, 3);
    let text = ui::screen(&app);
    assert!(text.contains("lines 4-"), "{text}");

    // The end of the post is reachable, wrapped lines and all, and no further.
    press(&mut app, &["G"]);
    let text = ui::screen(&app);
    let last_line = post
        .lines()
        .rev()
        .find(|l| !l.is_empty())
        .expect("a last line");
    let tail: String = last_line
        .chars()
        .rev()
        .take(6)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    assert!(text.contains(&tail), "{tail:?} not on screen:\n{text}");
    // "lines a-b of n" counts screen rows; at the end, b is n.
    let label = text
        .split("lines ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().take(3).collect::<Vec<_>>().into())
        .expect("the position label");
    let label: Vec<&str> = label;
    let shown_to = label[0].split('-').nth(1).expect("a range");
    assert_eq!(shown_to, label[2], "the last row is in view: {label:?}");
    assert!(
        label[2].parse::<usize>().expect("a count") >= post.lines().count(),
        "rows, not source lines"
    );
    let top = app.study.as_ref().expect("study").cursor().selected;
    press(&mut app, &["j", "PageDown"]);
    assert_eq!(app.study.as_ref().expect("study").cursor().selected, top);
}

#[test]
fn question_mark_opens_and_closes_the_help() {
    let mut app = app(80, 24);
    press(&mut app, &["?"]);
    assert!(help_open(&app));
    press(&mut app, &["j"]);
    assert_eq!(
        app.home.cursor.selected, 0,
        "keys go to the help, not the list"
    );
    press(&mut app, &["?"]);
    assert!(!help_open(&app));
    press(&mut app, &["?", "Esc"]);
    assert!(!help_open(&app), "Esc closes the help");
    assert!(!app.should_quit, "without quitting");
    press(&mut app, &["?", "q"]);
    assert!(!help_open(&app) && !app.should_quit);
}

#[test]
fn question_mark_in_the_attendance_window_shows_its_keys_and_comes_back() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "2", "Enter", "j"]);
    assert!(matches!(
        app.overlay,
        Some(Overlay::Attendance { cursor: 1 })
    ));
    assert!(
        ui::screen(&app).contains("? help"),
        "the hints offer the help"
    );
    press(&mut app, &["?"]);
    assert!(help_open(&app));
    let text = ui::screen(&app);
    assert!(
        text.contains("Space/Enter  cycle the member's mark"),
        "{text}"
    );
    assert!(
        !text.contains("Tab  next tab"),
        "the window's keys, not the tab's:\n{text}"
    );
    press(&mut app, &["?"]);
    assert!(
        matches!(app.overlay, Some(Overlay::Attendance { cursor: 1 })),
        "back in the attendance window, on the same member"
    );
    press(&mut app, &["?", "Esc"]);
    assert!(matches!(app.overlay, Some(Overlay::Attendance { .. })));
}

#[test]
fn a_help_longer_than_the_window_scrolls() {
    let mut app = app(80, 12);
    press(&mut app, &["Enter", "?"]);
    let text = ui::screen(&app);
    assert!(text.contains("j/k scroll"), "{text}");
    assert!(!text.contains("Ctrl-c"), "the last key is below:\n{text}");
    press(&mut app, &["G"]);
    let text = ui::screen(&app);
    assert!(text.contains("Ctrl-c"), "{text}");
    press(&mut app, &["j"]);
    assert!(matches!(app.overlay, Some(Overlay::Help { scroll, .. }) if scroll > 0));
    press(&mut app, &["?"]);
    assert!(app.overlay.is_none());
}

#[test]
fn keys_on_an_empty_journal_do_nothing_harmful() {
    let mut app = app_with(&[], 80, 24);
    press(
        &mut app,
        &["j", "k", "G", "g", "PageDown", "Enter", "Tab", "5"],
    );
    assert!(app.study.is_none());
    assert_eq!(app.home.cursor.selected, 0);
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

fn selected_study(app: &App) -> &str {
    let i = app
        .home
        .selected_item(app.studies.len())
        .expect("a study is selected");
    &app.studies[i].name
}

#[test]
fn slash_filters_the_studies_as_you_type_in_korean() {
    let mut app = app(80, 24);
    press(&mut app, &["j", "/", "데", "이", "터"]);
    assert_eq!(app.home.len(app.studies.len()), 1);
    assert_eq!(selected_study(&app), "데이터 중심 애플리케이션 설계 읽기");
    let text = ui::screen(&app);
    assert!(text.contains("/데이터"), "the query is shown:\n{text}");
    assert!(!text.contains("DDIA reading group"), "{text}");

    // Letters are text while typing: q and j did not quit or move.
    press(&mut app, &["Esc", "/", "q", "j"]);
    assert!(!app.should_quit);
    assert_eq!(app.home.len(app.studies.len()), 0, "nothing matches qj");
    assert!(ui::screen(&app).contains("no matches among 2"));
}

#[test]
fn initial_consonants_match_hangul_syllables() {
    let mut app = app(80, 24);
    press(&mut app, &["/", "ㄷ", "ㅇ", "ㅌ"]);
    assert_eq!(app.home.len(app.studies.len()), 1);
    assert_eq!(selected_study(&app), "데이터 중심 애플리케이션 설계 읽기");
}

#[test]
fn esc_clears_the_filter_and_keeps_the_selected_item() {
    let mut app = app(80, 24);
    press(&mut app, &["/", "d", "d", "i", "a"]);
    assert_eq!(selected_study(&app), "DDIA reading group");
    press(&mut app, &["Esc"]);
    assert!(app.home.filter.is_none());
    assert_eq!(app.home.len(app.studies.len()), 2);
    assert_eq!(selected_study(&app), "DDIA reading group");
    assert!(!app.should_quit, "Esc cleared the filter; it did not quit");
}

#[test]
fn backspace_on_an_empty_filter_closes_it() {
    let mut app = app(80, 24);
    press(&mut app, &["/", "d", "BS"]);
    assert!(
        app.home.filter.is_some(),
        "one letter erased; the filter is open"
    );
    press(&mut app, &["BS"]);
    assert!(app.home.filter.is_none());
    // Keys are commands again: j moves.
    press(&mut app, &["j"]);
    assert_eq!(app.home.cursor.selected, 1);
}

#[test]
fn enter_keeps_the_filter_so_keys_move_within_the_matches() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "/", "데", "이", "터", "Enter"]);
    let screen = app.study.as_ref().expect("study");
    let list = screen.list();
    let titles: Vec<&str> = (0..list.len(screen.study.chapters.len()))
        .filter_map(|row| list.item(row))
        .map(|i| screen.study.chapters[i].title.as_str())
        .collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles.iter().all(|t| t.contains("데이터")), "{titles:?}");

    press(&mut app, &["j"]);
    let screen = app.study.as_ref().expect("study");
    assert_eq!(screen.cursor().selected, 1, "j moves in the filtered list");
    // Enter now reads the chapter under the cursor, not the unfiltered row 2.
    let chosen = screen.list().selected_item(12).expect("selected");
    press(&mut app, &["Enter"]);
    let text = ui::screen(&app);
    let title = &app.study.as_ref().expect("study").study.chapters[chosen].title;
    assert!(text.contains(title.as_str()), "{title} not in\n{text}");

    // q closes the reader, then clears the filter, then leaves the study.
    press(&mut app, &["q"]);
    assert!(app.overlay.is_none());
    press(&mut app, &["q"]);
    assert!(
        app.study
            .as_ref()
            .expect("still in the study")
            .list()
            .filter
            .is_none()
    );
    press(&mut app, &["q"]);
    assert!(app.study.is_none());
}

#[test]
fn backspace_widens_the_filter_again() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "/", "복", "제"]);
    let count = |app: &App| {
        let screen = app.study.as_ref().expect("study");
        screen.list().len(screen.study.chapters.len())
    };
    assert_eq!(count(&app), 1);
    press(&mut app, &["BS", "BS"]);
    assert_eq!(count(&app), 12, "an empty query shows everything");
    press(&mut app, &["Enter"]);
    assert!(
        app.study.as_ref().expect("study").list().filter.is_none(),
        "Enter on an empty query removes the filter"
    );
}

#[test]
fn each_tab_filters_its_own_list() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "3", "/", "지", "우", "Enter"]);
    let screen = app.study.as_ref().expect("study");
    assert_eq!(screen.list().len(screen.study.members.len()), 1);
    press(&mut app, &["1"]);
    let screen = app.study.as_ref().expect("study");
    assert!(
        screen.list().filter.is_none(),
        "the chapters are not filtered"
    );
    assert_eq!(
        screen.lists[Tab::Members.index()].len(5),
        1,
        "kept on its tab"
    );
}

#[test]
fn the_selected_chapters_notes_load_when_it_is_selected() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter"]);
    let screen = app.study.as_ref().expect("study");
    assert!(
        screen.study.chapters.iter().all(|c| c.notes.is_empty()),
        "the outline holds no notes"
    );
    assert!(
        screen.notes_of(0).is_some(),
        "the first chapter's are loaded"
    );
    press(&mut app, &["j", "j"]);
    let screen = app.study.as_ref().expect("study");
    let notes = screen.notes_of(2).expect("loaded on selection");
    assert!(notes.contains("저장소 엔진의 두 갈래"), "{notes}");
    assert!(
        screen.notes_of(0).is_none(),
        "only the selected chapter's are kept"
    );
}

#[test]
fn the_reader_scrolls_the_whole_chapter_and_stops_at_its_end() {
    let mut app = app(80, 12);
    press(&mut app, &["Enter", "j", "j", "Enter"]);
    let scroll = |app: &App| match app.overlay {
        Some(Overlay::Reader { scroll, .. }) => scroll,
        _ => panic!("the reader is not open"),
    };
    assert_eq!(scroll(&app), 0);
    assert!(ui::screen(&app).contains("lines 1-9 of"));
    press(&mut app, &["j", "j"]);
    assert_eq!(scroll(&app), 2);
    press(&mut app, &["G"]);
    let end = scroll(&app);
    assert!(end > 2, "the notes are longer than the window");
    press(&mut app, &["j", "PageDown"]);
    assert_eq!(scroll(&app), end, "no scrolling past the end");
    let text = ui::screen(&app);
    assert!(
        text.contains("RocksDB 튜닝 가이드"),
        "the last link shows:\n{text}"
    );
    press(&mut app, &["g"]);
    assert_eq!(scroll(&app), 0);
    press(&mut app, &["Esc"]);
    assert!(app.overlay.is_none() && app.study.is_some());
}

#[test]
fn w_writes_the_post_and_asks_before_replacing_it() {
    let folder = tempfile::tempdir().expect("folder");
    let mut app = app(80, 24).with_post_folder(folder.path().to_owned());
    press(&mut app, &["Enter", "5", "w"]);
    let path = folder
        .path()
        .join("2025-05-26-데이터-중심-애플리케이션-설계-읽기.md");
    let written = std::fs::read_to_string(&path).expect("the post is written");
    let expected = app
        .study
        .as_ref()
        .and_then(|s| s.post.as_ref())
        .map(|p| p.text.clone())
        .expect("post");
    assert_eq!(written, expected);
    assert!(ui::screen(&app).contains("Wrote "));

    std::fs::write(&path, "my edits").expect("edit");
    press(&mut app, &["w"]);
    assert!(matches!(app.overlay, Some(Overlay::Confirm(_))));
    assert!(ui::screen(&app).contains("Replace it?"));
    press(&mut app, &["n"]);
    assert_eq!(std::fs::read_to_string(&path).expect("file"), "my edits");
    press(&mut app, &["w", "y"]);
    assert_eq!(std::fs::read_to_string(&path).expect("file"), expected);
}

#[test]
fn a_post_that_cannot_be_written_says_why() {
    let folder = tempfile::tempdir().expect("folder");
    let missing = folder.path().join("no such folder");
    let mut app = app(80, 24).with_post_folder(missing);
    press(&mut app, &["Enter", "5", "w"]);
    let text = ui::screen(&app);
    assert!(text.contains("does not exist"), "{text}");
}

#[test]
fn paging_the_post_never_skips_a_row() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "5"]);
    let top = |app: &App| app.study.as_ref().expect("study").cursor().selected;
    // The post's box shows 18 rows (under the settings line); a page moves 17, so one row
    // stays in view.
    let mut previous = top(&app);
    let mut rows_seen_before = ui::screen(&app);
    loop {
        press(&mut app, &["PageDown"]);
        let now = top(&app);
        if now == previous {
            break;
        }
        assert!(now - previous <= 17, "a page moved {} rows", now - previous);
        let screen = ui::screen(&app);
        let screen_lines: Vec<&str> = screen.lines().collect();
        let before_lines: Vec<&str> = rows_seen_before.lines().collect();
        // The first row on the new page was on the old page (rows 4..22 of the screen).
        let first_row = screen_lines[4];
        assert!(
            before_lines[4..22].contains(&first_row),
            "{first_row:?} was not on the page before"
        );
        previous = now;
        rows_seen_before = screen;
    }
}

#[test]
fn capital_l_switches_the_post_between_english_and_korean() {
    let folder = tempfile::tempdir().expect("folder");
    let mut app = app(80, 24).with_post_folder(folder.path().to_owned());
    press(&mut app, &["Enter", "5"]);
    // The demo is still running: a mid-study title.
    assert!(ui::screen(&app).contains("설계 읽기 중간 회고\""));
    press(&mut app, &["L"]);
    let text = ui::screen(&app);
    assert!(
        text.contains("title: \"데이터 중심 애플리케이션 설계 읽기: notes"),
        "{text}"
    );
    assert!(text.contains("The post is now in English"), "{text}");
    // The file written is the post on screen, in English.
    press(&mut app, &["w"]);
    let written = std::fs::read_to_string(
        folder
            .path()
            .join("2025-05-26-데이터-중심-애플리케이션-설계-읽기.md"),
    )
    .expect("written");
    assert!(written.contains("notes from halfway"), "{written}");
    press(&mut app, &["L"]);
    assert!(ui::screen(&app).contains("설계 읽기 중간 회고\""));
}

#[test]
fn the_reader_wraps_again_when_the_window_changes() {
    let mut app = app(160, 50);
    press(&mut app, &["Enter", "Enter"]);
    let rows_at = |app: &App| match &app.overlay {
        Some(Overlay::Reader { rows, .. }) => rows.len(),
        _ => panic!("the reader closed"),
    };
    let wide = rows_at(&app);
    app.resize(40, 12);
    let narrow = rows_at(&app);
    assert!(narrow > wide, "{narrow} rows at 40 columns, {wide} at 160");
    press(&mut app, &["G"]);
    let text = ui::screen(&app);
    assert!(
        text.contains(&format!("of {narrow} ")),
        "scrolled to the end of the new rows:\n{text}"
    );
    for line in text.lines() {
        assert!(unicode_width::UnicodeWidthStr::width(line) <= 40, "{line}");
    }
}
