//! The least a first frame can cost on studylog's journal, for the start-up bench: open the
//! journal as studylog does (`Store::open`), read the study list, and write one screen of
//! plain text in one write, ending with the home screen's last words (`? help`). No terminal
//! set-up, no layout, no colours. `startup_floor --version` prints a version line instead, so
//! the bench can set this small binary's own start against it.
//!
//! `cargo build --release --bins --example startup_floor`, then `cargo bench --bench startup`
//! measures it beside studylog. What studylog takes beyond this floor is its interface;
//! what this floor takes beyond its `--version` is the journal's.

use std::io::Write;
use std::path::PathBuf;

use studylog::store::{OpenMode, Store};

const ROWS: usize = 24;
const COLUMNS: usize = 80;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args_os().skip(1);
    let mut out = std::io::stdout().lock();
    let Some(first) = args.next() else {
        eprintln!("usage: startup_floor JOURNAL | startup_floor --version");
        return std::process::ExitCode::from(2);
    };
    if first == "--version" {
        let line = format!(
            "startup_floor, journal schema version {}\n",
            studylog::store::LATEST_VERSION
        );
        return finish(out.write_all(line.as_bytes()).and_then(|()| out.flush()));
    }
    let studies = match Store::open(&PathBuf::from(first), OpenMode::MustExist)
        .and_then(|store| store.list_studies())
    {
        Ok(studies) => studies,
        Err(e) => {
            eprintln!("startup_floor: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let mut screen = String::with_capacity(ROWS * (COLUMNS + 2));
    for study in studies.iter().take(ROWS - 1) {
        let row = format!(
            "{}  {}  {}",
            study.name, study.book, study.progress.finished
        );
        screen.extend(row.chars().take(COLUMNS / 2));
        screen.push_str("\r\n");
    }
    screen.push_str("q quit  ? help");
    finish(out.write_all(screen.as_bytes()).and_then(|()| out.flush()))
}

fn finish(written: std::io::Result<()>) -> std::process::ExitCode {
    match written {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("startup_floor: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
