//! Starting on a long journal (issue 16): the study list is read without its progress,
//! which is most of what a start costs; the rows the first frame shows are counted before
//! it, the rest after it, and the screen never shows a progress that was not counted.

#[path = "common/ui.rs"]
mod ui;

use studylog::domain::{Chapter, ChapterStatus, Session, Study};
use studylog::store::{Conflict, Store};
use studylog::ui::App;
use studylog::ui::theme::Theme;
use ui::screen;

/// 30 studies, more than a screen of 24 rows shows, each with its own progress: study `n`
/// has `n + 1` chapters, one done and one covered by a session.
fn journal() -> Store {
    let mut store = Store::open_in_memory().expect("journal");
    let studies: Vec<Study> = (0..30)
        .map(|n| {
            let mut s = Study::new(format!("스터디 {n:02}"), "책");
            s.chapters = (1..=n + 1)
                .map(|c| Chapter::new(c, format!("{c}장")))
                .collect();
            s.chapters[0].status = ChapterStatus::Done;
            if n > 0 {
                s.sessions.push(Session {
                    held_on: chrono::NaiveDate::from_ymd_opt(2025, 1, 5).expect("date"),
                    chapters: vec![2],
                    presenter: None,
                    attendance: vec![],
                    notes: String::new(),
                });
            }
            s
        })
        .collect();
    store.import(&studies, Conflict::Refuse).expect("import");
    store
}

fn starting(width: u16, height: u16) -> App {
    let mut app = App::starting(journal(), ui::post_defaults(), Theme::new(false, false));
    app.resize(width, height);
    app
}

#[test]
fn the_rows_on_screen_are_counted_before_the_first_frame_and_the_rest_after() {
    let counted = App::new(journal(), ui::post_defaults(), Theme::new(false, false)).studies;
    let mut app = starting(80, 24);
    assert_eq!(app.uncounted.len(), 30, "nothing is counted at the start");

    app.count_shown_progress();
    let shown = studylog::ui::layout::list_rows(&app);
    assert!(shown < 30, "the screen shows {shown} rows");
    assert_eq!(app.uncounted, (shown..30).collect());
    assert_eq!(app.studies[..shown], counted[..shown]);
    let first_frame = screen(&app);

    app.count_all_progress();
    assert!(app.uncounted.is_empty());
    assert_eq!(app.studies, counted);
    assert_eq!(screen(&app), first_frame, "the first frame was complete");
}

#[test]
fn a_progress_not_counted_yet_is_left_blank() {
    let app = starting(160, 50);
    let text = screen(&app);
    assert!(text.contains("스터디 00"), "{text}");
    assert!(!text.contains('%'), "{text}");
    assert!(!text.contains("finished"), "{text}");
}

#[test]
fn a_reload_counts_every_study() {
    let mut app = starting(80, 24);
    studylog::ui::update::reload_studies(&mut app);
    assert!(app.uncounted.is_empty());
    assert_eq!(app.studies[29].progress.total, 30);
    assert_eq!(app.studies[29].progress.finished, 2);
}
