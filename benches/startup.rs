//! Start-up in a real pseudo-terminal (issue 16): the time from spawning the `studylog`
//! binary on the generated journal (200 studies, 20,000 chapters) to the first frame of its
//! home screen on an 80x24 terminal, against `studylog --version` measured the same way:
//! from the spawn to the moment its output is on the screen. Target: the first frame costs
//! at most 1.5x `--version`.
//!
//! `cargo bench --bench startup` (the binary of the bench profile, which is the release
//! profile). The two are measured in turns, so a machine that gets busier slows both alike;
//! `STARTUP_RUNS` sets how many of each (default 40), and `STARTUP_JOURNAL=PATH` measures on
//! that journal instead of a newly generated one.
//!
//! "The first frame" is the moment the terminal shows the home screen's status line, the
//! bottom row: ratatui writes a frame top to bottom, so that row comes last.
//!
//! When `cargo build --release --bins --example startup_floor` has built it, the bench also measures
//! that floor (the journal opened and listed as studylog does, one plain screen written) and
//! its own `--version`: the floor's cost beyond its `--version` is the journal's part, which
//! no interface can go below.

#[path = "support/generator.rs"]
mod generator;

use std::ffi::OsString;
use std::io::Read;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// Long enough for a busy machine; a start that never shows its screen fails the bench.
const DEADLINE: Duration = Duration::from_secs(30);

/// The last row of the home screen (its key hints), and what `--version` prints last.
const HOME_SCREEN_DRAWN: &str = "? help";
const VERSION_PRINTED: &str = "journal schema version";

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = match std::env::var_os("STARTUP_JOURNAL") {
        Some(path) => path.into(),
        None => {
            let db = dir.path().join("big.db");
            generator::generate(&db);
            db
        }
    };
    let config = dir.path().join("absent-config.toml");
    let runs: usize = std::env::var("STARTUP_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);

    let studylog = Path::new(env!("CARGO_BIN_EXE_studylog"));
    let floor = studylog.with_file_name("examples").join("startup_floor");
    // `cargo bench` does not build examples: a floor built well before studylog may be of
    // older code, and is left out. (Built in one cargo run, they are linked seconds apart,
    // in either order.)
    let built_at = |path: &Path| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let floor = match (built_at(&floor), built_at(studylog)) {
        (Some(floor_at), Some(studylog_at))
            if floor_at + Duration::from_secs(60) >= studylog_at =>
        {
            Some(floor)
        }
        (Some(_), _) => {
            println!(
                "(the floor at {} is older than studylog: left out)",
                floor.display()
            );
            None
        }
        (None, _) => None,
    };
    let with_db = |args: &[&str]| -> Vec<OsString> {
        let mut all = vec!["--db".into(), db.clone().into_os_string()];
        all.extend(args.iter().map(OsString::from));
        all
    };
    let cases: Vec<(&str, &Path, Vec<OsString>, &str)> = [
        Some((
            "studylog --version",
            studylog,
            with_db(&["--version"]),
            VERSION_PRINTED,
        )),
        Some((
            "studylog, first frame of home",
            studylog,
            with_db(&[]),
            HOME_SCREEN_DRAWN,
        )),
        floor.as_deref().map(|floor| {
            (
                "floor --version",
                floor,
                vec!["--version".into()],
                VERSION_PRINTED,
            )
        }),
        floor.as_deref().map(|floor| {
            (
                "floor: journal listed, text written",
                floor,
                vec![db.clone().into_os_string()],
                HOME_SCREEN_DRAWN,
            )
        }),
    ]
    .into_iter()
    .flatten()
    .collect();

    // Once each first: the binaries are in the page cache.
    for (_, program, args, done) in &cases {
        start(program, args, &config, done);
    }
    // In turns, so a machine that gets busier slows each alike.
    let mut times = vec![Vec::with_capacity(runs); cases.len()];
    for _ in 0..runs {
        for ((_, program, args, done), times) in cases.iter().zip(&mut times) {
            times.push(start(program, args, &config, done));
        }
    }
    let summaries: Vec<Summary> = times.into_iter().map(Summary::of).collect();
    println!("startup in a pseudo-terminal, {runs} runs each (median, fastest):");
    for ((name, ..), summary) in cases.iter().zip(&summaries) {
        println!("  {name:<38} {summary}");
    }
    let (version, first_frame) = (summaries[0], summaries[1]);
    println!(
        "  first frame / --version: {:.2}x (median), {:.2}x (fastest); target 1.5x",
        ratio(first_frame.median, version.median),
        ratio(first_frame.fastest, version.fastest),
    );
    match summaries.get(2..4) {
        Some([floor_version, floor]) => {
            let journal = floor.median.saturating_sub(floor_version.median);
            let interface = first_frame
                .median
                .saturating_sub(version.median)
                .saturating_sub(journal);
            println!(
                "  beyond --version (medians): the journal {:.2} ms (the floor's), the interface {:.2} ms; 1.5x leaves {:.2} ms for both",
                ms(journal),
                ms(interface),
                ms(version.median) / 2.0,
            );
        }
        _ => println!(
            "  (`cargo build --release --bins --example startup_floor` first to measure the floor too)"
        ),
    }
}

/// Spawns `program ARGS` in a new 80x24 pseudo-terminal and returns the time until the
/// screen shows `done`; then ends it (`q`, as a person would).
fn start(program: &Path, args: &[OsString], config: &Path, done: &str) -> Duration {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "C.UTF-8");
    cmd.env("STUDYLOG_CONFIG", config);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let mut writer = pty.master.take_writer().expect("writer");

    let started = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("spawn studylog");
    // The child holds its own end; ours would keep the terminal open after it exits.
    drop(pty.slave);
    let (bytes, arrive) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || bytes.send((Instant::now(), buf[..n].to_vec())).is_err() {
                break;
            }
        }
    });
    let mut screen = vt100::Parser::new(
        std::num::NonZeroU16::new(24).expect("rows"),
        std::num::NonZeroU16::new(80).expect("cols"),
        0,
    );
    let shown = loop {
        let (at, chunk) = arrive
            .recv_timeout(DEADLINE.saturating_sub(started.elapsed()))
            .unwrap_or_else(|_| {
                panic!(
                    "never saw {done:?} for {args:?}; screen:\n{}",
                    screen.screen().contents()
                )
            });
        screen.process(&chunk);
        if screen.screen().contents().contains(done) {
            break at.duration_since(started);
        }
    };
    let _ = writer.write_all(b"q");
    let deadline = Instant::now() + DEADLINE;
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    shown
}

#[derive(Clone, Copy)]
struct Summary {
    median: Duration,
    fastest: Duration,
}

impl Summary {
    fn of(mut times: Vec<Duration>) -> Summary {
        times.sort();
        Summary {
            median: times[times.len() / 2],
            fastest: times[0],
        }
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:6.2} ms, {:6.2} ms",
            self.median.as_secs_f64() * 1000.0,
            self.fastest.as_secs_f64() * 1000.0
        )
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64()
}
