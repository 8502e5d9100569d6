//! `studylog completions SHELL`, `studylog man` and `--version`: generated from the clap
//! definition, and accepted by the tools that read them (each tool skipped with a message
//! when it is not installed).

use std::path::Path;
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;

fn studylog_stdout(args: &[&str]) -> Vec<u8> {
    let out = Command::cargo_bin("studylog")
        .expect("binary")
        .args(args)
        .output()
        .expect("run studylog");
    assert!(
        out.status.success(),
        "studylog {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn installed(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|out| out.status.success())
}

fn write_temp(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

#[test]
fn every_shell_gets_a_script_that_names_the_commands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = String::from_utf8(studylog_stdout(&["completions", shell])).expect("utf-8");
        for word in ["export", "completions", "format"] {
            assert!(script.contains(word), "{shell} script lacks {word}");
        }
    }
}

#[test]
fn the_bash_script_is_accepted_by_bash_n() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = write_temp(
        dir.path(),
        "studylog.bash",
        &studylog_stdout(&["completions", "bash"]),
    );
    let out = Command::new("bash")
        .arg("-n")
        .arg(&file)
        .output()
        .expect("bash is needed for this test");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "bash -n refused the script: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_zsh_and_fish_scripts_parse_where_those_shells_are_installed() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (shell, check) in [("zsh", "-n"), ("fish", "--no-execute")] {
        if !installed(shell) {
            eprintln!("{shell} not installed: its completion script is not parsed");
            continue;
        }
        let file = write_temp(
            dir.path(),
            &format!("studylog.{shell}"),
            &studylog_stdout(&["completions", shell]),
        );
        let out = Command::new(shell)
            .arg(check)
            .arg(&file)
            .output()
            .expect("run shell");
        assert!(
            out.status.success(),
            "{shell} {check} refused the script: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_man_pages_render_without_warnings() {
    for (args, words) in [
        (
            &["man"][..],
            &["NAME", "SYNOPSIS", "completions", "--db"][..],
        ),
        (
            &["man", "export"][..],
            &["studylog export", "--format", "--db"][..],
        ),
    ] {
        man_page_renders(args, words);
    }
}

#[test]
fn a_man_page_of_no_command_names_the_commands() {
    let out = Command::cargo_bin("studylog")
        .expect("binary")
        .args(["man", "exprot"])
        .output()
        .expect("run studylog");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("\"exprot\"") && stderr.contains("\"export\""),
        "{stderr}"
    );
}

fn man_page_renders(args: &[&str], words: &[&str]) {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = write_temp(dir.path(), "studylog.1", &studylog_stdout(args));
    let text = std::fs::read_to_string(&page).expect("read page");
    assert!(text.contains(".TH studylog"), "{text}");
    if installed("mandoc") {
        let out = Command::new("mandoc")
            .args(["-T", "lint", "-W", "warning"])
            .arg(&page)
            .output()
            .expect("run mandoc");
        assert!(
            out.status.success(),
            "mandoc -T lint {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    } else {
        eprintln!("mandoc not installed: the man page is not linted");
    }
    if installed("man") && installed("groff") {
        let out = Command::new("man")
            .arg("-l")
            .arg(&page)
            .env("MANPAGER", "cat")
            .env("MANWIDTH", "80")
            .env("LC_ALL", "C.UTF-8")
            .output()
            .expect("run man");
        let shown = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && stderr.is_empty(),
            "man -l {args:?}: {stderr}"
        );
        for word in words {
            assert!(
                shown.contains(word),
                "{args:?}: the page lacks {word}:\n{shown}"
            );
        }
    } else {
        eprintln!("man or groff not installed: the man page is not rendered");
    }
}

#[test]
fn version_names_the_journal_schema_it_reads_and_writes() {
    let text = String::from_utf8(studylog_stdout(&["--version"])).expect("utf-8");
    assert_eq!(
        text,
        format!(
            "studylog {}\njournal schema version {}\n",
            env!("CARGO_PKG_VERSION"),
            studylog::store::LATEST_VERSION
        )
    );
}
