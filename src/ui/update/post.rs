//! The Post tab: rendering the post as `studylog export` would, changing the study's post
//! settings (each saved at once, the preview rendered again), and writing the post to a file.

use crate::atomic_write::{WriteError, check_writable, write_atomically};
use crate::domain::Study;
use crate::domain::{Lang, PostSettings};
use crate::export::file_name::post_file_name;
use crate::export::post::{PostDefaults, PostFlags, PostOptions};
use crate::ui::state::action::Tab;
use crate::ui::state::app::{App, Confirm, Overlay, Pending, PostPreview, Status};
use crate::ui::state::forms::{self, PostField, Target};

use super::reload_study;

/// Writes the post next to where studylog was started. A file already there is replaced
/// only after the person says yes.
pub(super) fn write_post(app: &mut App, replace: bool) {
    let Some(preview) = app.study.as_ref().and_then(|s| s.post.as_ref()) else {
        return;
    };
    let path = app.post_folder.join(&preview.file_name);
    let path = std::path::absolute(&path).unwrap_or(path);
    let chart = preview
        .chart
        .as_ref()
        .map(|svg| (crate::export::post::chart_path(&path), svg));
    // Both files are checked before either is written, so a refused post leaves no chart.
    let checked = check_writable(&path, replace).and_then(|_| match &chart {
        Some((chart_path, _)) => check_writable(chart_path, replace).map(|_| ()),
        None => Ok(()),
    });
    let written = checked
        .and_then(|()| match &chart {
            Some((chart_path, svg)) => write_atomically(chart_path, svg.as_bytes(), replace),
            None => Ok(()),
        })
        .and_then(|()| write_atomically(&path, preview.text.as_bytes(), replace));
    match written {
        Ok(()) => {
            let also = chart.map_or_else(String::new, |_| " and its attendance chart".to_owned());
            app.status = Some(Status::Info(format!("Wrote {}{also}", path.display())));
        }
        Err(WriteError::Exists(existing)) => {
            let name = existing.file_name().map_or_else(
                || preview.file_name.clone(),
                |n| n.to_string_lossy().into_owned(),
            );
            app.overlay = Some(Overlay::Confirm(Confirm {
                question: format!("{name} already exists. Replace it?"),
                on_yes: Pending::ReplacePost,
            }));
        }
        // The reason first: a long path is what the status line cuts.
        Err(WriteError::Io { path, source }) => {
            app.status = Some(Status::Error(format!(
                "Not written ({source}): {}",
                path.display()
            )));
        }
        Err(e) => app.status = Some(Status::Error(format!("Not written: {e}"))),
    }
}

/// A change to one of the post's settings, from what the preview shows now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SettingChange {
    Language,
    Voice,
    Notes,
    Charts,
    FrontMatter,
}

/// Changes one setting from the value the preview was rendered with, saves the study's
/// settings, and renders the preview again.
pub(super) fn change_setting(app: &mut App, change: SettingChange) {
    let Some(screen) = app.study.as_ref() else {
        return;
    };
    let Some(options) = screen.post.as_ref().map(|p| &p.options) else {
        return;
    };
    let mut settings = screen.study.post.clone();
    let message = apply(&mut settings, options, change);
    save(app, &settings, message);
}

fn apply(settings: &mut PostSettings, now: &PostOptions, change: SettingChange) -> String {
    let on_off = |on: bool| if on { "on" } else { "off" };
    match change {
        SettingChange::Language => {
            let lang = now.lang.other();
            settings.lang = Some(lang);
            let name = match lang {
                Lang::En => "English",
                Lang::Ko => "Korean",
            };
            format!("The post is now in {name}.")
        }
        SettingChange::Voice => {
            let voice = now.voice.other();
            settings.voice = Some(voice);
            let register = match voice {
                crate::domain::voice::Voice::Formal => "formal (합니다체)",
                crate::domain::voice::Voice::Plain => "plain (해라체)",
            };
            format!("The post's voice is now {register}.")
        }
        SettingChange::Notes => {
            settings.with_notes = !now.with_notes;
            format!(
                "Chapter notes in the post: {}.",
                on_off(settings.with_notes)
            )
        }
        SettingChange::Charts => {
            settings.charts = !settings.charts;
            format!("Attendance chart: {}.", on_off(settings.charts))
        }
        SettingChange::FrontMatter => {
            let flavor = now.flavor.next();
            settings.front_matter = Some(flavor);
            format!("Front matter: {}.", flavor.as_str())
        }
    }
}

/// Saves `settings` as the open study's and shows the post rendered with them.
fn save(app: &mut App, settings: &PostSettings, message: String) {
    let Some(id) = app.study.as_ref().map(|s| s.id) else {
        return;
    };
    match app.store.set_post_settings(id, settings) {
        Ok(()) => {
            app.undo = None;
            reload_study(app, None);
            app.status = Some(Status::Info(message));
        }
        Err(e) => app.status = Some(Status::Error(format!("Not saved: {e}"))),
    }
}

/// `t` and `D`: a small form for the post's title and date, focused on `field`.
pub(super) fn edit_title_or_date(app: &mut App, field: PostField) {
    let Some(screen) = app.study.as_ref() else {
        return;
    };
    let Some(options) = screen.post.as_ref().map(|p| &p.options) else {
        return;
    };
    let default_title = crate::export::post::title(&screen.study, options.lang);
    let mut form = forms::post::form(
        app.tr,
        Target::Post,
        &screen.study.post,
        &default_title,
        app.post_defaults.today,
    );
    form.focus_on(field);
    app.overlay = Some(Overlay::Form(Box::new(form)));
}

/// Renders the post for the Post tab, the first time it is shown after a change: with the
/// options `studylog export` resolves for the study, so `w` writes what it would.
pub(super) fn render_post(app: &mut App) {
    let Some(screen) = app.study.as_mut() else {
        return;
    };
    if screen.tab == Tab::Post && screen.post.is_none() {
        let flags = PostFlags::default();
        let defaults = &app.post_defaults;
        // The outline in memory lacks the notes: the whole study is read only when the
        // voice is to be found in them, or the post shows them.
        let full = if PostOptions::reads_notes(&screen.study, &flags, defaults) {
            Some(app.store.load_study(screen.id))
        } else {
            None
        };
        let name = &screen.study.name;
        let (text, options, chart) = match &full {
            Some(Err(e)) => (
                format!("The study cannot be read for the post: {e}"),
                PostOptions::resolve(&screen.study, &flags, defaults),
                None,
            ),
            Some(Ok(study)) => render_with(study, &flags, defaults),
            None => render_with(&screen.study, &flags, defaults),
        };
        let file_name = post_file_name(name, options.date);
        let mut preview = PostPreview::new(text, file_name, options, &app.theme, app.width);
        preview.chart = chart;
        screen.post = Some(preview);
    }
}

/// The post of `study` as `studylog export -o` writes it: with the attendance chart beside
/// it, and a link to it, when the study's settings ask for one.
fn render_with(
    study: &Study,
    flags: &PostFlags,
    defaults: &PostDefaults,
) -> (String, PostOptions, Option<String>) {
    let mut options = PostOptions::resolve(study, flags, defaults);
    let chart = study
        .post
        .charts
        .then(|| crate::export::post::attendance_chart(study, &options))
        .flatten();
    if chart.is_some() {
        let post = std::path::PathBuf::from(post_file_name(&study.name, options.date));
        options.chart = Some(crate::export::post::link_to(
            &crate::export::post::chart_path(&post),
        ));
    }
    let text = crate::export::post::render(study, &options)
        .unwrap_or_else(|e| format!("The post cannot be rendered: {e}"));
    (text, options, chart)
}
