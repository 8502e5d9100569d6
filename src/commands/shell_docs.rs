//! `studylog completions SHELL` and `studylog man`: both generated from the clap definition in
//! `cli.rs`, so they never drift from `--help`.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

use super::{CliError, Result};
use crate::cli::Cli;

/// The completion script for `shell`, on standard output. Static: it completes commands,
/// options and their fixed values, not the study names in a journal.
pub fn completions(shell: Shell) -> Result<ExitCode> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "studylog", &mut script);
    write_stdout(&script)
}

/// The man page (section 1, roff), on standard output. The journal's default path is told
/// as a rule, not as the path on the machine that printed the page.
pub fn man() -> Result<ExitCode> {
    let command = Cli::command().mut_arg("db", |arg| {
        arg.hide_default_value(true).help(
            "The journal file [default: studylog.db in the platform's data folder, \
             ~/.local/share/studylog/ on Linux]",
        )
    });
    let mut page = Vec::new();
    clap_mangen::Man::new(command)
        .render(&mut page)
        .map_err(CliError::Stdout)?;
    write_stdout(&page)
}

fn write_stdout(bytes: &[u8]) -> Result<ExitCode> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(CliError::Stdout)?;
    Ok(ExitCode::SUCCESS)
}
