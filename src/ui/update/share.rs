//! The copy keys: the chat announcement (Chapters, Sessions, after a draw) and the whole post
//! (Post), put on the clipboard by the event loop with OSC 52.

use crate::export::announce::announce;
use crate::export::post::{PostFlags, PostOptions};
use crate::i18n::Msg;
use crate::i18n::errors::no_such_chapter;
use crate::ui::state::action::Tab;
use crate::ui::state::app::{App, Overlay, Status};

/// The announcement of the chapter just drawn, the selected chapter, or the next session,
/// in the language of the study's post; copied and shown.
pub(super) fn copy_announcement(app: &mut App) {
    let Some(screen) = app.study.as_ref() else {
        return;
    };
    let chapter = match (&app.overlay, screen.tab) {
        (Some(Overlay::Roulette(roulette)), _) => roulette.chapter,
        (_, Tab::Chapters) => screen.lists[Tab::Chapters.index()]
            .selected_item(screen.study.chapters.len())
            .map(|i| screen.study.chapters[i].number),
        _ => None,
    };
    let lang = PostOptions::resolve(&screen.study, &PostFlags::default(), &app.post_defaults).lang;
    match announce(&screen.study, chapter, lang, app.post_defaults.today) {
        Ok(text) => {
            app.clipboard = Some(text.clone());
            app.overlay = Some(Overlay::Copied(text));
            app.status = Some(Status::Info(app.tr.get(Msg::CopiedAnnouncement).to_owned()));
        }
        Err(e) => app.status = Some(Status::Error(no_such_chapter(app.tr, &e))),
    }
}

/// The post as the Post tab shows it, copied; the tab already shows the text.
pub(super) fn copy_post(app: &mut App) {
    let Some(post) = app.study.as_ref().and_then(|s| s.post.as_ref()) else {
        return;
    };
    let lines = post.text.lines().count();
    app.clipboard = Some(post.text.clone());
    app.status = Some(Status::Info(app.tr.copied_post(lines)));
}
