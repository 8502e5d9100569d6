//! `studylog completions SHELL` and `studylog man`: both generated from the clap definition in
//! `cli.rs`, so they never drift from `--help`.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

use super::{CliError, Result};
use crate::cli::Cli;

/// The completion script for `shell`, on standard output. Static: it completes commands,
/// options and their fixed values, not the study names in a journal (the dynamic completion,
/// `COMPLETE=SHELL studylog`, does: `cli::study_names`).
pub fn completions(shell: Shell) -> Result<ExitCode> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "studylog", &mut script); // not text: the command's name
    write_stdout(&script)
}

/// The man page (section 1, roff) of studylog, or of one of its commands as
/// `studylog-COMMAND`, on standard output. The journal's default path is told as a rule, not
/// as the path on the machine that printed the page.
pub fn man(command: Option<&str>) -> Result<ExitCode> {
    // not text: an argument's id
    let mut studylog = Cli::command().mut_arg("db", |arg| {
        arg.hide_default_value(true).help(
            // not text: the man page is English, as clap's --help is
            "The journal file [default: studylog.db in the platform's data folder, \
             ~/.local/share/studylog/ on Linux]",
        )
    });
    // Built, so that each command carries the global options and its full usage line.
    studylog.build();
    let page = match command {
        None => studylog,
        Some(name) => match studylog.find_subcommand(name) {
            Some(sub) => sub.clone(),
            None => {
                return Err(CliError::NoSuchCommand {
                    query: name.to_owned(),
                    names: studylog
                        .get_subcommands()
                        .map(|c| c.get_name().to_owned())
                        .filter(|n| n != "help") // not text: a command's name
                        .collect(),
                });
            }
        },
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page)
        .source(format!("studylog {}", env!("CARGO_PKG_VERSION"))) // not text: the man page's source line, a name and a version
        .render(&mut roff)
        .map_err(CliError::Stdout)?;
    write_stdout(&roff)
}

fn write_stdout(bytes: &[u8]) -> Result<ExitCode> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(CliError::Stdout)?;
    Ok(ExitCode::SUCCESS)
}
