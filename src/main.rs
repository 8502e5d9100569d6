#![deny(clippy::unwrap_used, clippy::expect_used)]

use std::process::ExitCode;

use clap::Parser;
use studylog::cli::Cli;
use studylog::commands;

fn main() -> ExitCode {
    studylog::cli::study_names::answer_if_asked();
    let cli = Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(e) if e.is_broken_pipe() => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
