//! The home screen, the study's tabs, the help and the deletion messages in Korean, driven
//! through the app's keys: the Korean words shown, whole, at 80x24, 120x40 and 40x12; keys
//! named as the keymap binds them.

#[path = "common/ui.rs"]
mod ui;

use studylog::i18n::{Lang, Tr};
use studylog::ui::App;
use studylog::ui::keymap::{self, Context};
use studylog::ui::state::action::{Action, Tab};
use studylog::ui::state::app::Overlay;
use ui::{app_with, press, screen};
use unicode_width::UnicodeWidthStr;

const DEMO: &str = "assets/demo.json";
const KO: Tr = Tr::KO;

/// The Korean demo study in a Korean interface, `width` x `height`.
fn korean(width: u16, height: u16) -> App {
    let mut app = app_with(&[DEMO], width, height).in_lang(Lang::Ko);
    app.resize(width, height);
    app
}

/// The row of `text` holding `needle`, for checking what else shares it.
fn row_with<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .find(|line| line.contains(needle))
        .unwrap_or_else(|| panic!("no row with {needle:?} in\n{text}"))
}

/// `words` shown on one row, in that order and whole (not cut with an ellipsis).
fn assert_row(text: &str, words: &[&str]) {
    let in_order = |row: &str| {
        let mut rest = row;
        words.iter().all(|word| match rest.find(word) {
            Some(at) => {
                rest = &rest[at + word.len()..];
                true
            }
            None => false,
        })
    };
    assert!(
        text.lines().any(in_order),
        "no row with {words:?} in that order in\n{text}"
    );
}

fn key(context: Context, action: Action) -> String {
    keymap::key_for(context, action).expect("a bound key")
}

#[test]
fn the_home_screen_speaks_korean_and_its_columns_fit() {
    let mut app = app_with(&[DEMO], 80, 24).in_lang(Lang::Ko).as_demo();
    app.resize(80, 24);
    let text = screen(&app);
    assert!(text.contains(" studylog 스터디 1개"), "{text}");
    assert_row(&text, &["스터디", "책", "기간", "진행률"]);
    // The period in Korean dates, whole in its column.
    assert!(text.contains("25. 3. 2.~25. 5. 25."), "{text}");
    assert!(
        text.contains("데모 기록: 종료하면 바꾼 내용은 사라짐"),
        "{text}"
    );
    for english in ["Study", "Book", "Period", "Progress", "1 study", "Demo"] {
        assert!(!text.contains(english), "{english} left in\n{text}");
    }

    let narrow = screen(&korean(40, 12));
    assert_row(&narrow, &["스터디", "진행률"]);
    assert!(narrow.contains(" studylog 스터디 1개"), "{narrow}");
}

#[test]
fn the_summary_names_its_facts_and_the_key_that_opens_the_study() {
    let text = screen(&korean(120, 40));
    assert!(text.contains("╭ 요약 "), "{text}");
    // The labels in one column, whatever their width.
    let status = row_with(&text, "상태  진행 중");
    let period = row_with(&text, "기간  25. 3. 2.~25. 5. 25.");
    assert_eq!(
        status.find("상태").map(|at| status[..at].width()),
        period.find("기간").map(|at| period[..at].width())
    );
    assert!(text.contains("챕터  12장 중 9장 완료"), "{text}");
    let open = key(Context::Home, Action::Open);
    assert!(text.contains(&KO.home_summary_open(&open)), "{text}");
    assert!(text.contains("Enter를 누르면 스터디를 열어요."), "{text}");
}

#[test]
fn the_empty_journal_welcomes_in_korean_and_keeps_the_import_on_a_small_window() {
    let text = screen(&app_with(&[], 80, 24).in_lang(Lang::Ko));
    assert!(text.contains("기록이 비어 있어요."), "{text}");
    let add = key(Context::Home, Action::Add);
    assert_row(&text, &[&format!("  {add} "), "스터디 추가: 이름과 책"]);
    assert_row(&text, &["  studylog demo ", "예제 스터디 둘러보기"]);
    assert!(text.contains("  studylog import FILE"), "{text}");

    let mut small = app_with(&[], 40, 12).in_lang(Lang::Ko);
    small.resize(40, 12);
    let text = screen(&small);
    assert_row(&text, &[&format!("  {add} "), "스터디 추가: 이름과 책"]);
    assert!(text.contains("studylog import FILE"), "{text}");
}

#[test]
fn the_chapters_tab_shows_korean_headers_statuses_and_dates() {
    let mut app = korean(120, 40);
    press(&mut app, &["Enter"]);
    let text = screen(&app);
    assert!(
        text.contains(" 1 챕터 │ 2 모임 │ 3 멤버 │ 4 회고 │ 5 글"),
        "{text}"
    );
    assert_row(&text, &["#", "제목", "날짜", "발표자", "상태"]);
    assert_row(&text, &["일괄 처리", "5. 4.", "정민재", "읽는 중"]);
    assert_row(&text, &["스트림 처리", "5. 11.", "이도윤", "읽기 전"]);
    assert!(text.contains("╭ 상세 "), "{text}");
    assert!(text.contains("2025. 3. 2. · 이도윤 · 발표함"), "{text}");
    assert!(text.contains("중요한 이유"), "{text}");
    // The notes go on past the pane: the key that reads them all, from the keymap.
    let read = key(Context::Study(Tab::Chapters), Action::Open);
    let more = KO.chapters_more(&read);
    assert_eq!(more, "더 있음: Enter로 전체 읽기");
    assert!(text.contains(&more), "{text}");

    for (width, height) in [(80, 24), (40, 12)] {
        let mut app = korean(width, height);
        press(&mut app, &["Enter"]);
        let text = screen(&app);
        assert_row(&text, &["#", "제목", "발표자"]);
        assert!(!row_with(&text, "제목").contains('…'), "{text}");
    }
}

#[test]
fn the_sessions_tab_writes_dates_and_chapters_in_korean_whole() {
    for (width, height) in [(120, 40), (80, 24), (40, 12)] {
        let mut app = korean(width, height);
        press(&mut app, &["Enter", "2"]);
        let text = screen(&app);
        assert_row(&text, &["날짜", "챕터", "출석"]);
        // The longest date, its notes mark and its chapter, none of them cut.
        assert_row(&text, &["2025. 3. 16. ✎", "3장", "5/5"]);
        assert!(!row_with(&text, "2025. 3. 16.").contains('…'), "{text}");
        if width >= 80 {
            assert_row(&text, &["날짜", "챕터", "발표자", "출석", "결석", "미준비"]);
            assert_row(
                &text,
                &["2025. 4. 20. ✎", "8장", "정민재", "4/5", "최지우", "박하준"],
            );
        }
    }
}

#[test]
fn the_members_tab_counts_in_korean_and_writes_won() {
    let mut app = korean(120, 40);
    press(&mut app, &["Enter", "3"]);
    let text = screen(&app);
    assert_row(
        &text,
        &[
            "멤버",
            "발표 횟수",
            "출석",
            "결석",
            "미준비",
            "벌금 횟수",
            "남은 보증금",
            "출석률",
        ],
    );
    assert_row(&text, &["김서연 (나)", "30,000원"]);
    assert_row(&text, &["최지우", "15,000원", "6/9"]);

    let mut narrow = korean(40, 12);
    press(&mut narrow, &["Enter", "3"]);
    let text = screen(&narrow);
    assert_row(&text, &["멤버", "발표 횟수", "출석", "결석"]);
    assert!(text.contains("김서연 (나)"), "{text}");
}

#[test]
fn the_retro_tab_titles_its_columns_in_korean() {
    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "4"]);
    let text = screen(&app);
    assert_row(&text, &["좋았던 점 (2)", "아쉬운 점 (2)", "해 볼 것 (2)"]);
    assert!(text.contains("(8장)"), "{text}");

    // Too narrow for the counts, each column keeps its name whole.
    let mut narrow = korean(40, 12);
    press(&mut narrow, &["Enter", "4"]);
    let text = screen(&narrow);
    assert_row(&text, &["좋았던 점", "아쉬운 점", "해 볼 것"]);
}

#[test]
fn the_korean_help_lists_the_keymaps_korean_descriptions_and_the_marks() {
    for (tab, key_name) in [
        (Tab::Chapters, "1"),
        (Tab::Sessions, "2"),
        (Tab::Retro, "4"),
    ] {
        let mut app = korean(160, 50);
        press(&mut app, &["Enter", key_name, "?"]);
        let text = screen(&app);
        let close = key(Context::Help, Action::ToggleHelp);
        assert!(text.contains(&KO.help_title(&close)), "{text}");
        for binding in keymap::bindings(Context::Study(tab)) {
            let description = KO.get(binding.description);
            assert!(
                text.contains(description),
                "{description:?} missing\n{text}"
            );
        }
        assert!(!text.contains("Keys"), "{text}");
    }

    let mut app = korean(160, 50);
    press(&mut app, &["Enter", "?"]);
    let text = screen(&app);
    let status = key(Context::Study(Tab::Chapters), Action::CycleStatus);
    assert!(
        text.contains(&KO.help_mark_presented_key(&status)),
        "{text}"
    );
    assert!(
        text.contains("건너뜀: 날짜와 발표자 없이 끝낸 것으로 셈"),
        "{text}"
    );

    let mut app = korean(160, 50);
    press(&mut app, &["Enter", "2", "?"]);
    let text = screen(&app);
    let notes = key(Context::Study(Tab::Sessions), Action::EditNotes);
    assert!(
        text.contains(&KO.help_mark_session_notes_key(&notes)),
        "{text}"
    );
    assert!(text.contains("모임 노트 있음 (n으로 쓰기)"), "{text}");
}

#[test]
fn a_help_longer_than_the_window_says_where_it_is_in_korean() {
    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "?"]);
    let text = screen(&app);
    let down = key(Context::Help, Action::Next);
    let up = key(Context::Help, Action::Previous);
    let scroll = KO.help_scroll(format!("{down}/{up}"));
    assert!(text.contains(&scroll), "{text}");
    assert!(text.contains("1-21 / "), "{text}");
}

#[test]
fn a_deletion_asks_and_reports_in_korean_naming_the_undo_key() {
    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "2", "d"]);
    let undo = key(Context::Study(Tab::Sessions), Action::Undo);
    let text = screen(&app);
    assert!(
        text.contains("정말 2025. 3. 2. 모임을 삭제할까요?"),
        "{text}"
    );
    let Some(Overlay::Confirm(confirm)) = &app.overlay else {
        panic!("no question\n{text}");
    };
    assert!(
        confirm.question.ends_with(&KO.delete_ask_undo(&undo)),
        "{}",
        confirm.question
    );
    assert!(text.contains("되돌릴 수 있어요."), "{text}");

    press(&mut app, &["y"]);
    let text = screen(&app);
    let status = text.lines().last().unwrap_or_default();
    assert!(status.contains(&KO.delete_undo_until(&undo)), "{text}");
    assert!(status.contains("u로 되돌릴 수 있어요"), "{text}");
    assert!(!text.contains("2025. 3. 2.  ✎"), "{text}");

    press(&mut app, &[undo.as_str()]);
    let text = screen(&app);
    assert!(text.contains("2025. 3. 2. 모임을 되살렸어요."), "{text}");
    assert!(text.contains("2025. 3. 2.  ✎"), "{text}");

    // Nothing left to undo says so in Korean too.
    press(&mut app, &[undo.as_str()]);
    assert!(
        screen(&app).contains("되돌릴 게 없어요."),
        "{}",
        screen(&app)
    );
}

#[test]
fn a_deleted_chapter_names_its_sessions_and_a_narrow_status_keeps_the_undo_key() {
    let mut app = korean(40, 12);
    press(&mut app, &["Enter", "d"]);
    let text = screen(&app);
    assert!(text.contains("모임"), "{text}");
    assert!(text.contains("1개에서도"), "{text}");
    press(&mut app, &["y"]);
    let text = screen(&app);
    let status = text.lines().last().unwrap_or_default();
    let undo = key(Context::Study(Tab::Chapters), Action::Undo);
    assert!(status.starts_with("삭제했어요."), "{text}");
    assert!(status.contains(&format!("{undo}로 되돌릴")), "{text}");
}

#[test]
fn a_kept_filter_says_in_korean_what_it_found_and_how_to_clear_it() {
    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "2", "/"]);
    ui::type_text(&mut app, "결석");
    press(&mut app, &["Enter"]);
    let text = screen(&app);
    let clear = key(Context::Filter, Action::ClearFilter);
    assert!(text.contains("/결석 9개 중 1/3"), "{text}");
    assert!(text.contains(&KO.app_list_clear_filter(&clear)), "{text}");

    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "/"]);
    ui::type_text(&mut app, "zzz");
    let text = screen(&app);
    assert!(text.contains("12개 중 찾은 것 없음"), "{text}");
    assert!(text.contains("찾는 챕터가 없어요."), "{text}");
}
