//! The forms in Korean, driven through the app's key handling: every form's labels whole at
//! 80x24 and 40x12, the keys in a form's border and the yes/no box from the keymap, the
//! discard question, validation messages at their fields and what saving says.

#[path = "common/ui.rs"]
mod ui;

use studylog::i18n::{Lang, Msg, Tr};
use studylog::ui::App;
use studylog::ui::keymap::{Context, key_for};
use studylog::ui::state::action::Action;
use studylog::ui::state::app::{Overlay, Status};
use ui::{app, app_with, focus, press, screen, type_text, window};
use unicode_width::UnicodeWidthStr;

/// The smallest window studylog draws in, and the usual one.
const SIZES: [(u16, u16); 2] = [(40, 12), (80, 24)];

fn korean(width: u16, height: u16) -> App {
    app(width, height).in_lang(Lang::Ko)
}

/// What the box whose top border holds `title` says, its rows joined by spaces: a message
/// wrapped over two rows reads whole.
fn said_in(screen: &str, title: &str) -> String {
    window(screen, title)
        .iter()
        .map(|row| row.trim().trim_matches('│').trim())
        .filter(|row| !row.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The form's border keys as the keymap's FORM table gives them, in `tr`'s words.
fn form_keys(tr: Tr) -> String {
    let key = |action| key_for(Context::Form, action).expect("bound in a form");
    format!(
        " {} {} · {} {} · {} {} · {} {} ",
        key(Action::Save),
        tr.get(Msg::HintsSave),
        key(Action::Cancel),
        tr.get(Msg::HintsCancel),
        key(Action::NextField),
        tr.get(Msg::FormKeysNextField),
        key(Action::ExternalEditor),
        tr.get(Msg::HintsEditor),
    )
}

fn status(app: &App) -> String {
    match &app.status {
        Some(Status::Info(text) | Status::Error(text)) => text.clone(),
        None => panic!("no status message:\n{}", screen(app)),
    }
}

#[test]
fn every_form_shows_its_korean_title_and_labels_whole() {
    let forms: [(&[&str], &str, &[&str]); 7] = [
        (
            &["Enter", "E"],
            "스터디 편집",
            &["스터디 이름", "상태", "시작일", "종료일", "책"],
        ),
        (
            &["Enter", "a"],
            "새 챕터",
            &[
                "번호",
                "제목",
                "날짜",
                "발표자",
                "상태",
                "중요한 이유",
                "링크",
            ],
        ),
        (
            &["Enter", "j", "j", "j", "j", "j", "j", "j", "e"],
            "8장 편집",
            &["번호", "제목", "날짜", "발표자", "상태"],
        ),
        (
            &["Enter", "2", "a"],
            "새 모임",
            &["날짜", "챕터", "발표자", "김서연", "이도윤"],
        ),
        (&["Enter", "3", "a"], "새 멤버", &["이름", "나로 표시"]),
        (
            &["Enter", "4", "a"],
            "새 회고 항목",
            &["내용", "종류", "챕터"],
        ),
        (&["Enter", "5", "t"], "글 제목과 날짜", &["제목", "날짜"]),
    ];
    for (width, height) in SIZES {
        for (keys, title, labels) in forms {
            let mut app = korean(width, height);
            press(&mut app, keys);
            let text = screen(&app);
            let rows = window(&text, title);
            for label in labels {
                // A label starts its row and is not cut: the value follows after a blank.
                assert!(
                    rows.iter().any(|row| row
                        .trim_start()
                        .strip_prefix('│')
                        .and_then(|rest| rest.strip_prefix(label))
                        .is_some_and(|rest| rest.starts_with(' '))),
                    "{width}x{height}: no row starts with the label {label:?}:\n{text}"
                );
            }
            for row in text.lines() {
                assert!(row.width() <= usize::from(width), "{row:?} is too wide");
            }
        }
    }
}

#[test]
fn a_forms_border_names_its_keys_from_the_keymap_in_the_interfaces_language() {
    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "a"]);
    let text = screen(&app);
    let bottom = *window(&text, "새 챕터").last().expect("a bottom border");
    assert!(bottom.contains(&form_keys(Tr::KO)), "{bottom}");
    assert!(
        bottom.contains(" Ctrl-s 저장 · Esc 취소 · Tab 다음 칸 · Ctrl-e 편집기 "),
        "{bottom}"
    );
    // The English border reads as it always has.
    let mut app = ui::app(80, 24);
    press(&mut app, &["Enter", "a"]);
    let text = screen(&app);
    let bottom = *window(&text, "New chapter")
        .last()
        .expect("a bottom border");
    assert_eq!(
        form_keys(Tr::EN),
        " Ctrl-s save · Esc cancel · Tab next field · Ctrl-e editor "
    );
    assert!(bottom.contains(&form_keys(Tr::EN)), "{bottom}");
    // A small window cuts the keys with an ellipsis, and a long form says where it is.
    let mut app = korean(40, 12);
    press(&mut app, &["Enter", "E"]);
    let text = screen(&app);
    let bottom = *window(&text, "스터디 편집")
        .last()
        .expect("a bottom border");
    assert!(bottom.contains("╰ Ctrl-s 저장 · Esc 취소"), "{bottom}");
    assert!(bottom.contains("…"), "{bottom}");
    assert!(bottom.contains("1-9 / 22"), "{bottom}");
}

#[test]
fn hints_under_fields_name_their_keys_from_the_keymap() {
    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "E"]);
    focus(&mut app, "마무리");
    let open = key_for(Context::Form, Action::OpenField).expect("Enter opens a long field");
    assert!(
        screen(&app).contains(&format!("{open}: 편집기에서 여러 줄로 쓰기")),
        "{}",
        screen(&app)
    );
    press(&mut app, &["Esc"]);
    press(&mut app, &["4", "a", "Tab", "Tab"]);
    let left = key_for(Context::Form, Action::CursorLeft).expect("bound");
    let right = key_for(Context::Form, Action::CursorRight).expect("bound");
    assert!(
        screen(&app).contains(&format!("Space 또는 {left}/{right}: 이 항목과 관련된 챕터")),
        "{}",
        screen(&app)
    );
}

#[test]
fn choices_show_korean_options_and_cycle_through_them() {
    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "2", "a"]);
    focus(&mut app, "김서연");
    let text = screen(&app);
    assert!(text.contains("‹ 출석 ›"), "{text}");
    assert!(
        text.contains("Space: 출석, 결석, 미준비, 집계 안 함"),
        "{text}"
    );
    press(&mut app, &["Space"]);
    assert!(screen(&app).contains("‹ 결석 ›"), "{}", screen(&app));
    press(&mut app, &["Right", "Right"]);
    assert!(screen(&app).contains("‹ 집계 안 함 ›"), "{}", screen(&app));

    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "a"]);
    focus(&mut app, "상태");
    assert!(screen(&app).contains("‹ 읽기 전 ›"), "{}", screen(&app));
    press(&mut app, &["Esc", "3", "a", "Tab"]);
    assert!(screen(&app).contains("[ ] 아니요"), "{}", screen(&app));
    press(&mut app, &["Space"]);
    assert!(screen(&app).contains("[x] 예"), "{}", screen(&app));
}

#[test]
fn the_discard_question_and_its_answers_are_korean() {
    let yes = key_for(Context::Confirm, Action::Yes).expect("y");
    let no = key_for(Context::Confirm, Action::No).expect("n");
    let answers = format!("{yes} 예   {no} 아니요");
    for (width, height) in SIZES {
        let mut app = korean(width, height);
        press(&mut app, &["Enter", "a"]);
        type_text(&mut app, "1");
        press(&mut app, &["Esc"]);
        let text = screen(&app);
        let rows = window(&text, "╭ 확인 ");
        assert!(
            rows.iter().any(|r| r.contains("입력한 내용을 버릴까요?")),
            "{text}"
        );
        assert!(rows.iter().any(|r| r.contains(&answers)), "{text}");
        press(&mut app, &["n", "C-c"]);
        let said = said_in(&screen(&app), "╭ 확인 ");
        assert!(
            said.contains("입력한 내용을 저장하지 않고 종료할까요?"),
            "{said}"
        );
        press(&mut app, &["n"]);
        assert!(matches!(app.overlay, Some(Overlay::Form(_))), "still open");
    }
    // A field's own editor names the field.
    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "E"]);
    focus(&mut app, "마무리");
    press(&mut app, &["Enter"]);
    type_text(&mut app, " 덧붙임");
    press(&mut app, &["Esc"]);
    let text = screen(&app);
    assert!(
        text.contains("\"마무리\" 칸에서 바꾼 내용을 버릴까요?"),
        "{text}"
    );
}

#[test]
fn korean_validation_messages_sit_at_their_fields() {
    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "a"]);
    focus(&mut app, "번호");
    press(&mut app, &["C-u"]);
    focus(&mut app, "날짜");
    type_text(&mut app, "2024-13-01");
    press(&mut app, &["C-s"]);
    let text = said_in(&screen(&app), "새 챕터");
    assert!(text.contains("챕터 번호를 써 주세요."), "{text}");
    assert!(text.contains("챕터 제목을 써 주세요."), "{text}");
    assert!(
        text.contains("\"2024-13-01\"은 날짜가 아니에요. 2025-03-02처럼 YYYY-MM-DD로 써 주세요."),
        "{text}"
    );

    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "E"]);
    focus(&mut app, "시작일");
    press(&mut app, &["C-u"]);
    type_text(&mut app, "2025-03-02");
    focus(&mut app, "종료일");
    press(&mut app, &["C-u"]);
    type_text(&mut app, "2025-03-01");
    focus(&mut app, "보증금");
    press(&mut app, &["C-u"]);
    type_text(&mut app, "10,00");
    press(&mut app, &["C-s"]);
    let text = said_in(&screen(&app), "스터디 편집");
    assert!(
        text.contains("종료일(2025. 3. 1.)이 시작일(2025. 3. 2.)보다 앞서요."),
        "{text}"
    );
    // The amount's problem is further down: the focus went to the first one.
    focus(&mut app, "보증금");
    let text = said_in(&screen(&app), "스터디 편집");
    assert!(
        text.contains("\"10,00\"은 구분 기호 위치가 맞지 않아요."),
        "{text}"
    );

    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "2", "a", "Tab", "C-u"]);
    type_text(&mut app, "8-6");
    press(&mut app, &["C-s"]);
    let text = said_in(&screen(&app), "새 모임");
    assert!(
        text.contains("8-6은 순서가 거꾸로예요. 6-8처럼 작은 번호를 먼저 써 주세요."),
        "{text}"
    );
    // A field shows its first problem; this one is said once the range is fixed.
    press(&mut app, &["C-u"]);
    type_text(&mut app, "99");
    press(&mut app, &["C-s"]);
    let text = said_in(&screen(&app), "새 모임");
    assert!(text.contains("99장이 없어요."), "{text}");
}

#[test]
fn saving_says_what_was_saved_in_korean() {
    let mut app = korean(80, 24);
    // A new chapter's number is filled in: the form starts at its title.
    press(&mut app, &["Enter", "a"]);
    type_text(&mut app, "스트림 이후");
    press(&mut app, &["C-s"]);
    assert_eq!(status(&app), "13장 \"스트림 이후\"를 저장했어요.");

    press(&mut app, &["3", "a"]);
    type_text(&mut app, "한지민");
    press(&mut app, &["C-s"]);
    assert_eq!(status(&app), "멤버 \"한지민\"을 저장했어요.");

    press(&mut app, &["4", "a"]);
    type_text(&mut app, "발표 자료를 미리 공유했다");
    press(&mut app, &["C-s"]);
    assert_eq!(status(&app), "항목을 저장했어요.");

    // `s` on chapter 11, which no session covered: its next status, in the form's words.
    press(&mut app, &["1", "g"]);
    press(&mut app, &["j"; 10]);
    press(&mut app, &["s"]);
    assert_eq!(status(&app), "11장 상태를 읽는 중으로 바꿨어요.");

    // A new study on an empty journal: the key that opens it from the keymap.
    let mut app = app_with(&[], 80, 24).in_lang(Lang::Ko);
    press(&mut app, &["a"]);
    type_text(&mut app, "러스트 스터디");
    focus(&mut app, "책");
    type_text(&mut app, "러스트 프로그래밍 공식 가이드");
    press(&mut app, &["C-s"]);
    let open = key_for(Context::Home, Action::Open).expect("Enter opens a study");
    assert_eq!(
        status(&app),
        format!("스터디 \"러스트 스터디\"를 추가했어요. {open}로 열 수 있어요.")
    );
    press(&mut app, &["a"]);
    type_text(&mut app, "러스트 스터디");
    focus(&mut app, "책");
    type_text(&mut app, "다른 책");
    press(&mut app, &["C-s"]);
    assert!(
        screen(&app).contains("\"러스트 스터디\"라는 스터디가 이미 있어요."),
        "{}",
        screen(&app)
    );
}

#[test]
fn f1_in_a_form_lists_the_forms_keys_and_closing_it_keeps_what_was_typed() {
    let mut app = korean(80, 24);
    press(&mut app, &["Enter", "4", "a"]);
    type_text(&mut app, "회고 항목?");
    press(&mut app, &["F1"]);
    let help = screen(&app);
    assert!(
        help.contains(Tr::KO.get(Msg::KeysSaveClose)),
        "the help lists the form's keys:\n{help}"
    );
    assert!(help.contains(Tr::KO.get(Msg::KeysHelpKeyForm)), "{help}");
    let close = key_for(Context::Help, Action::ToggleHelp).expect("a key closes the help");
    press(&mut app, &[close.as_str()]);
    let Some(Overlay::Form(form)) = &app.overlay else {
        panic!("the form is back:\n{}", screen(&app));
    };
    assert_eq!(form.fields[form.focus].input.text(), "회고 항목?");
}
