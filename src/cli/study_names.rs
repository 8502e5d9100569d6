//! Completion of a STUDY argument with the names of the journal's studies, through
//! clap_complete's dynamic engine: the shell runs `COMPLETE=SHELL studylog -- WORDS...` and
//! studylog answers with the candidates. `COMPLETE=bash studylog` (no words) prints the
//! script that registers this with the shell. `studylog completions SHELL` stays the static
//! script, which completes commands and options but no names.
//!
//! The journal is the one the command line being completed names with `--db`, else
//! `STUDYLOG_DB`, else the default; it is opened read-only, and a journal that is missing or
//! unreadable gives no names rather than an error in the middle of someone's typing.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;
use std::sync::OnceLock;

use clap::CommandFactory;
use clap_complete::engine::CompletionCandidate;

use super::Cli;
use crate::store::{OpenMode, Store};

/// The environment variable a shell sets to ask for completions (clap's convention).
const ASKED_BY: &str = "COMPLETE";

/// The shell that asked, read before clap's engine clears the variable for child processes.
static SHELL: OnceLock<OsString> = OnceLock::new();

/// Answers a completion request and exits when a shell made one; otherwise returns at once.
/// Runs before anything is written to standard output.
pub fn answer_if_asked() {
    if let Some(shell) = std::env::var_os(ASKED_BY) {
        let _ = SHELL.set(shell);
    }
    clap_complete::CompleteEnv::with_factory(Cli::command)
        .var(ASKED_BY)
        .complete();
}

/// The candidates for a STUDY argument: the journal's study names that start with what is
/// typed so far.
pub fn complete(typed: &OsStr) -> Vec<CompletionCandidate> {
    let bash = SHELL
        .get()
        .is_some_and(|shell| std::path::Path::new(shell).file_stem() == Some(OsStr::new("bash")));
    let typed = typed.to_string_lossy();
    let typed = if bash {
        unquote(&typed)
    } else {
        typed.into_owned()
    };
    let Ok(store) = Store::open(&journal(), OpenMode::ReadOnly) else {
        return Vec::new();
    };
    let Ok(names) = store.study_names() else {
        return Vec::new();
    };
    names
        .into_iter()
        .map(|(_, name)| name)
        .filter(|name| name.starts_with(&typed))
        // bash puts a candidate on the command line as it is: a name with a space must come
        // escaped, or it becomes two arguments. zsh, fish and elvish quote what they insert.
        .map(|name| CompletionCandidate::new(if bash { escape(&name) } else { name }))
        .collect()
}

/// The journal the command line names: its last `--db PATH` or `--db=PATH` (as typed, so a
/// leading `~/` is the home folder), else `STUDYLOG_DB`, else the default path. The words
/// are those after the `--` the shell passes before them.
fn journal() -> PathBuf {
    let words: Vec<String> = std::env::args_os()
        .skip_while(|a| a != "--")
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut named = None;
    for (i, word) in words.iter().enumerate() {
        if word == "--db" {
            named = words.get(i + 1).cloned();
        } else if let Some(path) = word.strip_prefix("--db=") {
            named = Some(path.to_owned());
        }
    }
    match named {
        Some(path) => home_expanded(&unquote(&path)),
        None => std::env::var_os("STUDYLOG_DB")
            .filter(|p| !p.is_empty())
            .map_or_else(super::default_db_path, PathBuf::from),
    }
}

fn home_expanded(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}

/// A word as typed to bash, quotes and backslashes taken away: `DDIA\ 스` or `"DDIA 스`.
fn unquote(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars();
    let mut quote = None;
    while let Some(c) = chars.next() {
        match (c, quote) {
            ('\\', None | Some('"')) => out.extend(chars.next()),
            ('\'' | '"', None) => quote = Some(c),
            (c, Some(q)) if c == q => quote = None,
            (c, _) => out.push(c),
        }
    }
    out
}

/// `name` as one bash word: each character the shell would read specially behind a
/// backslash (letters of any script, digits and `-_.,/:@%+=` stay as they are).
fn escape(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 8);
    for c in name.chars() {
        if c.is_ascii() && !c.is_ascii_alphanumeric() && !"-_.,/:@%+=".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_escaped_name_reads_back_as_the_name() {
        for name in ["DDIA 스터디", "it's (2)", "a\"b$c`d", "plain-name_1.0"] {
            assert_eq!(unquote(&escape(name)), name);
        }
        assert_eq!(escape("DDIA 스터디 (2)"), "DDIA\\ 스터디\\ \\(2\\)");
    }

    #[test]
    fn a_word_typed_with_quotes_or_backslashes_is_read_as_meant() {
        assert_eq!(unquote("DDIA\\ 스"), "DDIA 스");
        assert_eq!(unquote("\"DDIA 스"), "DDIA 스");
        assert_eq!(unquote("'it'\\''s"), "it's");
        assert_eq!(unquote("~/journal.db"), "~/journal.db");
    }
}
