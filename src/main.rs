#![deny(clippy::unwrap_used, clippy::expect_used)]

use std::process::ExitCode;

use clap::Parser;
use studylog::cli::Cli;
use studylog::commands;

fn main() -> ExitCode {
    studylog::cli::study_names::answer_if_asked();
    // `--help`, `--version` and clap's own usage errors stay in English (clap's words).
    let cli = Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(failure) if failure.error.is_broken_pipe() => ExitCode::FAILURE,
        Err(failure) => {
            eprintln!("{}", failure.message());
            ExitCode::FAILURE
        }
    }
}
