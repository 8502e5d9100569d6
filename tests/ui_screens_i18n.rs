//! Every screen, tab, form, overlay and message at 80x24, in Korean and in English: the
//! snapshots are what a person sees in each language (`tests/snapshots/ui_screens_i18n__*`).
//! The demo study is Korean and the spec's example English, so each language's interface is
//! seen over text of both.

#[path = "common/ui.rs"]
mod ui;

use studylog::i18n::{Lang, Tr};
use studylog::ui::App;
use ui::{app, app_with, press, screen, type_text};

/// Where each screen is, as the keys that lead there from the study list.
const SCREENS: &[(&str, &[&str])] = &[
    ("home", &[]),
    ("home_filter", &["/", "데"]),
    ("home_help", &["?"]),
    ("home_delete_question", &["d"]),
    ("study_form", &["e"]),
    ("chapters", &["Enter"]),
    ("chapters_filter", &["Enter", "/", "복"]),
    ("chapters_help", &["Enter", "?"]),
    ("chapter_reader", &["Enter", "Enter"]),
    ("chapter_form_new", &["Enter", "a"]),
    ("chapter_form_edit", &["Enter", "e"]),
    ("chapter_form_invalid", &["Enter", "e", "C-u", "C-s"]),
    ("chapter_discard_question", &["Enter", "e", "x", "Esc"]),
    ("chapter_delete_question", &["Enter", "d"]),
    ("chapter_deleted", &["Enter", "d", "y"]),
    ("chapter_status_changed", &["Enter", "G", "s"]),
    ("chapter_notes_editor", &["Enter", "n"]),
    ("chapter_notes_editor_help", &["Enter", "n", "F1"]),
    (
        "chapter_notes_discard_question",
        &["Enter", "n", "x", "Esc"],
    ),
    ("toc_paste", &["Enter", "t"]),
    ("roulette", &["Enter", "G", "r"]),
    ("announcement_copied", &["Enter", "y"]),
    ("sessions", &["Enter", "2"]),
    ("session_form_new", &["Enter", "2", "a"]),
    ("attendance", &["Enter", "2", "Enter"]),
    ("attendance_help", &["Enter", "2", "Enter", "?"]),
    ("members", &["Enter", "3"]),
    ("member_form", &["Enter", "3", "e"]),
    ("member_deleted", &["Enter", "3", "G", "d", "y"]),
    ("retro", &["Enter", "4"]),
    ("retro_point_form", &["Enter", "4", "a"]),
    ("post", &["Enter", "5"]),
    ("post_title_prompt", &["Enter", "5", "t"]),
    ("post_copied", &["Enter", "5", "y"]),
    ("study_details_form", &["Enter", "E"]),
];

fn in_lang(mut app: App, lang: Lang) -> App {
    app.tr = Tr::new(lang);
    app
}

#[test]
fn every_screen_at_80x24_in_both_languages() {
    for lang in Lang::ALL {
        for (name, keys) in SCREENS {
            let mut app = in_lang(app(80, 24), lang);
            press(&mut app, keys);
            insta::assert_snapshot!(format!("{}_{name}", lang.code()), screen(&app));
        }
    }
}

#[test]
fn a_form_with_korean_typed_into_it() {
    for lang in Lang::ALL {
        let mut app = in_lang(app(80, 24), lang);
        press(&mut app, &["Enter", "4", "a"]);
        type_text(&mut app, "발표 자료를 미리 공유했다");
        insta::assert_snapshot!(format!("{}_retro_point_typed", lang.code()), screen(&app));
    }
}

#[test]
fn the_empty_journal_and_the_too_small_window_in_korean() {
    let mut empty = in_lang(app_with(&[], 80, 24), Lang::Ko);
    insta::assert_snapshot!("ko_home_empty", screen(&empty));
    empty.resize(40, 12);
    insta::assert_snapshot!("ko_home_empty_40x12", screen(&empty));
    let mut small = in_lang(app(80, 24), Lang::Ko);
    small.resize(30, 10);
    insta::assert_snapshot!("ko_too_small", screen(&small));
}

#[test]
fn the_smallest_window_in_korean() {
    for (name, keys) in [
        ("home", &[][..]),
        ("chapters", &["Enter"][..]),
        ("sessions", &["Enter", "2"][..]),
        ("members", &["Enter", "3"][..]),
        ("retro", &["Enter", "4"][..]),
        ("post", &["Enter", "5"][..]),
        ("chapter_form", &["Enter", "e"][..]),
        ("attendance", &["Enter", "2", "Enter"][..]),
        ("help", &["Enter", "?"][..]),
    ] {
        let mut app = in_lang(app(40, 12), Lang::Ko);
        press(&mut app, keys);
        insta::assert_snapshot!(format!("ko_{name}_40x12"), screen(&app));
    }
}
