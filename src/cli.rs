//! The command line: what `studylog --help` shows.

pub mod study_names;

use std::path::PathBuf;

use std::sync::LazyLock;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

use crate::domain::voice::Voice;
use crate::domain::{Flavor, Lang};

/// What `--version` prints after the name: the program's version and the journal schema it
/// reads and writes (`-V` prints the program's version alone).
static LONG_VERSION: LazyLock<String> = LazyLock::new(|| {
    format!(
        "{}\njournal schema version {}",
        env!("CARGO_PKG_VERSION"),
        crate::store::LATEST_VERSION
    )
});

#[derive(Debug, Parser)]
#[command(
    name = "studylog",
    args_override_self = true,
    version,
    long_version = LONG_VERSION.as_str(),
    about = "The journal of a book study group, and the retrospective post it writes at the end.",
    long_about = "The journal of a book study group, and the retrospective post it writes at the end.\n\n\
                  Run without a command to open the journal in the terminal UI."
)]
pub struct Cli {
    /// The journal file
    #[arg(long, global = true, env = "STUDYLOG_DB", value_name = "PATH",
          default_value_os_t = default_db_path())]
    pub db: PathBuf,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import studies from a studylog JSON file (all or nothing)
    Import(ImportArgs),
    /// Export a study as the retrospective post (markdown), or the journal as JSON
    Export(ExportArgs),
    /// List the studies with their book, period, status and progress
    List {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Open the UI on a throwaway copy of a sample study (your journal is not touched)
    Demo,
    /// Draw a chapter's presenter at random, favouring who has presented least, and save it
    Draw(DrawArgs),
    /// Write the study's sessions, held and planned, as an iCalendar (.ics) file
    Calendar(CalendarArgs),
    /// Print the chat message announcing the next session (or a chapter's)
    Announce(AnnounceArgs),
    /// Check the journal's integrity and schema version
    Check,
    /// Write a consistent copy of the journal to FILE (safe while studylog is running)
    Backup {
        file: PathBuf,
        /// Overwrite FILE if it exists
        #[arg(long)]
        force: bool,
    },
    /// Print the shell completion script for SHELL (the README says where to put it)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) to standard output, for `man -l -` or a man1 folder
    Man {
        /// Print the page of this command instead (studylog-COMMAND), with its options
        #[arg(value_name = "COMMAND")]
        command: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct DrawArgs {
    /// The study's name or a unique prefix of it; may be left out when the journal holds one
    #[arg(add = ArgValueCompleter::new(study_names::complete))]
    pub study: Option<String>,
    /// The chapter to draw for (default: the next chapter no session has covered)
    #[arg(long, value_name = "N")]
    pub chapter: Option<u32>,
    /// Leave this member out of the draw (may be given more than once)
    #[arg(long, value_name = "NAME")]
    pub exclude: Vec<String>,
    /// Seed the draw, to replay it (the result is still saved)
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// The study's name or a unique prefix of it; may be left out when the journal holds one
    #[arg(add = ArgValueCompleter::new(study_names::complete))]
    pub study: Option<String>,
    /// The language of the events' words [default: as for the post]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Write to FILE (for example study.ics) instead of standard output (`-`: standard
    /// output)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite the output file if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct AnnounceArgs {
    /// The study's name or a unique prefix of it; may be left out when the journal holds one
    #[arg(add = ArgValueCompleter::new(study_names::complete))]
    pub study: Option<String>,
    /// Announce this chapter (default: the next session's)
    #[arg(long, value_name = "N")]
    pub chapter: Option<u32>,
    /// The message's language [default: as for the post]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The JSON file to read, or - for standard input
    pub file: PathBuf,
    /// Replace a study that has the same name
    #[arg(long, conflicts_with = "rename")]
    pub replace: bool,
    /// Import a study whose name is taken as "NAME (2)"
    #[arg(long)]
    pub rename: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The study's name or a unique prefix of it; may be left out when the journal holds one
    /// study (for JSON, leaving it out exports every study)
    #[arg(add = ArgValueCompleter::new(study_names::complete))]
    pub study: Option<String>,
    /// What to write
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// The post's language [default: the study's post settings, else config, else ko when
    /// the study is written in Hangul, else LC_ALL/LANG, else en]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// The Korean post's voice: formal (합니다체) or plain (해라체) [default: the study's post
    /// settings, else config, else the voice of the study's own sentences]
    #[arg(long, value_enum)]
    pub voice: Option<Voice>,
    /// The front matter for your blog [default: the study's post settings, else config, else
    /// gatsby]
    #[arg(long, value_enum, value_name = "FLAVOR")]
    pub front_matter: Option<Flavor>,
    /// Render this minijinja template instead of the built-in one (see the README)
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,
    /// The post's date in the front matter [default: the study's post settings, else today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = strict_date)]
    pub date: Option<NaiveDate>,
    /// Add each chapter's why, presentation notes and links [default: the study's post
    /// settings]
    #[arg(long)]
    pub with_notes: bool,
    /// Call members "Member A", "Member B", ... (except the one marked as me)
    #[arg(long)]
    pub anonymize: bool,
    /// Also write an attendance chart beside the post, as FILE's name with -attendance.svg
    /// (needs -o FILE)
    #[arg(long)]
    pub charts: bool,
    /// Write to FILE instead of standard output (`-`: standard output)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite the output file if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The retrospective post
    Md,
    /// The interchange format: every field, for backups and moving journals
    Json,
}

/// `studylog.db` in the platform's data folder (`~/.local/share/studylog/` on Linux), or in
/// the current folder when the platform has no home.
pub fn default_db_path() -> PathBuf {
    directories::ProjectDirs::from("", "", "studylog")
        .map(|dirs| dirs.data_dir().join("studylog.db"))
        .unwrap_or_else(|| PathBuf::from("studylog.db"))
}

/// A date on the command line is read as strictly as in the journal and the interchange
/// format: chrono's own reader takes `25-1-1` as the year 25 and `+12025-01-01`.
fn strict_date(text: &str) -> Result<NaiveDate, String> {
    crate::domain::date::parse(text)
        .ok_or_else(|| format!("{text} is not a date; write it as YYYY-MM-DD, such as 2025-04-06"))
}
