//! The interchange format (`interchange.md`): a versioned JSON document of studies. Parsing
//! is strict (an unknown key, whatever its value, or a key written twice is an error naming
//! its path; dates are exactly `YYYY-MM-DD`) and checks every reference, so a document that
//! parses can be stored as it is. Both ways stream: a document is written and read one study
//! at a time.

mod document;
mod position;
mod reader;
mod stream;
mod utf8;

pub use stream::{StreamError, write_json};

use std::io;
use std::ops::ControlFlow;

use serde::Serialize;
use serde_json::Value;

use crate::domain::validate::ProblemKind;
use crate::domain::{Problem, Study, text};

pub const FORMAT: &str = "studylog";
pub const VERSION: u64 = 1;

/// How many problems one error message lists before it says how many more there are.
pub(crate) const MAX_LISTED_PROBLEMS: usize = 20;

/// How many characters of a value (or a key) an error message quotes; a longer one is cut
/// and ends in "…", so a 10 MB string in the wrong place is not printed back whole.
const MAX_QUOTED_CHARS: usize = 60;

#[derive(Serialize)]
struct DocumentOut<'a> {
    format: &'static str,
    version: u64,
    studies: &'a [Study],
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum InterchangeError {
    #[error("not valid JSON: {message} (line {line}, column {column})")]
    Syntax {
        message: String,
        line: usize,
        column: usize,
    },
    #[error(
        "not a studylog file: {found}; a studylog file is a JSON object with \"format\": \"studylog\""
    )]
    NotStudylog { found: Foreign },
    #[error(
        "written by a newer studylog (format version {found}; this version reads {VERSION}); update studylog to import it"
    )]
    NewerVersion { found: u64 },
    #[error(
        "\"version\" is {}, but studylog files start at version 1",
        found.as_deref().unwrap_or("missing")
    )]
    BadVersion {
        /// The version as JSON writes it; `None` when the key is missing.
        found: Option<String>,
    },
    #[error("not a valid studylog file:\n{}", list_problems(.0))]
    Invalid(Vec<Problem>),
}

/// Why a document is not a studylog file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Foreign {
    /// The document is another JSON value than an object.
    NotAnObject(JsonKind),
    /// Its `"format"` is another value, as JSON writes it.
    OtherFormat(String),
    /// It has no `"format"` key.
    NoFormat,
}

impl std::fmt::Display for Foreign {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Foreign::NotAnObject(kind) => write!(f, "the document is {kind}, not an object"),
            Foreign::OtherFormat(shown) => write!(f, "\"format\" is {shown}"),
            Foreign::NoFormat => f.write_str("it has no \"format\" key"),
        }
    }
}

/// What a JSON value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl std::fmt::Display for JsonKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            JsonKind::Null => "null",
            JsonKind::Bool => "a boolean",
            JsonKind::Number => "a number",
            JsonKind::String => "a string",
            JsonKind::Array => "an array",
            JsonKind::Object => "an object",
        })
    }
}

/// Why a document read from a file or a pipe was refused.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The input could not be read, or is not UTF-8 text.
    #[error(transparent)]
    Input(io::Error),
    #[error(transparent)]
    Document(#[from] InterchangeError),
}

/// How many bytes of the input are read at a time.
const CHUNK: usize = 64 * 1024;

fn list_problems(problems: &[Problem]) -> String {
    list_problems_with(problems, Problem::message, |more| {
        format!("  ... and {more} more problems")
    })
}

/// The lines [`InterchangeError::Invalid`] lists, each problem's message said by `say`
/// (in the interface's language), a long value cut; past [`MAX_LISTED_PROBLEMS`], the line
/// `more` says for how many are left out.
pub(crate) fn list_problems_with(
    problems: &[Problem],
    say: impl Fn(&Problem) -> String,
    more: impl Fn(usize) -> String,
) -> String {
    let mut out: Vec<String> = problems
        .iter()
        .take(MAX_LISTED_PROBLEMS)
        .map(|p| format!("  {}: {}", clip_path(&p.path), clip_quoted(&say(p))))
        .collect();
    if problems.len() > MAX_LISTED_PROBLEMS {
        out.push(more(problems.len() - MAX_LISTED_PROBLEMS));
    }
    out.join("\n")
}

/// The document for `studies`: every field written, defaults included, two-space indents,
/// and a final newline. Writing what `parse` read gives the same bytes back.
pub fn to_json(studies: &[Study]) -> String {
    let doc = DocumentOut {
        format: FORMAT,
        version: VERSION,
        studies,
    };
    // Serialising plain structs of strings, numbers and dates cannot fail.
    let mut json = serde_json::to_string_pretty(&doc).unwrap_or_default();
    json.push('\n');
    json
}

/// Reads a document: checks it is a studylog file of a version this binary knows, reads
/// every study strictly, normalises text (NFC, `\n` line ends) and validates each study.
/// A byte-order mark before the document (some Windows editors write one) is skipped.
pub fn parse(json: &str) -> Result<Vec<Study>, InterchangeError> {
    let mut studies = Vec::new();
    let read = read_studies(json.as_bytes(), |study| {
        studies.push(study);
        ControlFlow::Continue(())
    });
    match read {
        Ok(()) => Ok(studies),
        Err(ReadError::Document(e)) => Err(e),
        // Text in memory has no input to fail; were it to, it is not JSON that can be read.
        Err(ReadError::Input(e)) => Err(InterchangeError::Syntax {
            message: e.to_string(),
            line: 0,
            column: 0,
        }),
    }
}

/// Reads a document from `input` as [`parse`] reads one, but one study at a time: each
/// study is handed to `each` as soon as it is read and checked, in order, while every study
/// before it was good (and until `each` breaks), so memory holds a study, not the document.
/// Whatever was handed on, the document is good only if this returns `Ok`: a study further
/// on can still be refused, and the caller must then throw away what it was given. The
/// input is read to its end even after an error, so that an input that is not UTF-8 text is
/// reported as such wherever the bad byte is, as reading the whole input first did.
pub fn read_studies<R: io::Read>(
    input: R,
    mut each: impl FnMut(Study) -> ControlFlow<()>,
) -> Result<(), ReadError> {
    let mut input = utf8::text(input).map_err(ReadError::Input)?;
    let read = document::read(&mut input, CHUNK, &mut each);
    if read.is_err() {
        io::copy(&mut input, &mut io::sink()).map_err(ReadError::Input)?;
    }
    read
}

fn syntax_message(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; the error says that in its own words.
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_owned(),
        None => full,
    }
}

/// What is wrong with a field that does not fit its type, in the user's terms: serde's and
/// chrono's messages talk about `u64` and "input is out of range".
fn field_problem(
    path: &serde_path_to_error::Path,
    e: &serde_json::Error,
    found: Option<&Value>,
) -> ProblemKind {
    let message = e.to_string();
    let key = match path.iter().next_back() {
        Some(serde_path_to_error::Segment::Map { key }) => key.as_str(),
        _ => "",
    };
    let shown = found.map_or_else(String::new, shown);
    if let Some((head, rest)) = message.split_once(", expected")
        && head.starts_with("unknown field")
    {
        let english = format!("{head} (expected{rest})");
        let typed = head
            .strip_prefix("unknown field `")
            .and_then(|field| field.strip_suffix('`'))
            .zip(rest.strip_prefix(' '))
            .map(|(field, expected)| ProblemKind::UnknownField {
                field: field.to_owned(),
                expected: expected.to_owned(),
            });
        return said_as(typed, english);
    }
    if (key.ends_with("_on") || key == "date") && found.is_some_and(Value::is_string) {
        return ProblemKind::NotADate { value: shown };
    }
    if key == "drawn_at" && found.is_some_and(Value::is_string) {
        return ProblemKind::NotATimestamp { value: shown };
    }
    if found.is_some_and(Value::is_null) && message.starts_with("invalid type: null") {
        return ProblemKind::NullRequired;
    }
    if message.starts_with("invalid value: integer") {
        return ProblemKind::OutOfRange { value: shown };
    }
    let typed = if let Some(rest) = message.strip_prefix("missing field `") {
        rest.strip_suffix('`')
            .map(|field| ProblemKind::MissingField {
                field: field.to_owned(),
            })
    } else if let Some(rest) = message.strip_prefix("unknown variant `") {
        rest.split_once("`, expected ")
            .map(|(value, expected)| ProblemKind::UnknownVariant {
                value: value.to_owned(),
                expected: expected.to_owned(),
            })
    } else {
        None
    };
    said_as(typed, message)
}

/// `typed` when it says exactly `english`; otherwise `english` as serde said it (a name
/// with a backtick in it would not read back the same).
fn said_as(typed: Option<ProblemKind>, english: String) -> ProblemKind {
    match typed {
        Some(kind) if kind.to_string() == english => kind,
        _ => ProblemKind::Misfit { message: english },
    }
}

/// serde_path_to_error's path (`studies[0].book`) as a JSON pointer (`/studies/0/book`).
fn json_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    path.iter()
        .map(|segment| match segment {
            Segment::Seq { index } => format!("/{index}"),
            Segment::Map { key } => format!("/{}", key.replace('~', "~0").replace('/', "~1")),
            Segment::Enum { .. } | Segment::Unknown => String::new(),
        })
        .collect()
}

fn check_envelope(value: &Value) -> Result<(), InterchangeError> {
    let Some(object) = value.as_object() else {
        return Err(InterchangeError::NotStudylog {
            found: Foreign::NotAnObject(kind_of(value)),
        });
    };
    match object.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(InterchangeError::NotStudylog {
                found: Foreign::OtherFormat(shown(other)),
            });
        }
        None => {
            return Err(InterchangeError::NotStudylog {
                found: Foreign::NoFormat,
            });
        }
    }
    match object.get("version") {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(VERSION) => Ok(()),
            Some(found) if found > VERSION => Err(InterchangeError::NewerVersion { found }),
            _ => Err(InterchangeError::BadVersion {
                found: Some(n.to_string()),
            }),
        },
        Some(other) => Err(InterchangeError::BadVersion {
            found: Some(shown(other)),
        }),
        None => Err(InterchangeError::BadVersion { found: None }),
    }
}

fn kind_of(value: &Value) -> JsonKind {
    match value {
        Value::Null => JsonKind::Null,
        Value::Bool(_) => JsonKind::Bool,
        Value::Number(_) => JsonKind::Number,
        Value::String(_) => JsonKind::String,
        Value::Array(_) => JsonKind::Array,
        Value::Object(_) => JsonKind::Object,
    }
}

/// `value` as JSON, with a long string cut (see [`clip_quoted`]).
fn shown(value: &Value) -> String {
    clip_quoted(&value.to_string())
}

/// `message` with every quoted run (between `"`, as JSON and [`text::quoted`] quote, or
/// between backticks, as serde quotes a key or word) cut to [`MAX_QUOTED_CHARS`] and "…".
fn clip_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(1024));
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '"' && c != '`' {
            continue;
        }
        let mut kept = 0;
        let mut escaped = false;
        for inner in chars.by_ref() {
            let closes = inner == c && !escaped;
            escaped = c == '"' && inner == '\\' && !escaped;
            if closes {
                out.push(inner);
                break;
            }
            kept += 1;
            if kept <= MAX_QUOTED_CHARS {
                out.push(inner);
            } else if kept == MAX_QUOTED_CHARS + 1 {
                out.push('…');
            }
        }
    }
    out
}

/// A path with each over-long key cut as [`clip_quoted`] cuts a value.
fn clip_path(path: &str) -> String {
    if path.chars().count() <= MAX_QUOTED_CHARS * 2 {
        return path.to_owned();
    }
    path.split('.')
        .map(|key| match key.char_indices().nth(MAX_QUOTED_CHARS) {
            Some((cut, _)) => format!("{}…", &key[..cut]),
            None => key.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

fn normalize_text(value: &mut Value) {
    match value {
        Value::String(s) if !text::is_normalized(s) => *s = text::normalize(s),
        Value::Object(map) => map.values_mut().for_each(normalize_text),
        Value::Array(items) => items.iter_mut().for_each(normalize_text),
        _ => {}
    }
}
