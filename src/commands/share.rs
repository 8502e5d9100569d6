//! `studylog calendar` and `studylog announce`: the study shared with the group, as an
//! iCalendar file for the members' calendars and as the message for the chat.

use std::path::Path;
use std::process::ExitCode;

use chrono::{Local, Utc};

use super::post::{load_config, locale_lang, the_study};
use super::{Result, journal_error, open, print};
use crate::atomic_write::write_atomically;
use crate::cli::{AnnounceArgs, CalendarArgs};
use crate::domain::{Lang, Study};
use crate::export::announce::announce as announcement;
use crate::export::calendar::{CalendarOptions, calendar as ical};
use crate::i18n::Tr;
use crate::store::OpenMode;

pub(super) fn calendar(db: &Path, args: &CalendarArgs, tr: Tr) -> Result<ExitCode> {
    let study = load(db, args.study.as_deref())?;
    let options = CalendarOptions {
        today: Local::now().date_naive(),
        stamp: Utc::now(),
        lang: study_lang(&study, args.lang)?,
    };
    let text = ical(&study, &options);
    match &args.output {
        Some(path) => {
            write_atomically(path, text.as_bytes(), args.force)?;
            eprintln!("{}", tr.cli_wrote(path.display()));
        }
        None => print(&text)?,
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn announce(db: &Path, args: &AnnounceArgs) -> Result<ExitCode> {
    let study = load(db, args.study.as_deref())?;
    let lang = study_lang(&study, args.lang)?;
    let text = announcement(&study, args.chapter, lang, Local::now().date_naive())?;
    print(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn load(db: &Path, query: Option<&str>) -> Result<Study> {
    let store = open(db, OpenMode::ReadOnly)?;
    let id = the_study(&store, db, query)?;
    store.load_study(id).map_err(journal_error(db))
}

/// The language asked for, else the one the study's post is written in: its saved
/// settings, the config, Hangul in the study, the locale.
fn study_lang(study: &Study, asked: Option<Lang>) -> Result<Lang> {
    let config = load_config()?;
    Ok(asked
        .or(study.post.lang)
        .or(config.lang)
        .or_else(|| Lang::of_study(study))
        .or_else(locale_lang)
        .unwrap_or_default())
}
