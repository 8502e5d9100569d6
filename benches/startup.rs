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

#[path = "support/generator.rs"]
mod generator;

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

    // Once each first: the journal's `-wal` and `-shm` files exist from then on, as they do
    // on a journal in use, and the binary is in the page cache.
    start(&db, &config, &["--version"], VERSION_PRINTED);
    start(&db, &config, &[], HOME_SCREEN_DRAWN);

    let mut version = Vec::with_capacity(runs);
    let mut first_frame = Vec::with_capacity(runs);
    for _ in 0..runs {
        version.push(start(&db, &config, &["--version"], VERSION_PRINTED));
        first_frame.push(start(&db, &config, &[], HOME_SCREEN_DRAWN));
    }
    let version = Summary::of(version);
    let first_frame = Summary::of(first_frame);
    println!("startup in a pseudo-terminal, {runs} runs each (median, fastest):");
    println!("  studylog --version            {version}");
    println!("  studylog, first frame of home {first_frame}");
    println!(
        "  first frame / --version: {:.2}x (median), {:.2}x (fastest); target 1.5x",
        ratio(first_frame.median, version.median),
        ratio(first_frame.fastest, version.fastest),
    );
}

/// Spawns `studylog --db DB ARGS` in a new 80x24 pseudo-terminal and returns the time until
/// the screen shows `done`; then ends it (`q`, as a person would).
fn start(db: &Path, config: &Path, args: &[&str], done: &str) -> Duration {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_studylog"));
    cmd.arg("--db");
    cmd.arg(db);
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

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64()
}
