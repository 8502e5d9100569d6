//! What each subcommand does: open the journal, call the store and the exporters, print.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::atomic_write::{WriteError, write_atomically, write_atomically_with};
mod describe;
mod draw;
mod import;
mod post;
mod share;
mod shell_docs;

pub use import::import_from;

use crate::cli::{Cli, Command, ExportArgs, Format};
use crate::domain::held::Coverage;
use crate::domain::stats::StudyStats;
use crate::domain::text::{display_width, pad_to_width, quoted};
use crate::export::interchange::{self, InterchangeError, StreamError};
use crate::i18n::{Lang, Msg, Tr};
use crate::store::{Conflict, OpenMode, Store, StoreError, StudyId, StudySummary};

/// Why a command failed. Said in the interface's language by [`CliError::describe`]; its
/// `Display` is the English sentence, from the same catalog.
#[derive(Debug)]
pub enum CliError {
    Journal {
        path: PathBuf,
        source: StoreError,
    },
    ReadInput {
        path: PathBuf,
        source: io::Error,
    },
    Interchange {
        input: PathBuf,
        source: InterchangeError,
    },
    StudiesExist {
        names: Vec<String>,
    },
    UnknownStudy {
        query: String,
        names: Vec<String>,
    },
    AmbiguousStudy {
        query: String,
        names: Vec<String>,
    },
    WhichStudy {
        names: Vec<String>,
    },
    Config(crate::config::ConfigError),
    Template {
        path: PathBuf,
        source: crate::export::post::TemplateError,
    },
    BuiltInTemplate(crate::export::post::TemplateError),
    Write(WriteError),
    ChartsWithoutOutput,
    /// A backup that failed on the copy's side: named by the copy, not the journal.
    Backup(StoreError),
    BackupOntoItself,
    PostOptionWithJson(&'static str),
    Draw(crate::domain::roulette::DrawError),
    NoSuchChapter(crate::export::announce::NoSuchChapter),
    NoSuchCommand {
        query: String,
        names: Vec<String>,
    },
    UnknownLang(crate::i18n::UnknownLang),
    Terminal(io::Error),
    Stdout(io::Error),
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Tr::EN))
    }
}

impl std::error::Error for CliError {}

impl From<crate::config::ConfigError> for CliError {
    fn from(error: crate::config::ConfigError) -> Self {
        CliError::Config(error)
    }
}

impl From<WriteError> for CliError {
    fn from(error: WriteError) -> Self {
        CliError::Write(error)
    }
}

impl From<crate::domain::roulette::DrawError> for CliError {
    fn from(error: crate::domain::roulette::DrawError) -> Self {
        CliError::Draw(error)
    }
}

impl From<crate::export::announce::NoSuchChapter> for CliError {
    fn from(error: crate::export::announce::NoSuchChapter) -> Self {
        CliError::NoSuchChapter(error)
    }
}

impl From<crate::i18n::UnknownLang> for CliError {
    fn from(error: crate::i18n::UnknownLang) -> Self {
        CliError::UnknownLang(error)
    }
}

impl CliError {
    /// Output closed by the reader (`studylog list | head`): not worth a message.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, CliError::Stdout(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

type Result<T, E = CliError> = std::result::Result<T, E>;

/// A command that failed, with the language it spoke, for `main` to say why in.
#[derive(Debug)]
pub struct Failure {
    pub error: CliError,
    pub tr: Tr,
}

impl Failure {
    /// The line `main` prints: `error: ...` in English, `오류: ...` in Korean.
    pub fn message(&self) -> String {
        self.tr.cli_error(self.error.describe(self.tr))
    }
}

/// Runs the command `cli` asks for, in the interface's language (decided once, here).
pub fn run(cli: Cli) -> Result<ExitCode, Box<Failure>> {
    let (tr, refused) = language();
    refused
        .map_err(CliError::from)
        .and_then(|()| dispatch(cli, tr))
        .map_err(|error| Box::new(Failure { error, tr }))
}

/// The interface's language: `STUDYLOG_LANG`, the config's `ui_lang`, the locale. A config
/// that cannot be read is left for the commands that use it to report, and the language is
/// then decided without it, so that its error is said in the user's language. An unknown
/// `STUDYLOG_LANG` is refused (the second value), said in the language the rest decides.
fn language() -> (Tr, std::result::Result<(), crate::i18n::UnknownLang>) {
    let configured = post::load_config().ok().and_then(|config| config.ui_lang);
    match crate::i18n::ui_lang_from_env(configured) {
        Ok(lang) => (Tr::new(lang), Ok(())),
        Err(unknown) => {
            let without_override = crate::i18n::ui_lang(configured, |name| {
                (name != "STUDYLOG_LANG") // not text: an environment variable
                    .then(|| std::env::var(name).ok())
                    .flatten()
            });
            (Tr::new(without_override.unwrap_or(Lang::En)), Err(unknown))
        }
    }
}

fn dispatch(cli: Cli, tr: Tr) -> Result<ExitCode> {
    let db = cli.db;
    match cli.command {
        None => open_ui(&db, tr),
        Some(Command::Import(args)) => import::import(&db, &args, tr),
        Some(Command::Export(mut args)) => {
            args.output = file_or_stdout(args.output);
            export(&db, &args, tr)
        }
        Some(Command::List { json }) => list(&db, json, tr),
        Some(Command::Demo) => demo(tr),
        Some(Command::Draw(args)) => draw::draw(&db, &args, tr),
        Some(Command::Calendar(mut args)) => {
            args.output = file_or_stdout(args.output);
            share::calendar(&db, &args, tr)
        }
        Some(Command::Announce(args)) => share::announce(&db, &args),
        Some(Command::Check) => check(&db, tr),
        Some(Command::Backup { file, force }) => backup(&db, &file, force, tr),
        Some(Command::Completions { shell }) => shell_docs::completions(shell),
        Some(Command::Man { command }) => shell_docs::man(command.as_deref()),
    }
}

/// `-o -` is standard output, as `import -` reads standard input.
fn file_or_stdout(output: Option<PathBuf>) -> Option<PathBuf> {
    output.filter(|path| path != Path::new("-"))
}

fn open(db: &Path, mode: OpenMode) -> Result<Store> {
    Store::open(db, mode).map_err(|source| CliError::Journal {
        path: db.to_owned(),
        source,
    })
}

fn journal_error(db: &Path) -> impl Fn(StoreError) -> CliError + '_ {
    move |source| CliError::Journal {
        path: db.to_owned(),
        source,
    }
}

fn print(text: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(CliError::Stdout)
}

/// `studylog` alone: the journal in the terminal UI.
fn open_ui(db: &Path, tr: Tr) -> Result<ExitCode> {
    run_ui(open(db, OpenMode::CreateIfMissing)?, false, tr)
}

/// The shipped sample study, in a journal that lives in a temporary folder for as long as
/// the UI runs; the user's journal is never opened.
fn demo(tr: Tr) -> Result<ExitCode> {
    let folder = tempfile::tempdir().map_err(|source| CliError::ReadInput {
        path: std::env::temp_dir(),
        source,
    })?;
    let db = folder.path().join("demo.db"); // not text: a file name
    let mut store = open(&db, OpenMode::CreateIfMissing)?;
    let studies = interchange::parse(DEMO).map_err(|source| CliError::Interchange {
        input: PathBuf::from("assets/demo.json"), // not text: a file name
        source,
    })?;
    store
        .import(&studies, Conflict::Refuse)
        .map_err(journal_error(&db))?;
    // `folder` (and the journal in it) is deleted when it drops, after the UI: say so there.
    run_ui(store, true, tr)
}

/// The demo journal, compiled in so that `studylog demo` works from any folder.
const DEMO: &str = include_str!("../assets/demo.json"); // not text: a file name

fn run_ui(store: Store, demo: bool, tr: Tr) -> Result<ExitCode> {
    let config = post::load_config()?;
    let mut app = crate::ui::App::new(
        store,
        post::post_defaults(&config),
        crate::ui::theme::Theme::from_env(config.theme.unwrap_or_default()),
    );
    app = app.in_lang(tr.lang);
    if demo {
        app = app.as_demo();
    }
    crate::ui::run(&mut app, &editor_command(&config)).map_err(CliError::Terminal)?;
    Ok(ExitCode::SUCCESS)
}

/// The editor Ctrl-e opens: the config's `editor`, else `$VISUAL`, else `$EDITOR`, else vi.
fn editor_command(config: &crate::config::Config) -> String {
    config
        .editor
        .clone()
        .or_else(|| std::env::var("VISUAL").ok()) // not text: environment variables
        .or_else(|| std::env::var("EDITOR").ok()) // not text: environment variables
        .filter(|e| !e.trim().is_empty())
        .unwrap_or_else(|| "vi".to_owned()) // not text: a program's name
}

fn read_input(path: &Path) -> Result<String> {
    let mut text = String::new();
    let read = if path == Path::new("-") {
        io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read(path).and_then(|bytes| {
            text = String::from_utf8(bytes).map_err(|_| {
                io::Error::new(io::ErrorKind::InvalidData, Tr::EN.get(Msg::CliNotUtf8))
            })?;
            Ok(())
        })
    };
    read.map_err(|source| CliError::ReadInput {
        path: path.to_owned(),
        source,
    })?;
    Ok(text)
}

fn export(db: &Path, args: &ExportArgs, tr: Tr) -> Result<ExitCode> {
    if args.format == Format::Md {
        return post::export_post(db, args, tr);
    }
    let post_only = [
        (args.anonymize, "--anonymize"),   // not text: an option's name
        (args.charts, "--charts"),         // not text: an option's name
        (args.with_notes, "--with-notes"), // not text: an option's name
        (args.lang.is_some(), "--lang"),   // not text: an option's name
        (args.voice.is_some(), "--voice"), // not text: an option's name
        (args.front_matter.is_some(), "--front-matter"), // not text: an option's name
        (args.template.is_some(), "--template"), // not text: an option's name
        (args.date.is_some(), "--date"),   // not text: an option's name
    ];
    if let Some((_, flag)) = post_only.iter().find(|(given, _)| *given) {
        return Err(CliError::PostOptionWithJson(flag));
    }
    let store = open(db, OpenMode::ReadOnly)?;
    let ids = match &args.study {
        Some(query) => vec![resolve_study(&store, db, query)?],
        None => store
            .study_names()
            .map_err(journal_error(db))?
            .into_iter()
            .map(|(id, _)| id)
            .collect(),
    };
    // One study read and written at a time: memory holds the largest study, not the journal.
    let studies = ids.into_iter().map(|id| store.load_study(id));
    let unreadable = |source| CliError::Journal {
        path: db.to_owned(),
        source,
    };
    match &args.output {
        None => match interchange::write_json(io::stdout().lock(), studies) {
            Ok(()) => {}
            Err(StreamError::Study(e)) => return Err(unreadable(e)),
            Err(StreamError::Write(e)) => return Err(CliError::Stdout(e)),
        },
        Some(path) => {
            // A study that cannot be read fails the temporary file, which is then removed.
            let mut failed = None;
            let written = write_atomically_with(path, args.force, |file| {
                interchange::write_json(file, studies).map_err(|e| match e {
                    StreamError::Study(e) => {
                        failed = Some(e);
                        io::Error::other("a study could not be read") // not text: never shown: the study's own error, kept in `failed`, is reported instead
                    }
                    StreamError::Write(e) => e,
                })
            });
            if let Some(e) = failed {
                return Err(unreadable(e));
            }
            written?;
            eprintln!("{}", tr.cli_wrote(path.display()));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Standard output, or the `-o` file written atomically.
fn write_output(args: &ExportArgs, text: &str, tr: Tr) -> Result<()> {
    match &args.output {
        Some(path) => {
            write_atomically(path, text.as_bytes(), args.force)?;
            eprintln!("{}", tr.cli_wrote(path.display()));
            Ok(())
        }
        None => print(text),
    }
}

/// The one study `query` names: exactly, or as the unique prefix of one name.
fn resolve_study(store: &Store, db: &Path, query: &str) -> Result<StudyId> {
    // The journal keeps text composed (NFC); a name typed or pasted decomposed (as macOS
    // file names are, 한 as ᄒ+ᅡ+ᆫ) looks the same and must find the same study.
    let composed: String = unicode_normalization::UnicodeNormalization::nfc(query).collect();
    let matches = store.find_studies(&composed).map_err(journal_error(db))?;
    match matches.as_slice() {
        [(id, _)] => Ok(*id),
        [] => Err(CliError::UnknownStudy {
            query: query.to_owned(),
            names: store
                .study_names()
                .map_err(journal_error(db))?
                .into_iter()
                .map(|(_, name)| name)
                .collect(),
        }),
        _ => Err(CliError::AmbiguousStudy {
            query: query.to_owned(),
            names: matches.into_iter().map(|(_, name)| name).collect(),
        }),
    }
}

fn list(db: &Path, json: bool, tr: Tr) -> Result<ExitCode> {
    let studies = open(db, OpenMode::ReadOnly)?
        .list_studies()
        .map_err(journal_error(db))?;
    if json {
        let mut text = serde_json::to_string_pretty(&studies).unwrap_or_default();
        text.push('\n');
        print(&text)?;
    } else if studies.is_empty() {
        eprintln!("{}", tr.cli_list_empty(db.display()));
    } else {
        print(&study_table(&studies, tr))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn study_table(studies: &[StudySummary], tr: Tr) -> String {
    let date = |day: Option<chrono::NaiveDate>| {
        day.map_or_else(String::new, |d| crate::i18n::format::date(tr.lang, d))
    };
    let rows: Vec<[String; 5]> = studies
        .iter()
        .map(|s| {
            let period = match (s.started_on, s.ended_on) {
                (None, None) => "-".to_owned(),
                (start, end) => format!("{} ~ {}", date(start), date(end)),
            };
            let progress = format!(
                "{}/{} ({:.0}%)",
                s.progress.finished,
                s.progress.total,
                s.progress.ratio() * 100.0
            );
            [
                s.name.clone(),
                s.book.clone(),
                period,
                crate::i18n::words::study_status(tr, s.status).to_owned(),
                progress,
            ]
        })
        .collect();
    let header = [
        Msg::CliListStudy,
        Msg::CliListBook,
        Msg::CliListPeriod,
        Msg::CliListStatus,
        Msg::CliListProgress,
    ]
    .map(|column| tr.get(column).to_owned());
    let widths: Vec<usize> = (0..header.len())
        .map(|col| {
            std::iter::once(&header)
                .chain(&rows)
                .map(|row| display_width(&row[col]))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in std::iter::once(&header).chain(&rows) {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, width)| pad_to_width(cell, *width))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

fn check(db: &Path, tr: Tr) -> Result<ExitCode> {
    let store = open(db, OpenMode::ReadOnly)?;
    let report = store.check().map_err(journal_error(db))?;
    let mut lines = vec![
        tr.cli_check_journal(db.display()),
        tr.cli_check_schema(report.schema_version, crate::store::LATEST_VERSION),
    ];
    if report.is_ok() {
        lines.push(tr.get(Msg::CliCheckOk).to_owned());
        let warnings = contradictions(&store, tr).map_err(journal_error(db))?;
        for line in &warnings {
            lines.push(tr.cli_check_warning(line));
        }
        match warnings.len() {
            0 => {}
            1 => lines.push(tr.cli_check_warnings_one(1)),
            n => lines.push(tr.cli_check_warnings_other(n)),
        }
        print(&with_newlines(&lines))?;
        return Ok(ExitCode::SUCCESS);
    }
    for line in report.integrity.iter().chain(&report.broken_references) {
        lines.push(tr.cli_check_problem(line));
    }
    for value in &report.unreadable {
        lines.push(tr.cli_check_cannot_read(crate::i18n::errors::unreadable(tr, value)));
    }
    lines.push(
        tr.get(if report.unreadable.is_empty() {
            Msg::CliCheckRestore
        } else {
            Msg::CliCheckUnreadableAdvice
        })
        .to_owned(),
    );
    print(&with_newlines(&lines))?;
    Ok(ExitCode::FAILURE)
}

/// Each line followed by a newline.
fn with_newlines(lines: &[String]) -> String {
    lines.iter().map(|line| format!("{line}\n")).collect()
}

/// Facts of the journal's studies that cannot all be true, one line each: a session whose
/// presenter is marked absent from it, a chapter marked presented that no session covers.
fn contradictions(store: &Store, tr: Tr) -> crate::store::Result<Vec<String>> {
    let mut lines = Vec::new();
    for study in store.miscounted_progress()? {
        let name = quoted(&study.name);
        if study.counts_differ() {
            lines.push(tr.cli_check_miscounted_progress(
                name,
                study.kept_finished,
                study.kept_total,
                study.counted.finished,
                study.counted.total,
            ));
        }
        if study.wrong_covered > 0 {
            lines.push(match study.wrong_covered {
                1 => tr.cli_check_miscovered_chapters_one(name, 1),
                n => tr.cli_check_miscovered_chapters_other(name, n),
            });
        }
    }
    for (id, name) in store.study_names()? {
        let study = store.load_study(id)?;
        let stats = StudyStats::of(&study);
        for (session, facts) in study.sessions.iter().zip(&stats.sessions) {
            for presenter in &facts.absent_presenters {
                lines.push(tr.cli_check_absent_presenter(
                    quoted(&name),
                    crate::i18n::format::date(tr.lang, session.held_on),
                    presenter,
                ));
            }
        }
        let coverage = Coverage::of(&study);
        for chapter in study.chapters.iter().filter(|c| {
            c.status == crate::domain::ChapterStatus::Presented && !coverage.is_held(c.number)
        }) {
            lines.push(tr.cli_check_presented_uncovered(quoted(&name), chapter.number));
        }
    }
    Ok(lines)
}

fn backup(db: &Path, target: &Path, force: bool, tr: Tr) -> Result<ExitCode> {
    let store = open(db, OpenMode::ReadOnly)?;
    if let Ok(meta) = std::fs::symlink_metadata(target) {
        if !meta.file_type().is_file() {
            return Err(WriteError::NotAFile(target.to_owned()).into());
        }
        if !force {
            return Err(WriteError::Exists(target.to_owned()).into());
        }
        if std::fs::canonicalize(target).ok() == std::fs::canonicalize(db).ok() {
            return Err(CliError::BackupOntoItself);
        }
    }
    store.backup_to(target, force).map_err(|e| match e {
        StoreError::Backup { .. } | StoreError::TargetInUse(_) => CliError::Backup(e),
        other => journal_error(db)(other),
    })?;
    eprintln!("{}", tr.cli_backed_up(db.display(), target.display()));
    Ok(ExitCode::SUCCESS)
}
