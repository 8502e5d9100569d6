//! The Post tab's settings, by keyboard: each change is saved with the study at once, is
//! still there after quitting and opening the journal again, and `w` writes the very bytes
//! `studylog export` writes for the study.

mod common;
#[path = "common/ui.rs"]
mod ui;

use studylog::domain::voice::Voice;
use studylog::domain::{Flavor, PostSettings};
use studylog::store::{OpenMode, Store};
use studylog::ui::App;
use studylog::ui::state::app::Overlay;
use studylog::ui::theme::Theme;
use ui::{press, screen, type_text};

/// The app on the journal file at `db`, on the demo study's Post tab.
fn open_post_tab(db: &std::path::Path, folder: &std::path::Path) -> App {
    let store = Store::open(db, OpenMode::MustExist).expect("journal");
    let mut app = App::new(store, ui::post_defaults(), Theme::new(false, false))
        .with_post_folder(folder.to_owned());
    app.resize(80, 24);
    press(&mut app, &["Enter", "5"]);
    app
}

fn settings(app: &App) -> &PostSettings {
    &app.study.as_ref().expect("a study is open").study.post
}

fn post_text(app: &App) -> String {
    app.study
        .as_ref()
        .and_then(|s| s.post.as_ref())
        .map(|p| p.text.clone())
        .expect("the post is rendered")
}

#[test]
fn settings_changed_by_key_are_remembered_and_w_writes_what_export_writes() {
    let journal = common::Journal::new();
    journal.import_demo();
    let folder = tempfile::tempdir().expect("folder");

    let mut app = open_post_tab(&journal.db, folder.path());
    assert!(settings(&app).is_default());
    assert!(screen(&app).contains("v formal"), "{}", screen(&app));

    press(&mut app, &["v"]);
    assert_eq!(settings(&app).voice, Some(Voice::Plain));
    assert!(screen(&app).contains("voice is now plain (해라체)"));
    let rendered_with = app.study.as_ref().and_then(|s| s.post.as_ref());
    assert_eq!(
        rendered_with.map(|p| p.options.voice),
        Some(Voice::Plain),
        "the preview is rendered again"
    );

    press(&mut app, &["n"]);
    assert!(settings(&app).with_notes);
    // In 해라체 now, as the voice says.
    assert!(
        post_text(&app).contains("정민재 님이 발표했다."),
        "the notes are in: {}",
        post_text(&app)
    );

    // gatsby, then hugo, then jekyll.
    press(&mut app, &["f", "f"]);
    assert_eq!(settings(&app).front_matter, Some(Flavor::Jekyll));
    assert!(post_text(&app).starts_with("---\nlayout: post\n"));

    press(&mut app, &["c"]);
    assert!(settings(&app).charts);

    press(&mut app, &["t"]);
    assert!(matches!(app.overlay, Some(Overlay::Form(_))));
    type_text(&mut app, "DDIA 완독 회고: 12주의 기록");
    press(&mut app, &["C-s"]);
    press(&mut app, &["D"]);
    type_text(&mut app, "2025-06-01");
    press(&mut app, &["C-s"]);
    assert!(app.overlay.is_none(), "{}", screen(&app));
    assert_eq!(settings(&app).title, "DDIA 완독 회고: 12주의 기록");
    assert!(post_text(&app).contains("title: \"DDIA 완독 회고: 12주의 기록\"\ndate: 2025-06-01\n"));
    drop(app);

    // Quit and open the journal again: the study's settings are still its own.
    let mut app = open_post_tab(&journal.db, folder.path());
    let remembered = settings(&app).clone();
    assert_eq!(remembered.voice, Some(Voice::Plain));
    assert!(remembered.with_notes && remembered.charts);
    assert_eq!(remembered.front_matter, Some(Flavor::Jekyll));
    assert_eq!(remembered.date, chrono::NaiveDate::from_ymd_opt(2025, 6, 1));
    let text = screen(&app);
    for shown in [
        "v plain",
        "n notes on",
        "c chart on",
        "f jekyll",
        "D 2025-06-01",
    ] {
        assert!(text.contains(shown), "{shown}: {text}");
    }

    // `w` writes exactly what the command line writes with the same settings.
    press(&mut app, &["w"]);
    let written = std::fs::read(
        folder
            .path()
            .join("2025-06-01-데이터-중심-애플리케이션-설계-읽기.md"),
    )
    .expect("the post is written");
    // The same file name in another folder, so that the chart beside it is named alike.
    let elsewhere = tempfile::tempdir().expect("folder");
    let name = "2025-06-01-데이터-중심-애플리케이션-설계-읽기";
    let exported = elsewhere.path().join(format!("{name}.md"));
    journal
        .cmd()
        .arg("export")
        .arg("-o")
        .arg(&exported)
        .assert()
        .success();
    assert_eq!(
        String::from_utf8(written).expect("utf-8"),
        std::fs::read_to_string(&exported).expect("exported")
    );
    // With the chart on, both wrote the same attendance chart beside the post.
    let chart = format!("{name}-attendance.svg");
    let tab_chart = std::fs::read_to_string(folder.path().join(&chart)).expect("tab's chart");
    assert!(tab_chart.starts_with("<svg"), "{tab_chart}");
    assert_eq!(
        tab_chart,
        std::fs::read_to_string(elsewhere.path().join(&chart)).expect("export's chart")
    );
}

#[test]
fn the_language_key_is_remembered_per_study() {
    let journal = common::Journal::new();
    journal.import_demo();
    journal.import_example();
    let folder = tempfile::tempdir().expect("folder");
    let mut app = open_post_tab(&journal.db, folder.path());
    press(&mut app, &["L"]);
    // The demo still runs: a mid-study title.
    assert!(screen(&app).contains("title: \"데이터 중심 애플리케이션 설계 읽기: notes"));
    drop(app);

    let mut app = open_post_tab(&journal.db, folder.path());
    assert!(screen(&app).contains("L en"), "{}", screen(&app));
    // The other study has settings of its own: none.
    press(&mut app, &["q", "j", "Enter", "5"]);
    assert!(settings(&app).is_default());
    assert!(screen(&app).contains("L ko"), "{}", screen(&app));
}

#[test]
fn a_date_that_is_not_one_is_said_next_to_the_field_and_nothing_is_saved() {
    let journal = common::Journal::new();
    journal.import_demo();
    let folder = tempfile::tempdir().expect("folder");
    let mut app = open_post_tab(&journal.db, folder.path());
    press(&mut app, &["D"]);
    type_text(&mut app, "6월 1일");
    press(&mut app, &["C-s"]);
    let text = screen(&app);
    assert!(text.contains("is not a date"), "{text}");
    assert!(settings(&app).is_default());
    press(&mut app, &["Esc", "y"]);
    assert!(app.overlay.is_none());
}
