//! The study's tools in Korean, driven through the app's keys: the roulette, attendance, the
//! Post tab, the notes editor, the table of contents, the reader and the copied box say
//! their words in Korean, and they fit, whole, in the usual window (80x24) and the smallest
//! (40x12). Key names come from the keymap, never from the words.

#[path = "common/ui.rs"]
mod ui;

use std::io::Write;

use studylog::domain::particle::{Particle, with_particle};
use studylog::domain::text::quoted;
use studylog::i18n::Lang;
use studylog::ui::App;
use studylog::ui::keymap::{Context, key_for};
use studylog::ui::state::action::{Action, Tab};
use studylog::ui::state::app::Overlay;
use ui::{app_with, buffer, press, screen, type_text};
use unicode_width::UnicodeWidthStr;

/// The smallest window studylog draws in, and the usual one.
const SIZES: [(u16, u16); 2] = [(40, 12), (80, 24)];

/// The demo study (Korean) in a Korean interface.
fn korean(width: u16, height: u16) -> App {
    ui::app(width, height).in_lang(Lang::Ko)
}

/// The rows of the box whose top border holds `title`, between its side borders: read from
/// the cells under the box only, so nothing drawn beside it counts.
fn boxed(app: &App, title: &str) -> Vec<String> {
    let buffer = buffer(app);
    let area = buffer.area;
    let row = |y: u16, from: u16, to: u16| -> String {
        let mut text = String::new();
        let mut x = from;
        while x < to {
            let symbol = buffer[(x, y)].symbol();
            text.push_str(symbol);
            x += u16::try_from(symbol.width().max(1)).unwrap_or(1);
        }
        text
    };
    let top = (0..area.height)
        .find(|&y| row(y, 0, area.width).contains(title))
        .unwrap_or_else(|| panic!("no box titled {title:?}:\n{}", screen(app)));
    // The box's left corner is the last one before the title; its right the first after.
    let line = row(top, 0, area.width);
    let before = &line[..line.find(title).unwrap_or(0)];
    let left = u16::try_from(before.rfind('╭').map_or(0, |i| line[..i].width())).unwrap_or(0);
    let right = (left + 1..area.width)
        .find(|&x| buffer[(x, top)].symbol() == "╮")
        .unwrap_or_else(|| panic!("the box {title:?} has no right corner:\n{}", screen(app)));
    let bottom = (top + 1..area.height)
        .find(|&y| buffer[(left, y)].symbol() == "╰")
        .unwrap_or_else(|| panic!("the box {title:?} is not closed:\n{}", screen(app)));
    (top..=bottom).map(|y| row(y, left, right + 1)).collect()
}

/// The row of `rows` that holds `text`.
fn row_with<'a>(rows: &'a [String], text: &str) -> &'a str {
    rows.iter()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no row holds {text:?}:\n{}", rows.join("\n")))
}

/// The screen's words with the rows joined, for a message a narrow window wraps.
fn words(app: &App) -> String {
    screen(app)
        .lines()
        .map(|l| l.trim().trim_matches('│').trim())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every row of the screen is at most as wide as the window.
fn fits(app: &App) {
    let text = screen(app);
    for line in text.lines() {
        assert!(
            line.width() <= usize::from(app.width),
            "{}x{}: a row is wider than the window: {line}\n{text}",
            app.width,
            app.height
        );
    }
}

fn key(context: Context, action: Action) -> String {
    key_for(context, action).expect("a bound key")
}

#[test]
fn the_roulette_speaks_korean_and_keeps_every_row_whole() {
    for (width, height) in SIZES {
        let mut app = korean(width, height);
        // Chapter 12 of the demo: planned for 박하준, not held yet.
        press(&mut app, &["Enter", "G", "r"]);
        assert!(matches!(app.overlay, Some(Overlay::Roulette(_))));
        fits(&app);
        let rows = boxed(&app, "발표자 추첨: 12장");
        let text = rows.join("\n");
        assert!(text.contains("현재 발표자: 박하준"), "{text}");
        let hint = format!(
            "{} 멤버 넣기/빼기 · {} 추첨",
            key(Context::Roulette, Action::ToggleCandidate),
            key(Context::Roulette, Action::DrawPresenter)
        );
        assert!(text.contains(&hint), "{width}x{height}: {text}");
        // Every member's figures, whole: the chance and the chapters still to come.
        for name in ["김서연", "이도윤", "박하준", "최지우", "정민재"] {
            let row = row_with(&rows, &format!("] {name}"));
            assert!(
                row.contains("발표 ") && row.contains("확률") && row.contains('%'),
                "{width}x{height}: {row}"
            );
            assert!(!row.contains('…'), "{width}x{height}: cut: {row}");
        }
        assert!(row_with(&rows, "] 이도윤").contains("+1 예정"), "{text}");
        for english in ["presented", "chance", "to come", "Who presents"] {
            assert!(!text.contains(english), "{english} is left: {text}");
        }
        if width == 80 {
            assert!(text.contains("지난 추첨"), "{text}");
            assert!(text.contains("2025. 3. 8. 20:55  2장"), "{text}");
        }
        // The question before the presenter is replaced.
        press(&mut app, &["r"]);
        let text = screen(&app);
        assert!(
            text.contains("발표자 박하준 대신 새로 추첨할까요?"),
            "{width}x{height}: {text}"
        );
        fits(&app);
    }
}

/// The small study with its second session (chapters 2 and 3) left out: chapter 3, planned
/// for 박하준, is still to come.
fn chapter_three_to_come() -> tempfile::NamedTempFile {
    let json = std::fs::read_to_string("tests/fixtures/small-study-ko.json").expect("fixture");
    let mut value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let sessions = value["studies"][0]["sessions"]
        .as_array_mut()
        .expect("sessions");
    sessions.truncate(1);
    let mut file = tempfile::NamedTempFile::new().expect("temporary file");
    file.write_all(value.to_string().as_bytes())
        .expect("written");
    file
}

#[test]
fn a_korean_roulette_result_names_the_chapter_as_3jang() {
    let fixture = chapter_three_to_come();
    let path = fixture.path().to_str().expect("a UTF-8 path");
    for (width, height) in SIZES {
        let mut app = app_with(&[path], width, height).in_lang(Lang::Ko);
        press(&mut app, &["Enter", "G", "r"]);
        assert!(
            screen(&app).contains("발표자 추첨: 3장"),
            "{}",
            screen(&app)
        );
        // 박하준 presents it: the draw asks first; any key ends the spin.
        press(&mut app, &["r", "y", "j"]);
        let Some(Overlay::Roulette(roulette)) = &app.overlay else {
            panic!("the roulette closed: {}", screen(&app));
        };
        let chosen = roulette.presenter.clone().expect("the drawn presenter");
        let title = &app.study.as_ref().expect("a study").study.chapters[2].title;
        let result = format!(
            "3장 {}은 {} 발표해요. 저장했어요.",
            quoted(title),
            with_particle(&chosen, Particle::Subject)
        );
        let text = screen(&app);
        // The result may wrap in a narrow window: its words are read without the breaks.
        let rows = boxed(&app, "발표자 추첨");
        let joined: String = rows
            .iter()
            .map(|r| r.trim_matches('│').trim())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            joined.contains(&result),
            "{width}x{height}: {result}\n{text}"
        );
        let hint = format!(
            "{} 유지 · {} {chosen} 대신 다시 추첨",
            key(Context::RouletteDone, Action::Back),
            key(Context::RouletteDone, Action::DrawPresenter)
        );
        assert!(joined.contains(&hint), "{width}x{height}: {text}");
        fits(&app);
    }
}

#[test]
fn attendance_in_korean_keeps_every_mark_and_the_presenters_note() {
    for (width, height) in SIZES {
        let mut app =
            app_with(&["tests/fixtures/long-name-ko.json"], width, height).in_lang(Lang::Ko);
        press(&mut app, &["Enter", "2", "Enter"]);
        fits(&app);
        let rows = boxed(&app, "출석 2026. 1. 3.");
        for (name, mark) in [
            ("김서연", "출석"),
            ("이도윤", "미준비"),
            ("박하준", "결석"),
            ("최지우", "집계 안 함"),
        ] {
            let row = row_with(&rows, name);
            let inside = row.trim_matches('│').trim_end();
            assert!(inside.ends_with(mark), "{width}x{height}: {row}");
        }
        // The long-named presenter, marked absent: the mark and the whole question after
        // it, even at 40 cells (the Korean marks are narrower than the English).
        let row = row_with(&rows, "가나");
        let inside = row.trim_matches('│').trim_end();
        assert!(inside.contains(" 결석 "), "{width}x{height}: {row}");
        assert!(
            inside.ends_with("! 발표자인데 결석?"),
            "{width}x{height}: {row}"
        );
        let legend = format!(
            "{} 표시 · 바로 저장",
            key(Context::Attendance, Action::CycleMark)
        );
        assert!(
            rows.last().is_some_and(|r| r.contains(&legend)),
            "{width}x{height}: {}",
            rows.join("\n")
        );
    }
}

#[test]
fn the_post_tab_names_its_settings_in_korean() {
    for (width, height) in SIZES {
        let mut app = korean(width, height);
        press(&mut app, &["Enter", "5"]);
        fits(&app);
        let text = screen(&app);
        let settings = text.lines().nth(2).expect("the settings line");
        let start = format!(
            " {} 한국어  {} 합니다체",
            key(Context::Study(Tab::Post), Action::SwitchPostLanguage),
            key(Context::Study(Tab::Post), Action::SwitchPostVoice)
        );
        assert!(settings.starts_with(&start), "{width}x{height}: {settings}");
        if width == 80 {
            assert!(settings.contains("n 노트 끔  c 차트 끔"), "{settings}");
        }
        assert!(text.contains("줄 중 1-"), "{width}x{height}: {text}");
        assert!(!text.contains("lines 1-"), "{text}");
        // The settings change and say so in Korean; the post itself is the post's language.
        press(&mut app, &["L"]);
        let text = screen(&app);
        assert!(text.contains("이제 글을 영어로 써요."), "{text}");
        assert!(
            text.lines().nth(2).is_some_and(|l| l.contains("영어")),
            "{text}"
        );
        press(&mut app, &["f"]);
        assert!(screen(&app).contains("프런트 매터: hugo"));
        fits(&app);
    }
}

#[test]
fn the_notes_editor_hint_is_the_keymap_in_korean() {
    let expected = format!(
        "{} 저장 · {} 취소 · {} 내 편집기 · {} 되돌리기",
        key(Context::Editor, Action::Save),
        key(Context::Editor, Action::Cancel),
        key(Context::Editor, Action::ExternalEditor),
        key_for(
            Context::Editor,
            Action::EditorKey(ratatui::crossterm::event::KeyEvent::new(
                ratatui::crossterm::event::KeyCode::Char('u'),
                ratatui::crossterm::event::KeyModifiers::CONTROL,
            ))
        )
        .expect("undo is bound"),
    );
    assert_eq!(
        expected,
        "Ctrl-s 저장 · Esc 취소 · Ctrl-e 내 편집기 · Ctrl-u 되돌리기"
    );
    for (width, height) in SIZES {
        let mut app = korean(width, height);
        press(&mut app, &["Enter", "n"]);
        fits(&app);
        let rows = boxed(&app, "노트: 1장");
        let bottom = rows.last().expect("the bottom border");
        if width == 80 {
            assert!(bottom.contains(&expected), "{bottom}");
        } else {
            // A narrow window keeps the first hints and cuts the rest, as in English.
            assert!(bottom.contains("Ctrl-s 저장 · Esc 취소 · "), "{bottom}");
            assert!(bottom.contains('…') && bottom.ends_with('╯'), "{bottom}");
        }
        // Nothing to undo yet: said in Korean above the text.
        press(&mut app, &["C-u"]);
        assert!(
            screen(&app).contains("되돌릴 게 없어요."),
            "{}",
            screen(&app)
        );
        // Saved: the status says whose notes, in Korean.
        type_text(&mut app, "메모");
        press(&mut app, &["C-s"]);
        // What was done comes first: a narrow window cuts the title, not the verb.
        let text = screen(&app);
        assert!(
            text.contains("노트를 저장했어요: 1장 \"신뢰할"),
            "{width}x{height}: {text}"
        );
    }
}

#[test]
fn the_table_of_contents_checks_and_adds_in_korean() {
    for (width, height) in SIZES {
        let mut app = korean(width, height);
        press(&mut app, &["Enter", "t"]);
        assert!(screen(&app).contains("챕터 추가"), "{}", screen(&app));
        press(&mut app, &["C-s"]);
        assert!(
            words(&app).contains("챕터를 한 줄에 하나씩"),
            "{}",
            screen(&app)
        );
        type_text(&mut app, "Part I: Foundations");
        press(&mut app, &["Enter"]);
        type_text(&mut app, "13.1 해시 인덱스");
        press(&mut app, &["C-s"]);
        let text = words(&app);
        assert!(text.contains("챕터는 없고 제목만 있어요"), "{text}");
        assert!(text.contains("부 제목 1개, 절 제목 1개"), "{text}");
        fits(&app);
        // A chapter the study has already: which one, with both titles.
        for _ in 0..40 {
            press(&mut app, &["BS"]);
        }
        type_text(&mut app, "1. 신뢰");
        press(&mut app, &["C-s"]);
        let text = words(&app);
        assert!(
            text.contains("스터디에 이미 1장"),
            "{width}x{height}: {text}"
        );
        for _ in 0..10 {
            press(&mut app, &["BS"]);
        }
        type_text(&mut app, "13. 새 장");
        press(&mut app, &["Enter"]);
        type_text(&mut app, "14. 또 한 장");
        press(&mut app, &["C-s"]);
        fits(&app);
        let rows = boxed(&app, "이 챕터들을 추가할까요?");
        let bottom = rows.last().expect("the bottom border");
        assert!(bottom.contains("추가"), "{width}x{height}: {bottom}");
        if width == 80 {
            assert!(
                bottom.contains("y/Enter 추가 · n/Esc/q 돌아가서 고치기"),
                "{bottom}"
            );
        }
        press(&mut app, &["y"]);
        assert!(
            screen(&app).contains("챕터 2개를 추가했어요."),
            "{}",
            screen(&app)
        );
    }
}

#[test]
fn the_reader_and_the_copied_box_speak_korean() {
    for (width, height) in SIZES {
        let mut app = korean(width, height);
        press(&mut app, &["Enter", "Enter"]);
        fits(&app);
        let rows = boxed(&app, "챕터");
        let bottom = rows.last().expect("the bottom border");
        assert!(bottom.contains("줄 중 1-"), "{width}x{height}: {bottom}");
        press(&mut app, &["q", "y"]);
        fits(&app);
        let rows = boxed(&app, "클립보드에 복사됨");
        let bottom = rows.last().expect("the bottom border");
        // The key that closes it, from the keymap, always whole.
        assert!(bottom.contains("Esc 닫기"), "{width}x{height}: {bottom}");
        assert!(!bottom.contains('…'), "{width}x{height}: {bottom}");
        if width == 80 {
            assert!(bottom.contains("붙여 넣기가 안 되면"), "{bottom}");
        }
        assert!(screen(&app).contains("공지를 클립보드에 복사했어요"));
    }
}
