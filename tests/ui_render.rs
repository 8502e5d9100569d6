//! Every screen rendered at 80x24 with Korean data, as snapshots a reviewer can read.

#[path = "common/ui.rs"]
mod ui;

use std::ops::Range;

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::Style;
use studylog::ui::theme::Theme;
use ui::{app, app_with, press, screen};
use unicode_width::UnicodeWidthStr;

#[test]
fn home_lists_every_study_with_progress() {
    let app = app(80, 24);
    insta::assert_snapshot!("home_80x24", screen(&app));
}

#[test]
fn home_at_160x50_shows_the_summary_pane() {
    let app = app(160, 50);
    let text = screen(&app);
    assert!(text.contains("Summary"), "{text}");
    assert!(text.contains("9 of 12 finished"), "{text}");
    insta::assert_snapshot!("home_160x50", text);
}

#[test]
fn an_empty_journal_says_how_to_begin() {
    let app = app_with(&[], 80, 24);
    insta::assert_snapshot!("home_empty_80x24", screen(&app));
}

#[test]
fn a_window_that_is_too_small_says_so() {
    let app = app(39, 11);
    let text = screen(&app);
    assert!(text.contains("too small (39x11)"), "{text}");
    insta::assert_snapshot!("too_small", text);
}

#[test]
fn the_too_small_message_wraps_and_is_never_cut() {
    let text = screen(&app(20, 11));
    for words in [
        "The window is too",
        "small (20x11).",
        "least 40x12.",
        "Ctrl-c quits.",
    ] {
        assert!(text.contains(words), "{words}:\n{text}");
    }
    let text = screen(&app(30, 3));
    assert!(text.contains("Too small: 30x3."), "{text}");
    assert!(text.contains("Ctrl-c quits."), "{text}");
}

#[test]
fn the_demo_says_its_changes_are_thrown_away() {
    let mut demo = app(80, 24).as_demo();
    let text = screen(&demo);
    assert!(
        text.lines()
            .next()
            .is_some_and(|l| l.ends_with("Demo journal: changes are thrown away when you quit")),
        "{text}"
    );
    press(&mut demo, &["Enter"]);
    let text = screen(&demo);
    assert!(
        text.lines()
            .next()
            .is_some_and(|l| l.contains("Demo: thrown away on quit")),
        "{text}"
    );
    demo.resize(160, 50);
    assert!(screen(&demo).contains("Demo journal: changes are thrown away when you quit"));
    assert!(!screen(&app(80, 24)).contains("Demo"), "only in the demo");
}

#[test]
fn the_smallest_supported_window_still_shows_the_list() {
    let app = app(40, 12);
    let text = screen(&app);
    assert!(text.contains("데이터 중심"), "{text}");
}

#[test]
fn every_tab_of_the_study_screen() {
    for (width, height) in [(80, 24), (160, 50)] {
        for (key, name) in [
            ("1", "chapters"),
            ("2", "sessions"),
            ("3", "members"),
            ("4", "retro"),
            ("5", "post"),
        ] {
            let mut app = app(width, height);
            press(&mut app, &["Enter", key]);
            insta::assert_snapshot!(format!("study_{name}_{width}x{height}"), screen(&app));
        }
    }
}

#[test]
fn a_filter_shows_its_query_matches_and_count() {
    for (width, height) in [(80, 24), (160, 50)] {
        let mut app = app(width, height);
        press(&mut app, &["Enter", "/", "ㄷ", "ㅇ", "ㅌ"]);
        let text = screen(&app);
        assert!(text.contains("/ㄷㅇㅌ"), "{text}");
        assert!(text.contains("1/2 of 12"), "{text}");
        assert!(!text.contains("복제"), "filtered out:\n{text}");
        insta::assert_snapshot!(format!("study_filter_typing_{width}x{height}"), text);
    }
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "/", "ㄷ", "ㅇ", "ㅌ", "Enter"]);
    let text = screen(&app);
    assert!(text.contains("Esc clears"), "{text}");
    insta::assert_snapshot!("study_filter_kept_80x24", text);
}

#[test]
fn the_reader_shows_a_whole_chapter() {
    for (width, height) in [(80, 24), (160, 50)] {
        let mut app = app(width, height);
        press(&mut app, &["Enter", "j", "j", "Enter"]);
        let text = screen(&app);
        assert!(text.contains("3. 저장소와 검색"), "{text}");
        insta::assert_snapshot!(format!("reader_{width}x{height}"), text);
    }
}

#[test]
fn help_and_a_question_at_160x50() {
    let mut home = app(160, 50);
    press(&mut home, &["?"]);
    insta::assert_snapshot!("help_home_160x50", screen(&home));
    let mut retro = app(160, 50);
    press(&mut retro, &["Enter", "4", "?"]);
    insta::assert_snapshot!("help_retro_160x50", screen(&retro));
}

#[test]
fn the_chapter_detail_renders_notes_and_links() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "j", "j"]);
    let text = screen(&app);
    assert!(text.contains("저장소 엔진의 두 갈래"), "{text}");
    insta::assert_snapshot!("study_chapter_detail_80x24", text);
    app.resize(160, 50);
    let text = screen(&app);
    assert!(text.contains("RocksDB 튜닝 가이드"), "{text}");
    insta::assert_snapshot!("study_chapter_detail_160x50", text);
}

#[test]
fn the_help_lists_the_keys_of_the_screen_underneath() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "?"]);
    let text = screen(&app);
    for line in [
        "Enter  read the chapter's whole text",
        "a  add a chapter",
        "s  next status",
        "Tab  next tab",
        "Shift-Tab  previous tab",
    ] {
        assert!(text.contains(line), "{line} missing:\n{text}");
    }
    insta::assert_snapshot!("help_study_80x24", text);
    press(&mut app, &["G"]);
    let text = screen(&app);
    assert!(
        text.contains("Ctrl-c  quit"),
        "the end of the help:\n{text}"
    );
}

#[test]
fn ascii_borders_replace_box_drawing() {
    let mut app = app(80, 24);
    app.theme = studylog::ui::theme::Theme::new(false, true);
    let text = screen(&app);
    assert!(text.contains("+---"), "{text}");
    assert!(!text.contains('╭') && !text.contains('█'), "{text}");
}

#[test]
fn ascii_mode_draws_no_character_of_ambiguous_width() {
    // Terminals that draw box-drawing double width draw these double width too.
    const AMBIGUOUS: &str = "•…↑↓⏎‹›—│─┼█░╭╮╰╯";
    for keys in [
        &[][..],
        &["Enter"],
        &["Enter", "2"],
        &["Enter", "3"],
        &["Enter", "4"],
        &["Enter", "5"],
        &["Enter", "?"],
        &["Enter", "/", "ㄷ"],
        &["Enter", "e"],
        &["Enter", "4", "a"],
        &["Enter", "r"],
    ] {
        let mut app = app(80, 24);
        app.theme = studylog::ui::theme::Theme::new(false, true);
        press(&mut app, keys);
        let text = screen(&app);
        let found: Vec<char> = text.chars().filter(|c| AMBIGUOUS.contains(*c)).collect();
        assert!(found.is_empty(), "{keys:?} drew {found:?}:\n{text}");
    }
    let mut app = app(80, 24);
    app.theme = studylog::ui::theme::Theme::new(false, true);
    press(&mut app, &["Enter"]);
    assert!(screen(&app).contains(" | presented"), "{}", screen(&app));
}

#[test]
fn a_popup_over_korean_text_keeps_its_borders() {
    // The help's box starts where Korean names in the members list straddle its edge.
    for keys in [
        &["Enter", "3", "?"][..],
        &["Enter", "4", "?"],
        &["Enter", "j", "j", "d"],
    ] {
        let mut app = app(80, 24);
        press(&mut app, keys);
        let text = screen(&app);
        let lines: Vec<&str> = text.lines().collect();
        let top = lines
            .iter()
            .position(|l| l.contains("╭ Keys") || l.contains("╭ Confirm"))
            .expect("a popup");
        // Every row of the popup has its left border in the same column as the corner.
        let corner = column_of(lines[top], '╭');
        for line in &lines[top + 1..] {
            if columns_of(line, '╰').contains(&corner) {
                break;
            }
            assert!(
                columns_of(line, '│').contains(&corner),
                "no border at column {corner} in {line:?}\n{text}"
            );
        }
    }
}

fn column_of(line: &str, c: char) -> usize {
    columns_of(line, c)[0]
}

/// The screen columns where `c` appears in `line`.
fn columns_of(line: &str, c: char) -> Vec<usize> {
    line.char_indices()
        .filter(|(_, ch)| *ch == c)
        .map(|(i, _)| unicode_width::UnicodeWidthStr::width(&line[..i]))
        .collect()
}

/// The percentages on the roulette's rows, in order.
fn chances(text: &str) -> Vec<u32> {
    text.lines()
        .filter_map(|line| {
            let after = line.split("chance").nth(1)?;
            let percent = after.split('%').next()?.trim();
            percent.parse().ok()
        })
        .collect()
}

#[test]
fn the_roulette_shows_chances_as_percentages_that_add_up() {
    for (width, height) in [(80, 24), (160, 50)] {
        let mut app = app(width, height);
        press(&mut app, &["Enter", "G", "r"]);
        let text = screen(&app);
        let shown = chances(&text);
        assert_eq!(shown.len(), 5, "a chance per member:\n{text}");
        let total: u32 = shown.iter().sum();
        assert!((96..=100).contains(&total), "{shown:?} add up to {total}");
        assert!(text.contains("Presenter now: 박하준"), "{text}");
        insta::assert_snapshot!(format!("roulette_{width}x{height}"), text);
        // Left out, a member has no chance, and the others' grow.
        press(&mut app, &["Space"]);
        let text = screen(&app);
        assert_eq!(chances(&text).len(), 4, "{text}");
        assert!(text.contains("chance out"), "{text}");
        // Weights 1:2:3:1 of 7: equal chances read the same, and all add up to 100.
        assert_eq!(chances(&text), vec![14, 29, 43, 14], "{text}");
    }
}

#[test]
fn a_retro_point_of_several_lines_keeps_them_under_its_bullet() {
    let mut app = ui::app_with(&["tests/fixtures/streaming-study-ko.json"], 100, 24);
    ui::press(&mut app, &["Enter", "4"]);
    let text = screen(&app);
    let rows: Vec<&str> = text.lines().collect();
    let first = rows
        .iter()
        .position(|r| r.contains("• 현업 경험이 많은 분들 덕분에"))
        .unwrap_or_else(|| panic!("the point's first line ends its row:\n{text}"));
    assert!(
        rows[first + 1].starts_with("│  책에 없는"),
        "its second line starts a row, under the text:\n{text}"
    );
}

/// Whether `cell` is drawn in `style`: its colours, and at least its modifiers.
fn drawn_in(cell: &Cell, style: Style) -> bool {
    let shown = cell.style();
    style.fg.is_none_or(|fg| shown.fg == Some(fg))
        && style.bg.is_none_or(|bg| shown.bg == Some(bg))
        && shown.add_modifier.contains(style.add_modifier)
}

/// Where the screen first shows `text`: its row and its columns.
fn place_of(text: &str, screen: &str) -> (u16, Range<u16>) {
    let (y, x) = screen
        .lines()
        .enumerate()
        .find_map(|(y, line)| line.find(text).map(|at| (y, line[..at].width())))
        .unwrap_or_else(|| panic!("{text} is not on the screen:\n{screen}"));
    let column = |x: usize| u16::try_from(x).expect("on the screen");
    (column(y), column(x)..column(x + text.width()))
}

/// The cells of row `y` in `columns` that show something: not the second half of a wide
/// character, which the terminal covers with the first half and the buffer leaves blank.
fn shown_cells(buffer: &Buffer, y: u16, columns: Range<u16>) -> Vec<&Cell> {
    let mut cells = Vec::new();
    let mut covered = 0;
    for x in columns {
        if covered > 0 {
            covered -= 1;
            continue;
        }
        let cell = &buffer[(x, y)];
        covered = cell.symbol().width().saturating_sub(1);
        cells.push(cell);
    }
    cells
}

/// Whether the cells of row `y` in `columns` are all drawn in `style`.
fn all_drawn_in(buffer: &Buffer, (y, columns): (u16, Range<u16>), style: Style) -> bool {
    shown_cells(buffer, y, columns)
        .into_iter()
        .all(|cell| drawn_in(cell, style))
}

/// Whether none of the cells of row `y` in `columns` is drawn in `style`.
fn none_drawn_in(buffer: &Buffer, (y, columns): (u16, Range<u16>), style: Style) -> bool {
    shown_cells(buffer, y, columns)
        .into_iter()
        .all(|cell| !drawn_in(cell, style))
}

/// The selection is drawn as a style, which a text snapshot does not see: losing it must fail
/// a test.
#[test]
fn the_selected_row_is_drawn_in_the_selection_style() {
    let mut app = app(80, 24);
    let selected = app.theme.selected;
    assert!(
        !selected.add_modifier.is_empty(),
        "the selection shows without colour"
    );
    // A row of the home list, between the box's borders.
    let row = |name: &str, screen: &str| (place_of(name, screen).0, 1..79);
    for (keys, chosen, other) in [
        (&[][..], "데이터 중심 애플리케이션", "DDIA reading group"),
        (&["j"], "DDIA reading group", "데이터 중심 애플리케이션"),
    ] {
        press(&mut app, keys);
        let (text, buffer) = (screen(&app), ui::buffer(&app));
        assert!(
            all_drawn_in(&buffer, row(chosen, &text), selected),
            "{chosen} is selected:\n{text}"
        );
        assert!(
            none_drawn_in(&buffer, row(other, &text), selected),
            "{other} is not:\n{text}"
        );
    }
    // A row of the chapters list, in the left pane of the study screen.
    press(&mut app, &["k", "Enter", "j", "j"]);
    let (text, buffer) = (screen(&app), ui::buffer(&app));
    let row = |name: &str| (place_of(name, &text).0, 1..43);
    assert!(
        all_drawn_in(&buffer, row("3   저장소와 검색"), selected),
        "{text}"
    );
    assert!(
        none_drawn_in(&buffer, row("2   데이터 모델과 질의 언어"), selected),
        "{text}"
    );
}

/// The field that has focus is told apart by style alone: its label drawn as a key, the
/// others' dimmed, and in colour its value in the title's colour.
#[test]
fn the_focused_field_of_a_form_is_drawn_apart() {
    for theme in [Theme::new(false, false), Theme::new(true, false)] {
        let mut app = app(80, 24);
        app.theme = theme.clone();
        press(&mut app, &["Enter", "j", "j", "e"]);
        for (focused, others) in [
            ("Number", ["Title", "Date", "Status"]),
            ("Title", ["Number", "Date", "Status"]),
        ] {
            let (text, buffer) = (screen(&app), ui::buffer(&app));
            let label = place_of(focused, &text);
            assert!(
                all_drawn_in(&buffer, label.clone(), theme.key),
                "{focused} has focus, its label drawn as a key:\n{text}"
            );
            assert!(none_drawn_in(&buffer, label, theme.dim), "{text}");
            for other in others {
                assert!(
                    all_drawn_in(&buffer, place_of(other, &text), theme.dim),
                    "{other} has no focus, its label dimmed:\n{text}"
                );
            }
            if let Some(colour) = theme.title.fg {
                let value = place_of("저장소와 검색", &text);
                let coloured = Style::new().fg(colour);
                let shown = if focused == "Title" {
                    all_drawn_in(&buffer, value, coloured)
                } else {
                    none_drawn_in(&buffer, value, coloured)
                };
                assert!(shown, "the title's value, {focused} in focus:\n{text}");
            }
            press(&mut app, &["Tab"]);
        }
    }
}
