//! `studylog export` of the retrospective post: options from the command line, then the
//! config file, then the locale.

use std::path::Path;
use std::process::ExitCode;

use chrono::{Local, Offset, TimeZone};

use super::{CliError, Result, journal_error, open, read_input, resolve_study, write_output};
use crate::cli::ExportArgs;
use crate::config::{Config, config_path};
use crate::export::front_matter::Flavor;
use crate::export::post::{self, Lang, PostOptions};
use crate::store::{OpenMode, Store, StudyId};

pub(super) fn export_post(db: &Path, args: &ExportArgs) -> Result<ExitCode> {
    let config = load_config()?;
    let store = open(db, OpenMode::MustExist)?;
    let id = the_study(&store, db, args.study.as_deref())?;
    let study = store.load_study(id).map_err(journal_error(db))?;

    let template = match &args.template {
        Some(path) => Some(read_input(path)?),
        None => None,
    };
    let date = args.date.unwrap_or_else(|| Local::now().date_naive());
    let offset = Local
        .from_local_datetime(&date.and_time(chrono::NaiveTime::MIN))
        .earliest()
        .map_or_else(|| chrono::Utc.fix(), |d| d.offset().fix());
    let options = PostOptions {
        lang: args.lang.or(config.lang).unwrap_or_else(locale_lang),
        voice: None,
        flavor: args
            .front_matter
            .or(config.front_matter)
            .unwrap_or_default(),
        date,
        offset,
        category: config.category.unwrap_or_else(|| "essay".to_owned()),
        draft: config.draft.unwrap_or(true),
        with_notes: args.with_notes,
        anonymize: args.anonymize,
        template,
    };
    let text = post::render(&study, &options).map_err(|source| match &args.template {
        Some(path) => CliError::Template {
            path: path.clone(),
            source,
        },
        None => CliError::BuiltInTemplate(source),
    })?;
    write_output(args, &text)?;
    if options.draft && options.flavor != Flavor::None {
        let how = match options.flavor {
            Flavor::Jekyll => "delete the `published: false` line",
            Flavor::Zola => "change `draft = true` to `draft = false`",
            _ => "change `draft: true` to `draft: false`",
        };
        eprintln!(
            "note: the post is marked as a draft, which most blogs do not publish; {how} in its front matter when it is ready (or set `draft = false` in {})",
            config_path().map_or_else(|| "config.toml".to_owned(), |p| p.display().to_string())
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The post's options from the config file and the locale, dated `date` or today.
pub(crate) fn post_options(config: &Config, date: Option<chrono::NaiveDate>) -> PostOptions {
    let date = date.unwrap_or_else(|| Local::now().date_naive());
    let offset = Local
        .from_local_datetime(&date.and_time(chrono::NaiveTime::MIN))
        .earliest()
        .map_or_else(|| chrono::Utc.fix(), |d| d.offset().fix());
    PostOptions {
        lang: config.lang.unwrap_or_else(locale_lang),
        voice: None,
        flavor: config.front_matter.unwrap_or_default(),
        date,
        offset,
        category: config
            .category
            .clone()
            .unwrap_or_else(|| "essay".to_owned()),
        draft: config.draft.unwrap_or(true),
        with_notes: false,
        anonymize: false,
        template: None,
    }
}

/// The config file, or the defaults when there is none.
pub(crate) fn load_config() -> Result<Config> {
    Ok(match config_path() {
        Some(path) => Config::load(&path)?,
        None => Config::default(),
    })
}

/// The study named on the command line, or the journal's only study.
pub(super) fn the_study(store: &Store, db: &Path, query: Option<&str>) -> Result<StudyId> {
    if let Some(query) = query {
        return resolve_study(store, db, query);
    }
    let names = store.study_names().map_err(journal_error(db))?;
    match names.as_slice() {
        [(id, _)] => Ok(*id),
        _ => Err(CliError::WhichStudy {
            names: names.into_iter().map(|(_, name)| name).collect(),
        }),
    }
}

/// `ko` when `LC_ALL` (or, when that is unset, `LANG`) is a Korean locale; else English.
fn locale_lang() -> Lang {
    let locale = ["LC_ALL", "LANG"]
        .iter()
        .filter_map(|key| std::env::var(key).ok())
        .find(|value| !value.is_empty())
        .unwrap_or_default();
    Lang::from_locale(&locale).unwrap_or_default()
}
