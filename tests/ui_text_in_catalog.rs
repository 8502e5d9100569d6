//! Every word the terminal UI and the command line show comes from the message catalogs
//! (`assets/i18n/`): no string literal with words in it is left in `src/ui`, `src/commands`
//! or `src/main.rs` outside test code. A literal that is
//! not text for people (a key's name, a file extension, a symbol) carries the marker
//! `// not text: why` on its line or the line above, so each exception is written down.

use std::path::{Path, PathBuf};

/// A literal with words in it, where it is.
#[derive(Debug, PartialEq)]
struct Found {
    line: usize,
    literal: String,
}

const MARKER: &str = "// not text:";

/// The string literals of `source` that hold words (two Latin letters in a row, or any
/// Hangul), outside attributes, comments, test modules and marked lines.
fn words_in_literals(source: &str) -> Vec<Found> {
    // A module's tests start at its `#[cfg(test)]`; test code may say what it likes.
    let code = match source.find("#[cfg(test)]") {
        Some(start) => &source[..start],
        None => source,
    };
    let lines: Vec<&str> = code.lines().collect();
    let exempt = |line: usize| {
        lines.get(line).is_some_and(|l| l.contains(MARKER))
            || line
                .checked_sub(1)
                .and_then(|above| lines.get(above))
                .is_some_and(|l| l.trim_start().starts_with(MARKER))
    };
    literals(code)
        .into_iter()
        .filter(|(line, literal)| has_words(literal) && !exempt(*line))
        .filter(|(line, _)| !lines[*line].trim_start().starts_with("#["))
        .map(|(line, literal)| Found {
            line: line + 1,
            literal,
        })
        .collect()
}

/// Words a person would read: placeholders (`{title}`, `{:>8}`) and escapes are not words.
fn has_words(literal: &str) -> bool {
    let mut text = String::new();
    let mut depth = 0usize;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let text = text.replace("\\n", " ").replace("\\t", " ");
    let hangul = text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    let latin_word = text
        .as_bytes()
        .windows(2)
        .any(|pair| pair.iter().all(u8::is_ascii_alphabetic));
    hangul || latin_word
}

/// Every string literal in `code` with the (0-based) line it starts on: plain, raw (`r#".."#`)
/// and byte strings; comments and char literals are skipped.
fn literals(code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let mut line = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
                i += 2;
            }
            'r' if matches!(next, Some('"' | '#')) && !is_ident(chars.get(i.wrapping_sub(1))) => {
                let mut j = i + 1;
                let mut hashes = 0;
                while chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if chars.get(j) != Some(&'"') {
                    i += 1;
                    continue;
                }
                let start_line = line;
                let mut text = String::new();
                j += 1;
                while j < chars.len() {
                    if chars[j] == '"' && (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')) {
                        break;
                    }
                    line += usize::from(chars[j] == '\n');
                    text.push(chars[j]);
                    j += 1;
                }
                found.push((start_line, text));
                i = j + 1 + hashes;
            }
            '\'' => {
                // A char literal ('a', '\n', '"') or a lifetime ('a): skip either.
                if next == Some('\\') {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            '"' => {
                let start_line = line;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        text.push(chars[i]);
                        i += 1;
                    }
                    if let Some(&c) = chars.get(i) {
                        line += usize::from(c == '\n');
                        text.push(c);
                    }
                    i += 1;
                }
                found.push((start_line, text));
                i += 1;
            }
            _ => i += 1,
        }
    }
    found
}

fn is_ident(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || *c == '_')
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read src/ui")
        .map(|e| e.expect("a folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            // A module's tests in a file of their own (`editor/tests.rs`).
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
}

#[test]
fn no_words_are_left_in_the_ui_or_the_commands_outside_the_catalogs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/ui"), &mut files);
    // The command line's words too: every subcommand's reports and errors.
    rust_files(&root.join("src/commands"), &mut files);
    files.extend(["src/commands.rs", "src/main.rs"].map(|f| root.join(f)));
    assert!(files.len() > 40, "src/ui was not found: {files:?}");
    let mut report = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("read a source file");
        for found in words_in_literals(&source) {
            report.push(format!(
                "{}:{}: {:?}",
                file.strip_prefix(root).expect("under the root").display(),
                found.line,
                found.literal
            ));
        }
    }
    assert!(
        report.is_empty(),
        "{} literals with words in src/ui or the commands; move them to assets/i18n/*.toml, or mark a \
         literal that is not text with `{MARKER} why`:\n{}",
        report.len(),
        report.join("\n")
    );
}

#[test]
fn the_check_finds_words_and_skips_what_is_not_text() {
    let source = r####"
use x;
#[error("an attribute says what it likes")]
fn draw() {
    status("Saved the point.");
    let title = format!("{}{title}", "·");
    // a comment "with words" is not a literal
    let raw = r#"raw words"#;
    let mark = '"'; let other = "저장했어요";
    let key = "Ctrl-"; // not text: a key's name, the same in every language
    // not text: the file's extension
    let ext = ".md";
    let path = "{:>width$}";
}
#[cfg(test)]
mod tests { fn t() { assert_eq!(x, "anything goes here"); } }
"####;
    let found = words_in_literals(source);
    let literals: Vec<&str> = found.iter().map(|f| f.literal.as_str()).collect();
    assert_eq!(literals, ["Saved the point.", "raw words", "저장했어요"]);
    assert_eq!(found[0].line, 5);
    assert_eq!(found[2].line, 9);
}
