//! Key-driven tests of the editor with the text that breaks code-point editors: Hangul
//! (composed and decomposed), ZWJ emoji, skin tones, flags, combining marks, fullwidth
//! Latin.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_normalization::UnicodeNormalization;

use super::*;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn editor(text: &str) -> NotesEditor {
    let mut editor = NotesEditor::new("n".into(), NotesOf::Session { id: SessionId(1) }, text);
    editor.fit(40, 10);
    editor
}

fn typed(editor: &mut NotesEditor, text: &str) {
    for c in text.chars() {
        editor.key(key(KeyCode::Char(c)));
    }
}

fn column(editor: &NotesEditor) -> u16 {
    editor.screen_cursor().expect("cursor on screen").0
}

const WOMAN_TECHNOLOGIST: &str = "👩\u{200d}💻";
const THUMBS_UP_MEDIUM: &str = "👍🏽";
const KOREA: &str = "🇰🇷";
const E_ACUTE_DECOMPOSED: &str = "e\u{301}";
const FULLWIDTH_A: &str = "Ａ";

/// Each hard grapheme, and the cells it takes.
const HARD: [(&str, u16); 6] = [
    ("한", 2),
    (WOMAN_TECHNOLOGIST, 2),
    (THUMBS_UP_MEDIUM, 2),
    (KOREA, 2),
    (E_ACUTE_DECOMPOSED, 1),
    (FULLWIDTH_A, 2),
];

#[test]
fn the_cursor_column_after_each_hard_grapheme_is_its_display_width() {
    for (grapheme, cells) in HARD {
        let mut editor = editor("");
        typed(&mut editor, "ab");
        editor.insert(grapheme);
        assert_eq!(column(&editor), 2 + cells, "after {grapheme:?}");
        typed(&mut editor, "c");
        assert_eq!(column(&editor), 3 + cells, "after {grapheme:?} and c");
    }
}

#[test]
fn left_right_backspace_and_delete_take_each_grapheme_whole() {
    for (grapheme, cells) in HARD {
        let stored: String = grapheme.nfc().collect();
        let mut editor = editor("");
        editor.insert(&format!("a{grapheme}b"));
        editor.key(key(KeyCode::Left));
        assert_eq!(column(&editor), 1 + cells, "{grapheme:?}: Left over b");
        editor.key(key(KeyCode::Left));
        assert_eq!(column(&editor), 1, "{grapheme:?}: Left is one step over it");
        editor.key(key(KeyCode::Right));
        assert_eq!(
            column(&editor),
            1 + cells,
            "{grapheme:?}: Right is one step"
        );
        // Typing where Left and Right stopped never lands inside it.
        typed(&mut editor, "X");
        assert_eq!(editor.text(), format!("a{stored}Xb"), "{grapheme:?}");
        editor.key(key(KeyCode::Backspace));
        editor.key(key(KeyCode::Backspace));
        assert_eq!(
            editor.text(),
            "ab",
            "{grapheme:?}: Backspace takes it whole"
        );
        editor.key(ctrl('u'));
        editor.key(ctrl('u'));
        assert_eq!(editor.text(), format!("a{stored}b"), "{grapheme:?}: undone");
        editor.key(key(KeyCode::Home));
        assert_eq!(column(&editor), 0);
        editor.key(key(KeyCode::Right));
        editor.key(key(KeyCode::Delete));
        assert_eq!(editor.text(), "ab", "{grapheme:?}: Delete takes it whole");
        editor.key(key(KeyCode::End));
        assert_eq!(column(&editor), 2);
    }
}

#[test]
fn decomposed_hangul_is_one_step_per_syllable_and_stored_composed() {
    let nfd: String = "한글".nfd().collect();
    assert_eq!(nfd.chars().count(), 6);
    let mut editor = editor("");
    editor.insert(&nfd);
    assert_eq!(editor.text(), "한글");
    assert_eq!(column(&editor), 4);
    editor.key(key(KeyCode::Left));
    assert_eq!(column(&editor), 2, "one press per syllable");
    editor.key(key(KeyCode::Backspace));
    assert_eq!(editor.text(), "글");
}

#[test]
fn jamo_typed_one_by_one_compose_into_a_syllable() {
    let mut editor = editor("");
    typed(&mut editor, "\u{1112}\u{1161}\u{11ab}");
    assert_eq!(editor.text(), "한");
    assert_eq!(column(&editor), 2);
    // A combining mark typed after a letter joins it.
    typed(&mut editor, "e\u{301}");
    assert_eq!(editor.text(), "한é");
    assert_eq!(column(&editor), 3);
}

#[test]
fn typing_in_the_middle_never_splits_an_emoji() {
    let mut editor = editor("");
    editor.insert(&format!("한글{WOMAN_TECHNOLOGIST}끝"));
    for _ in 0..2 {
        editor.key(key(KeyCode::Left));
    }
    typed(&mut editor, "X");
    assert_eq!(editor.text(), format!("한글X{WOMAN_TECHNOLOGIST}끝"));
    assert_eq!(column(&editor), 5);
}

#[test]
fn a_lone_regional_indicator_before_a_flag_is_refused() {
    let mut editor = editor(KOREA);
    editor.key(key(KeyCode::Home));
    editor.key(key(KeyCode::Char('\u{1F1EF}')));
    assert_eq!(editor.text(), KOREA, "the flag stays whole");
    assert!(editor.error.is_some(), "and the editor says why");
}

#[test]
fn enter_continues_a_list_and_an_empty_item_ends_it() {
    let mut editor = editor("");
    typed(&mut editor, "- 첫째");
    editor.key(key(KeyCode::Enter));
    typed(&mut editor, "둘째");
    editor.key(key(KeyCode::Enter));
    editor.key(key(KeyCode::Enter));
    typed(&mut editor, "1. 하나");
    editor.key(key(KeyCode::Enter));
    typed(&mut editor, "둘");
    editor.key(key(KeyCode::Enter));
    editor.key(key(KeyCode::Enter));
    typed(&mut editor, "  * 안쪽");
    editor.key(key(KeyCode::Enter));
    assert_eq!(
        editor.text(),
        "- 첫째\n- 둘째\n1. 하나\n2. 둘\n  * 안쪽\n  * "
    );
}

#[test]
fn undo_and_redo_go_by_word_not_by_character() {
    let mut editor = editor("");
    typed(&mut editor, "저장소와 검색 엔진");
    editor.key(ctrl('u'));
    assert_eq!(editor.text(), "저장소와 검색 ");
    editor.key(ctrl('u'));
    assert_eq!(editor.text(), "저장소와 ");
    editor.key(ctrl('r'));
    assert_eq!(editor.text(), "저장소와 검색 ");
    editor.key(ctrl('u'));
    editor.key(ctrl('u'));
    assert_eq!(editor.text(), "");
    // A run of Backspace is one step.
    typed(&mut editor, "abc");
    editor.key(key(KeyCode::Left));
    for _ in 0..2 {
        editor.key(key(KeyCode::Backspace));
    }
    assert_eq!(editor.text(), "c");
    editor.key(ctrl('u'));
    assert_eq!(editor.text(), "abc");
}

#[test]
fn typing_pasting_and_undo() {
    let mut editor = NotesEditor::new(
        "3장".into(),
        NotesOf::Chapter { id: ChapterId(1) },
        "## 요약",
    );
    editor.fit(40, 10);
    assert!(!editor.is_changed());
    editor.key(key(KeyCode::Enter));
    typed(&mut editor, "저장소");
    assert_eq!(editor.text(), "## 요약\n저장소");
    editor.insert("\r\n- 로그\u{7} 구조");
    assert_eq!(editor.text(), "## 요약\n저장소\n- 로그 구조");
    editor.key(ctrl('u'));
    assert_eq!(editor.text(), "## 요약\n저장소", "Ctrl-u undoes the paste");
    editor.key(ctrl('r'));
    assert_eq!(
        editor.text(),
        "## 요약\n저장소\n- 로그 구조",
        "Ctrl-r redoes it"
    );
    assert!(editor.is_changed());
}

#[test]
fn replacing_the_text_can_be_undone() {
    let mut editor = editor("옛 글");
    editor.replace("새 글\n둘째 줄");
    assert_eq!(editor.text(), "새 글\n둘째 줄");
    editor.key(ctrl('u'));
    assert_eq!(editor.text(), "옛 글");
}

#[test]
fn a_selection_is_replaced_cut_and_yanked_whole() {
    let mut editor = editor(&format!("가{KOREA}나"));
    editor.key(key(KeyCode::Home));
    editor.key(key(KeyCode::Right));
    let shift_right = KeyEvent::new(KeyCode::Right, KeyModifiers::SHIFT);
    editor.key(shift_right);
    assert_eq!(
        editor.selection(),
        Some((Pos::new(0, 3), Pos::new(0, 3 + KOREA.len())))
    );
    editor.key(ctrl('x'));
    assert_eq!(editor.text(), "가나");
    editor.key(key(KeyCode::End));
    editor.key(ctrl('y'));
    assert_eq!(editor.text(), format!("가나{KOREA}"));
}

#[test]
fn up_and_down_move_by_screen_row_keeping_the_column() {
    // 39 cells a row (one kept for the cursor): a long line of Korean is several rows.
    let mut editor = editor(&"가나다라마 ".repeat(12));
    editor.key(ctrl('a'));
    editor.key(key(KeyCode::Right));
    editor.key(key(KeyCode::Down));
    assert_eq!(editor.screen_cursor(), Some((2, 1)));
    editor.key(key(KeyCode::Up));
    assert_eq!(editor.screen_cursor(), Some((2, 0)));
}

#[test]
fn after_a_resize_the_window_is_full_and_shows_the_cursor() {
    let text: Vec<String> = (1..=12).map(|i| format!("{i}번째 줄")).collect();
    let mut editor = NotesEditor::new("n".into(), NotesOf::Toc, &text.join("\n"));
    editor.fit(48, 11);
    assert_eq!(editor.shown_rows().len(), 11);
    assert_eq!(
        editor.shown_rows()[0].line,
        1,
        "the last line at the bottom"
    );
    editor.fit(98, 26);
    let shown = editor.shown_rows();
    assert_eq!(shown.len(), 12, "every line once the window has room");
    assert_eq!(shown[0].line, 0);
    assert_eq!(editor.screen_cursor(), Some((9, 11)));
}

#[test]
fn a_megabyte_in_one_line_wraps_and_edits() {
    let mut editor = editor("");
    editor.insert(&"긴줄".repeat(200_000));
    typed(&mut editor, "끝");
    assert!(editor.text().ends_with("긴줄끝"));
    assert_eq!(editor.shown_rows().len(), 10);
    editor.key(KeyEvent::new(KeyCode::Home, KeyModifiers::CONTROL));
    assert_eq!(editor.screen_cursor(), Some((0, 0)));
}

#[test]
fn control_characters_and_empty_pastes_change_nothing() {
    let mut editor = editor("글");
    typed(&mut editor, "a");
    editor.key(key(KeyCode::Char('\u{7}')));
    editor.insert("\u{1b}");
    assert_eq!(editor.text(), "글a");
    editor.key(ctrl('u'));
    assert_eq!(
        editor.text(),
        "글",
        "one undo takes the a: no empty steps were kept"
    );
    editor.key(ctrl('u'));
    assert_eq!(editor.error.as_deref(), Some("Nothing to undo."));
}
