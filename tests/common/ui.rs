//! Driving the UI without a terminal: an `App` on an in-memory journal, keys in, the
//! screen out as text.

// Each test crate that includes this uses some of the helpers, not all.
#![allow(dead_code)]

use chrono::{FixedOffset, NaiveDate};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use studylog::domain::voice::Voice;
use studylog::export::interchange;
use studylog::export::post::{Lang, PostDefaults};
use studylog::store::{Conflict, Store};
use studylog::ui::App;
use studylog::ui::theme::Theme;
use unicode_width::UnicodeWidthStr;

/// What the app starts from, as a config file with `lang = "ko"` and `voice = "formal"`
/// would give, on 2025-05-26 in Seoul.
pub fn post_defaults() -> PostDefaults {
    PostDefaults {
        lang: Some(Lang::Ko),
        voice: Some(Voice::Formal),
        flavor: None,
        category: "essay".into(),
        draft: true,
        locale_lang: None,
        today: NaiveDate::from_ymd_opt(2025, 5, 26).expect("date"),
        offset_at: |_| FixedOffset::east_opt(9 * 3600).expect("offset"),
    }
}

/// An app on a journal holding the given interchange files, sized `width` x `height`.
pub fn app_with(files: &[&str], width: u16, height: u16) -> App {
    let mut store = Store::open_in_memory().expect("journal");
    for file in files {
        let json = std::fs::read_to_string(file).expect("fixture");
        let studies = interchange::parse(&json).expect("valid fixture");
        store.import(&studies, Conflict::Rename).expect("import");
    }
    let mut app = App::new(store, post_defaults(), Theme::new(false, false));
    app.resize(width, height);
    app
}

/// The demo study (Korean) and the spec's example study (English).
pub fn app(width: u16, height: u16) -> App {
    app_with(
        &["assets/demo.json", "tests/fixtures/example-study.json"],
        width,
        height,
    )
}

/// Presses keys written as in tui-shot: `j`, `Enter`, `Tab`, `BTab`, `Esc`, `C-c`, `PageDown`.
pub fn press(app: &mut App, keys: &[&str]) {
    for key in keys {
        let (code, modifiers) = match *key {
            "Enter" => (KeyCode::Enter, KeyModifiers::NONE),
            "Esc" => (KeyCode::Esc, KeyModifiers::NONE),
            "Tab" => (KeyCode::Tab, KeyModifiers::NONE),
            "BTab" => (KeyCode::BackTab, KeyModifiers::SHIFT),
            "Down" => (KeyCode::Down, KeyModifiers::NONE),
            "Up" => (KeyCode::Up, KeyModifiers::NONE),
            "Home" => (KeyCode::Home, KeyModifiers::NONE),
            "End" => (KeyCode::End, KeyModifiers::NONE),
            "PageDown" => (KeyCode::PageDown, KeyModifiers::NONE),
            "PageUp" => (KeyCode::PageUp, KeyModifiers::NONE),
            "C-c" => (KeyCode::Char('c'), KeyModifiers::CONTROL),
            "C-s" => (KeyCode::Char('s'), KeyModifiers::CONTROL),
            "C-u" => (KeyCode::Char('u'), KeyModifiers::CONTROL),
            "C-e" => (KeyCode::Char('e'), KeyModifiers::CONTROL),
            "M-Enter" => (KeyCode::Enter, KeyModifiers::ALT),
            "BS" => (KeyCode::Backspace, KeyModifiers::NONE),
            "Del" => (KeyCode::Delete, KeyModifiers::NONE),
            "Left" => (KeyCode::Left, KeyModifiers::NONE),
            "Right" => (KeyCode::Right, KeyModifiers::NONE),
            "Space" => (KeyCode::Char(' '), KeyModifiers::NONE),
            "F1" => (KeyCode::F(1), KeyModifiers::NONE),
            "F5" => (KeyCode::F(5), KeyModifiers::NONE),
            single => {
                let mut chars = single.chars();
                let c = chars.next().expect("a key");
                assert!(chars.next().is_none(), "unknown key name {single}");
                (KeyCode::Char(c), KeyModifiers::NONE)
            }
        };
        app.handle_key(KeyEvent::new(code, modifiers));
    }
}

/// The screen as drawn: each cell's symbol and style.
pub fn buffer(app: &App) -> Buffer {
    let mut terminal =
        Terminal::new(TestBackend::new(app.width, app.height)).expect("test terminal");
    terminal
        .draw(|frame| studylog::ui::view::draw(app, frame))
        .expect("draw");
    terminal.backend().buffer().clone()
}

/// The screen as a person sees it: one string per row, wide characters once.
pub fn screen(app: &App) -> String {
    let buffer = buffer(app);
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut skip = 0;
        let mut line = String::new();
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = symbol.width().saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The rows of the box whose top border holds `title`, down to its bottom border.
pub fn window<'a>(screen: &'a str, title: &str) -> Vec<&'a str> {
    let rows: Vec<&str> = screen.lines().skip_while(|l| !l.contains(title)).collect();
    let end = rows
        .iter()
        .position(|l| l.trim_start().starts_with('╰'))
        .unwrap_or_else(|| panic!("the box {title:?} is closed:\n{screen}"));
    rows[..=end].to_vec()
}

/// Moves the open form's focus (with Tab) to the field labelled `label`.
pub fn focus(app: &mut App, label: &str) {
    for _ in 0..40 {
        if let Some(studylog::ui::state::app::Overlay::Form(form)) = &app.overlay
            && form.fields[form.focus].label == label
        {
            return;
        }
        press(app, &["Tab"]);
    }
    panic!("no field labelled {label}:\n{}", screen(app));
}

/// Types `text` one character at a time, as a keyboard (or an input method) sends it.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

/// Where the terminal's cursor is after drawing, if it is shown.
pub fn cursor(app: &App) -> Option<(u16, u16)> {
    let mut terminal =
        Terminal::new(TestBackend::new(app.width, app.height)).expect("test terminal");
    terminal
        .draw(|frame| studylog::ui::view::draw(app, frame))
        .expect("draw");
    let backend = terminal.backend();
    backend.cursor_visible().then(|| {
        let p = backend.cursor_position();
        (p.x, p.y)
    })
}
