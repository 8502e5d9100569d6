//! The Post tab: rendering the post as `studylog export` would, changing the study's post
//! settings (each saved at once, the preview rendered again), and writing the post to a file.

use crate::atomic_write::{WriteError, check_writable, write_atomically};
use crate::domain::Study;
use crate::domain::voice::Voice;
use crate::domain::{Lang, PostSettings};
use crate::export::file_name::post_file_name;
use crate::export::post::{PostDefaults, PostFlags, PostOptions};
use crate::i18n::errors::{store_error, write_error};
use crate::i18n::{Msg, Tr};
use crate::ui::state::action::Tab;
use crate::ui::state::app::{App, Confirm, Overlay, Pending, PostPreview, Status};
use crate::ui::state::forms::{self, PostField, Target};
use crate::ui::view::post::{flavor_name, on_off};

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
    let tr = app.tr;
    match written {
        Ok(()) => {
            let path = path.display();
            app.status = Some(Status::Info(match chart {
                Some(_) => tr.post_wrote_with_chart(path),
                None => tr.post_wrote(path),
            }));
        }
        Err(WriteError::Exists(existing)) => {
            let name = existing.file_name().map_or_else(
                || preview.file_name.clone(),
                |n| n.to_string_lossy().into_owned(),
            );
            app.overlay = Some(Overlay::Confirm(Confirm {
                question: tr.post_replace(name),
                on_yes: Pending::ReplacePost,
            }));
        }
        // The reason first: a long path is what the status line cuts.
        Err(WriteError::Io { path, source }) => {
            app.status = Some(Status::Error(
                tr.post_not_written_because(source, path.display()),
            ));
        }
        Err(e) => {
            app.status = Some(Status::Error(tr.post_not_written(write_error(tr, &e))));
        }
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
    let message = apply(app.tr, &mut settings, options, change);
    save(app, &settings, message);
}

/// The new setting in `settings`, and what the status says of it, in `tr`'s language.
fn apply(tr: Tr, settings: &mut PostSettings, now: &PostOptions, change: SettingChange) -> String {
    match change {
        SettingChange::Language => {
            let lang = now.lang.other();
            settings.lang = Some(lang);
            let name = tr.get(match lang {
                Lang::En => Msg::PostLanguageEn,
                Lang::Ko => Msg::PostLanguageKo,
            });
            tr.post_language_now(name)
        }
        SettingChange::Voice => {
            let voice = now.voice.other();
            settings.voice = Some(voice);
            let register = tr.get(match voice {
                Voice::Formal => Msg::PostVoiceNameFormal,
                Voice::Plain => Msg::PostVoiceNamePlain,
            });
            tr.post_voice_now(register)
        }
        SettingChange::Notes => {
            settings.with_notes = !now.with_notes;
            tr.post_notes_now(on_off(tr, settings.with_notes))
        }
        SettingChange::Charts => {
            settings.charts = !settings.charts;
            tr.post_chart_now(on_off(tr, settings.charts))
        }
        SettingChange::FrontMatter => {
            let flavor = now.flavor.next();
            settings.front_matter = Some(flavor);
            tr.post_front_matter_now(flavor_name(tr, flavor))
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
        Err(e) => {
            let reason = store_error(app.tr, &e);
            app.status = Some(Status::Error(app.tr.post_not_saved(reason)));
        }
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
    let tr = app.tr;
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
                tr.post_cannot_read(store_error(tr, e)),
                PostOptions::resolve(&screen.study, &flags, defaults),
                None,
            ),
            Some(Ok(study)) => render_with(tr, study, &flags, defaults),
            None => render_with(tr, &screen.study, &flags, defaults),
        };
        let file_name = post_file_name(name, options.date);
        let mut preview = PostPreview::new(text, file_name, options, &app.theme, app.width);
        preview.chart = chart;
        screen.post = Some(preview);
    }
}

/// The post of `study` as `studylog export -o` writes it: with the attendance chart beside
/// it, and a link to it, when the study's settings ask for one; why not, in `tr`'s language,
/// when it cannot be rendered.
fn render_with(
    tr: Tr,
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
    let text =
        crate::export::post::render(study, &options).unwrap_or_else(|e| tr.post_cannot_render(e));
    (text, options, chart)
}
