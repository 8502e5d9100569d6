//! The copy keys without a terminal: `y` on the Sessions tab, on the Chapters tab and after a
//! draw hands the announcement to the event loop for OSC 52 and shows it; on the Post tab,
//! the whole post.

#[path = "common/ui.rs"]
mod ui;

use studylog::domain::Lang;
use studylog::export::announce::announce;
use studylog::ui::state::app::{Overlay, Status};
use ui::{app, post_defaults, press, screen};

#[test]
fn y_on_the_sessions_tab_copies_the_next_sessions_announcement() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "2", "y"]);
    let study = &app.study.as_ref().expect("open").study;
    let expected = announce(study, None, Lang::Ko, post_defaults().today).expect("next");
    assert!(
        expected.contains("10장 「일괄 처리」 발표는 정민재님입니다."),
        "{expected}"
    );
    assert_eq!(app.take_clipboard().as_deref(), Some(expected.as_str()));
    assert!(matches!(&app.overlay, Some(Overlay::Copied(text)) if *text == expected));
    assert!(matches!(&app.status, Some(Status::Info(s)) if s.contains("copied the announcement")));
    let text = screen(&app);
    assert!(text.contains("Copied to the clipboard"), "{text}");
    assert!(text.contains("정민재님입니다"), "{text}");
    press(&mut app, &["Esc"]);
    assert!(app.overlay.is_none());
    assert!(app.take_clipboard().is_none(), "taken once");
}

#[test]
fn y_on_a_chapter_copies_that_chapters_announcement() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "G", "y"]);
    let copied = app.take_clipboard().expect("copied");
    assert!(
        copied.contains("12장 「데이터 시스템의 미래」 발표는 박하준님입니다."),
        "{copied}"
    );
}

#[test]
fn y_after_a_draw_copies_the_drawn_chapters_announcement_with_the_candidates() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "G", "r"]);
    // Leave out everyone but 이도윤 and 정민재, draw (replacing 박하준), see the result.
    press(
        &mut app,
        &["Space", "j", "j", "Space", "j", "Space", "r", "y", "j"],
    );
    assert!(screen(&app).contains("Saved."));
    press(&mut app, &["y"]);
    let copied = app.take_clipboard().expect("copied");
    let study = &app.study.as_ref().expect("open").study;
    let chosen = study.chapters[11].presenter.clone().expect("drawn");
    assert!(
        copied.contains(&format!(
            "12장 「데이터 시스템의 미래」 발표는 {chosen}님입니다."
        )),
        "{copied}"
    );
    assert!(
        copied.contains("이도윤, 정민재님 중에서 추첨으로 뽑혔습니다."),
        "{copied}"
    );
    assert!(matches!(app.overlay, Some(Overlay::Copied(_))));
}

#[test]
fn y_on_the_post_tab_copies_the_whole_post() {
    let mut app = app(80, 24);
    press(&mut app, &["Enter", "5", "y"]);
    let post = app
        .study
        .as_ref()
        .and_then(|s| s.post.as_ref())
        .map(|p| p.text.clone())
        .expect("rendered");
    assert_eq!(app.take_clipboard(), Some(post));
    assert!(matches!(&app.status, Some(Status::Info(s)) if s.contains("copied the post")));
    assert!(app.overlay.is_none(), "the tab shows the post already");
}

#[test]
fn the_help_and_the_hints_name_the_copy_key() {
    let mut app = app(100, 30);
    press(&mut app, &["Enter", "2"]);
    assert!(screen(&app).contains("y announce"), "{}", screen(&app));
    press(&mut app, &["?"]);
    let text = screen(&app);
    assert!(
        text.contains("copy the next session's announcement for the chat"),
        "{text}"
    );
}
