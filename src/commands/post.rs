//! `studylog export` of the retrospective post: options from the command line, then the
//! config file, then the locale.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Local, Offset, TimeZone};

use super::{CliError, Result, journal_error, open, read_input, resolve_study, write_output};
use crate::atomic_write::{check_writable, write_atomically};
use crate::cli::ExportArgs;
use crate::config::{Config, config_path};
use crate::export::front_matter::Flavor;
use crate::export::post::{self, Lang, PostOptions};
use crate::store::{OpenMode, Store, StudyId};

pub(super) fn export_post(db: &Path, args: &ExportArgs) -> Result<ExitCode> {
    if args.charts && args.output.is_none() {
        return Err(CliError::ChartsWithoutOutput);
    }
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
    let mut options = PostOptions {
        lang: args.lang.or(config.lang).unwrap_or_else(locale_lang),
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
        chart: None,
    };
    let chart = match &args.output {
        Some(post_path) if args.charts => {
            let chart = post::attendance_chart(&study, &options);
            if chart.is_none() {
                eprintln!(
                    "note: no attendance chart was written: the study has no sessions or no members yet"
                );
            }
            chart.map(|svg| (chart_path(post_path), svg))
        }
        _ => None,
    };
    options.chart = chart.as_ref().map(|(path, _)| link_to(path));
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
        eprintln!("wrote {}", chart_path.display());
    }
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

/// The chart beside the post `post.md`: `post-attendance.svg`.
fn chart_path(post: &Path) -> PathBuf {
    let stem = post.file_stem().unwrap_or_default().to_string_lossy();
    post.with_file_name(format!("{stem}-attendance.svg"))
}

/// How the post links to a file beside it: its name, with what would end or confuse a
/// markdown link (spaces, brackets, quotes, `%`, `#`, `?`) percent-encoded. Other letters,
/// Hangul included, are kept: blogs serve UTF-8 file names.
fn link_to(path: &Path) -> String {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut link = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '~') {
            link.push(c);
        } else {
            let mut bytes = [0; 4];
            for b in c.encode_utf8(&mut bytes).bytes() {
                link.push_str(&format!("%{b:02X}"));
            }
        }
    }
    link
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
        chart: None,
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
