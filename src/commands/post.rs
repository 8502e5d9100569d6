//! `studylog export` of the retrospective post: options from the command line, then the
//! study's saved settings, the config file, the study's own text and the locale (see
//! `export::post::options`).

use std::path::Path;
use std::process::ExitCode;

use chrono::{FixedOffset, Local, NaiveDate, Offset, TimeZone};

use super::{CliError, Result, journal_error, open, read_input, resolve_study, write_output};
use crate::atomic_write::{check_writable, write_atomically};
use crate::cli::ExportArgs;
use crate::config::{Config, config_path};
use crate::export::front_matter::Flavor;
use crate::export::post::{self, Lang, PostDefaults, PostFlags, PostOptions};
use crate::i18n::{Msg, Tr};
use crate::store::{OpenMode, Store, StudyId};

pub(super) fn export_post(db: &Path, args: &ExportArgs, tr: Tr) -> Result<ExitCode> {
    if args.charts && args.output.is_none() {
        return Err(CliError::ChartsWithoutOutput);
    }
    let config = load_config()?;
    let store = open(db, OpenMode::ReadOnly)?;
    let id = the_study(&store, db, args.study.as_deref())?;
    let study = store.load_study(id).map_err(journal_error(db))?;

    let template = match &args.template {
        Some(path) => Some(read_input(path)?),
        None => None,
    };
    let flags = PostFlags {
        lang: args.lang,
        voice: args.voice,
        flavor: args.front_matter,
        date: args.date,
        with_notes: args.with_notes,
        anonymize: args.anonymize,
        template,
    };
    let mut options = PostOptions::resolve(&study, &flags, &post_defaults(&config));
    // The chart, when asked for here or in the study's settings, beside the post's file.
    let charts = args.charts || study.post.charts;
    let chart = match &args.output {
        Some(post_path) if charts => {
            let chart = post::attendance_chart(&study, &options);
            if chart.is_none() {
                eprintln!("{}", tr.get(Msg::CliNoChart));
            }
            chart.map(|svg| (post::chart_path(post_path), svg))
        }
        _ => None,
    };
    options.chart = chart.as_ref().map(|(path, _)| post::link_to(path));
    let text = post::render(&study, &options).map_err(|source| match &args.template {
        Some(path) => CliError::Template {
            path: path.clone(),
            source,
        },
        None => CliError::BuiltInTemplate(source),
    })?;
    if let (Some((chart_path, svg)), Some(post_path)) = (&chart, &args.output) {
        // Both files are checked before either is written: a refused post leaves no chart.
        check_writable(post_path, args.force)?;
        check_writable(chart_path, args.force)?;
        write_atomically(chart_path, svg.as_bytes(), args.force)?;
        eprintln!("{}", tr.cli_wrote(chart_path.display()));
    }
    write_output(args, &text, tr)?;
    if options.draft && options.flavor != Flavor::None {
        let how = match options.flavor {
            Flavor::Jekyll => Msg::CliDraftHowJekyll,
            Flavor::Zola => Msg::CliDraftHowZola,
            _ => Msg::CliDraftHowOther,
        };
        eprintln!(
            "{}",
            tr.cli_draft_note(
                tr.get(how),
                // not text: the config's file name when no config folder is known
                config_path().map_or_else(|| "config.toml".to_owned(), |p| p.display().to_string())
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// What every post starts from: the config file, the locale, today and the local offset.
pub(crate) fn post_defaults(config: &Config) -> PostDefaults {
    PostDefaults {
        lang: config.lang,
        voice: config.voice,
        flavor: config.front_matter,
        category: config
            .category
            .clone()
            .unwrap_or_else(|| "essay".to_owned()), // not text: the front matter's default category, a word of the blog, not of the interface
        draft: config.draft.unwrap_or(true),
        locale_lang: locale_lang(),
        today: Local::now().date_naive(),
        offset_at: local_offset,
    }
}

/// The local UTC offset at the start of `date`.
fn local_offset(date: NaiveDate) -> FixedOffset {
    Local
        .from_local_datetime(&date.and_time(chrono::NaiveTime::MIN))
        .earliest()
        .map_or_else(|| chrono::Utc.fix(), |d| d.offset().fix())
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

/// The language `LC_ALL` (or, when that is unset, `LANG`) asks for: `ko_*` is Korean.
pub(super) fn locale_lang() -> Option<Lang> {
    let locale = ["LC_ALL", "LANG"] // not text: environment variables
        .iter()
        .filter_map(|key| std::env::var(key).ok())
        .find(|value| !value.is_empty())
        .unwrap_or_default();
    Lang::from_locale(&locale)
}
