//! Helpers shared by the integration tests: a journal in a temporary folder and the
//! studylog binary pointed at it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use tempfile::TempDir;

pub const EXAMPLE: &str = "tests/fixtures/example-study.json";

pub struct Journal {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl Journal {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("journal.db");
        Journal { dir, db }
    }

    /// The binary with `--db` set to this journal and no environment leaking in.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("studylog").expect("binary");
        cmd.env_remove("STUDYLOG_DB")
            .env(
                "STUDYLOG_CONFIG",
                self.dir.path().join("absent-config.toml"),
            )
            .env("LANG", "C")
            // English unless a test asks: whatever the machine's own locale or override says.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .env_remove("STUDYLOG_LANG")
            .arg("--db")
            .arg(&self.db);
        cmd
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `json` into the temp folder and returns its path.
    pub fn file(&self, name: &str, json: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, json).expect("write fixture");
        path
    }

    pub fn import_example(&self) {
        self.cmd().args(["import", EXAMPLE]).assert().success();
    }

    /// The Korean demo study, as `studylog demo` shows it.
    pub fn import_demo(&self) {
        self.cmd()
            .args(["import", "assets/demo.json"])
            .assert()
            .success();
    }

    /// Everything the journal holds, as the interchange document.
    pub fn export_json(&self) -> String {
        self.stdout_of(&["export", "--format", "json"])
    }

    /// What `studylog ARGS` prints, asserting it succeeded.
    pub fn stdout_of(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run studylog");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }
}

/// Every file in `dir`, for asserting that nothing was left or created beside a file.
pub fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The example study as a JSON value, for tests that break one field of it.
pub fn example_value() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(EXAMPLE).expect("example")).expect("json")
}

/// How often `wait_until` asks again.
const POLL: Duration = Duration::from_millis(20);

/// Asks `probe` again and again until it gives a value (the screen shows a text, a file is
/// written, the process exited), and returns it; `None` once `patience` has run out. A test
/// waits for what it needs this way, never for a fixed time, which is both slower than
/// needed on a fast machine and too short on a loaded one.
pub fn wait_until<T>(patience: Duration, mut probe: impl FnMut() -> Option<T>) -> Option<T> {
    let start = Instant::now();
    loop {
        if let Some(value) = probe() {
            return Some(value);
        }
        if start.elapsed() >= patience {
            return None;
        }
        std::thread::sleep(POLL);
    }
}
