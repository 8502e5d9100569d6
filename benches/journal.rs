//! Speed at scale, on the generated journal (200 studies, 20,000 chapters, 100,000
//! attendance rows): `cargo bench`. Targets on a 2-core machine: first frame under 10 ms,
//! a key (handle + render) under 1 ms.

#[path = "support/generator.rs"]
mod generator;

use std::path::PathBuf;
use std::sync::LazyLock;

use chrono::{FixedOffset, NaiveDate};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use studylog::domain::voice::Voice;
use studylog::export::front_matter::Flavor;
use studylog::export::post::{Lang, PostDefaults};
use studylog::store::{OpenMode, Store};
use studylog::ui::App;
use studylog::ui::theme::Theme;

struct Journal {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

static JOURNAL: LazyLock<Journal> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.db");
    generator::generate(&path);
    Journal { _dir: dir, path }
});

/// What the app starts from: a config of Korean, formal posts, on 2025-01-01 in Seoul.
fn defaults() -> PostDefaults {
    PostDefaults {
        lang: Some(Lang::Ko),
        voice: Some(Voice::Formal),
        flavor: Some(Flavor::Gatsby),
        category: "essay".into(),
        draft: true,
        locale_lang: None,
        today: NaiveDate::from_ymd_opt(2025, 1, 1).expect("date"),
        offset_at: |_| FixedOffset::east_opt(9 * 3600).expect("offset"),
    }
}

fn open_app() -> App {
    let store = Store::open(&JOURNAL.path, OpenMode::MustExist).expect("open");
    let mut app = App::new(store, defaults(), Theme::new(true, false));
    app.resize(80, 24);
    app
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(80, 24)).expect("terminal")
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// The big study open on its chapters tab.
fn big_study() -> App {
    let mut app = open_app();
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.study.as_ref().map(|s| s.study.chapters.len()),
        Some(generator::BIG_STUDY_CHAPTERS as usize)
    );
    app
}

fn main() {
    LazyLock::force(&JOURNAL);
    divan::main();
}

/// `studylog` starting: open the journal, read the study list, draw the home screen.
#[divan::bench(sample_count = 50)]
fn open_to_first_frame() {
    let app = open_app();
    terminal()
        .draw(|f| studylog::ui::view::draw(&app, f))
        .expect("draw");
}

/// Opening the study with 2,000 chapters from the home screen (Enter + draw).
#[divan::bench(sample_count = 30)]
fn open_big_study(bencher: divan::Bencher) {
    bencher
        .with_inputs(|| (open_app(), terminal()))
        .bench_local_values(|(mut app, mut term)| {
            key(&mut app, KeyCode::Enter);
            term.draw(|f| studylog::ui::view::draw(&app, f))
                .expect("draw");
        });
}

/// One navigation key on the 2,000-chapter list: handle `j` and draw the frame.
#[divan::bench(sample_count = 200)]
fn navigation_key(bencher: divan::Bencher) {
    let mut app = big_study();
    let mut term = terminal();
    key(&mut app, KeyCode::Char('G'));
    key(&mut app, KeyCode::Char('g'));
    bencher.bench_local(|| {
        key(&mut app, KeyCode::Char('j'));
        term.draw(|f| studylog::ui::view::draw(&app, f))
            .expect("draw");
    });
}

/// Showing the Post tab of the big study the first time: export the post, then draw.
#[divan::bench(sample_count = 30)]
fn post_tab_first_show(bencher: divan::Bencher) {
    bencher
        .with_inputs(|| (big_study(), terminal()))
        .bench_local_values(|(mut app, mut term)| {
            key(&mut app, KeyCode::Char('5'));
            term.draw(|f| studylog::ui::view::draw(&app, f))
                .expect("draw");
        });
}

/// Scrolling the Post tab of the big study: one `j` and a redraw.
#[divan::bench(sample_count = 200)]
fn post_tab_scroll_key(bencher: divan::Bencher) {
    let mut app = big_study();
    let mut term = terminal();
    key(&mut app, KeyCode::Char('5'));
    bencher.bench_local(|| {
        key(&mut app, KeyCode::Char('j'));
        term.draw(|f| studylog::ui::view::draw(&app, f))
            .expect("draw");
    });
}

/// Typing into the `/` filter of the 2,000-chapter list: an initial consonant that every
/// title matches (the worst case: every row scored and sorted) typed and erased again, each
/// followed by a redraw (two keys per iteration).
#[divan::bench(sample_count = 100)]
fn filter_type_and_erase(bencher: divan::Bencher) {
    let mut app = big_study();
    let mut term = terminal();
    key(&mut app, KeyCode::Char('/'));
    key(&mut app, KeyCode::Char('ㅅ'));
    bencher.bench_local(|| {
        key(&mut app, KeyCode::Char('ㅎ'));
        term.draw(|f| studylog::ui::view::draw(&app, f))
            .expect("draw");
        key(&mut app, KeyCode::Backspace);
        term.draw(|f| studylog::ui::view::draw(&app, f))
            .expect("draw");
    });
}

/// Reading a chapter: Enter opens the reader on the selected chapter, Esc closes it.
#[divan::bench(sample_count = 100)]
fn reader_open_and_close(bencher: divan::Bencher) {
    let mut app = big_study();
    let mut term = terminal();
    bencher.bench_local(|| {
        key(&mut app, KeyCode::Enter);
        term.draw(|f| studylog::ui::view::draw(&app, f))
            .expect("draw");
        key(&mut app, KeyCode::Esc);
    });
}

/// A megabyte of mixed Korean, English, emoji and combining marks.
static MEGABYTE: LazyLock<String> = LazyLock::new(|| {
    let line = "한글 English 🙂 e\u{301} 1234567890\n";
    line.repeat(1_000_000 / line.len() + 1)
});

/// The big study with the notes editor open on its first chapter.
fn editor_open() -> App {
    let mut app = big_study();
    key(&mut app, KeyCode::Char('n'));
    assert!(matches!(
        app.overlay,
        Some(studylog::ui::state::app::Overlay::Editor(_))
    ));
    app
}

/// A 1 MB bracketed paste into the notes editor, and the frame that shows it.
#[divan::bench(sample_count = 10)]
fn editor_paste_a_megabyte(bencher: divan::Bencher) {
    let mut term = terminal();
    bencher
        .with_inputs(editor_open)
        .bench_local_values(|mut app| {
            app.handle_paste(&MEGABYTE);
            term.draw(|f| studylog::ui::view::draw(&app, f))
                .expect("draw");
            app
        });
}

/// One key typed into an editor holding notes of `bytes` bytes (a long chapter's notes,
/// then the megabyte), and the frame after it. Only the changed line is wrapped again and
/// only the rows on screen are drawn, so this should not grow with the length of the notes
/// (it did, to 69 ms, with ratatui-textarea, which mapped the whole text on every edit).
#[divan::bench(sample_count = 50, args = [30_000, 1_000_000])]
fn editor_key_in_notes_of(bencher: divan::Bencher, bytes: usize) {
    let mut app = editor_open();
    let cut = MEGABYTE
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| i >= bytes)
        .unwrap_or(MEGABYTE.len());
    app.handle_paste(&MEGABYTE[..cut]);
    let mut term = terminal();
    bencher.bench_local(|| {
        key(&mut app, KeyCode::Char('가'));
        term.draw(|f| studylog::ui::view::draw(&app, f))
            .expect("draw");
        key(&mut app, KeyCode::Backspace);
    });
}

/// Taking attendance on the 2,000-chapter study: one mark, saved (a transaction that checks
/// the study) and the study read again, and the frame after it.
#[divan::bench(sample_count = 50)]
fn attendance_mark(bencher: divan::Bencher) {
    let mut app = big_study();
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Enter);
    assert!(matches!(
        app.overlay,
        Some(studylog::ui::state::app::Overlay::Attendance { .. })
    ));
    let mut term = terminal();
    bencher.bench_local(|| {
        key(&mut app, KeyCode::Char(' '));
        term.draw(|f| studylog::ui::view::draw(&app, f))
            .expect("draw");
    });
}

/// One scroll key in the preview of a pasted table of contents of 10,000 chapters, on the
/// big study (handle `j` and draw the frame).
#[divan::bench(sample_count = 100)]
fn toc_preview_scroll_key(bencher: divan::Bencher) {
    let mut app = big_study();
    let mut term = terminal();
    key(&mut app, KeyCode::Char('t'));
    let toc: String = (1..=10_000)
        .map(|n| format!("{}. 분산 시스템의 골칫거리와 합의 {n}\n", n + 2_000))
        .collect();
    app.handle_paste(&toc);
    app.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    assert!(
        matches!(
            &app.overlay,
            Some(studylog::ui::state::app::Overlay::Editor(editor))
                if editor.preview.as_ref().is_some_and(|p| p.toc.entries.len() == 10_000)
        ),
        "the preview of 10,000 chapters is open"
    );
    bencher.bench_local(|| {
        key(&mut app, KeyCode::Char('j'));
        term.draw(|f| studylog::ui::view::draw(&app, f))
            .expect("draw");
    });
}

/// `studylog export --format json` of the whole journal (200 studies, 20,000 chapters) to a
/// sink: each study read and written before the next is read. Peak memory is measured on
/// the real binary (README, Speed).
#[divan::bench(sample_count = 10)]
fn export_json_whole_journal() {
    let store = Store::open(&JOURNAL.path, OpenMode::ReadOnly).expect("open");
    let ids = store.study_names().expect("names");
    let studies = ids.into_iter().map(|(id, _)| store.load_study(id));
    studylog::export::interchange::write_json(std::io::sink(), studies).expect("export");
}

/// The whole journal's export, made once for the import benchmark.
static EXPORTED: LazyLock<String> = LazyLock::new(|| {
    let store = Store::open(&JOURNAL.path, OpenMode::ReadOnly).expect("open");
    let ids = store.study_names().expect("names");
    let studies = ids.into_iter().map(|(id, _)| store.load_study(id));
    let mut json = Vec::new();
    studylog::export::interchange::write_json(&mut json, studies).expect("export");
    String::from_utf8(json).expect("utf-8")
});

/// `studylog import` of that export (28 MiB) into a new journal, as the binary does it: the
/// document read study by study on one thread while the other writes each study into the
/// one transaction, so memory holds a study or two, not the document (peak memory is
/// measured on the real binary: README, Speed).
#[divan::bench(sample_count = 5)]
fn import_json_whole_journal(bencher: divan::Bencher) {
    bencher
        .with_inputs(|| {
            LazyLock::force(&EXPORTED);
            tempfile::tempdir().expect("temp dir")
        })
        .bench_values(|dir| {
            studylog::commands::import_from(
                &dir.path().join("new.db"),
                EXPORTED.as_bytes(),
                std::path::Path::new("big.json"),
                studylog::store::Conflict::Refuse,
            )
            .expect("import");
            dir
        });
}
