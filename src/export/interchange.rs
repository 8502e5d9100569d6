//! The interchange format (`interchange.md`): a versioned JSON document of studies. Parsing
//! is strict (an unknown key is an error naming its path) and checks every reference, so a
//! document that parses can be stored as it is.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::{Problem, Study, text, validate_study};

pub const FORMAT: &str = "studylog";
pub const VERSION: u64 = 1;

/// How many problems one error message lists before it says how many more there are.
const MAX_LISTED_PROBLEMS: usize = 20;

#[derive(Serialize)]
struct DocumentOut<'a> {
    format: &'static str,
    version: u64,
    studies: &'a [Study],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentIn {
    #[serde(rename = "format")]
    _format: String,
    #[serde(rename = "version")]
    _version: u64,
    #[serde(default)]
    studies: Vec<Study>,
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
    NotStudylog { found: String },
    #[error(
        "written by a newer studylog (format version {found}; this version reads {VERSION}); update studylog to import it"
    )]
    NewerVersion { found: u64 },
    #[error("\"version\" is {found}, but studylog files start at version 1")]
    BadVersion { found: String },
    #[error("not a valid studylog file:\n{}", list_problems(.0))]
    Invalid(Vec<Problem>),
}

fn list_problems(problems: &[Problem]) -> String {
    let mut out: Vec<String> = problems
        .iter()
        .take(MAX_LISTED_PROBLEMS)
        .map(|p| format!("  {p}"))
        .collect();
    if problems.len() > MAX_LISTED_PROBLEMS {
        out.push(format!(
            "  ... and {} more problems",
            problems.len() - MAX_LISTED_PROBLEMS
        ));
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
pub fn parse(json: &str) -> Result<Vec<Study>, InterchangeError> {
    let mut value: Value = serde_json::from_str(json).map_err(|e| InterchangeError::Syntax {
        message: syntax_message(&e),
        line: e.line(),
        column: e.column(),
    })?;
    check_envelope(&value)?;
    strip_nulls(&mut value);
    normalize_text(&mut value);

    let doc: DocumentIn = serde_path_to_error::deserialize(&value).map_err(|e| {
        let found = value.pointer(&json_pointer(e.path()));
        InterchangeError::Invalid(vec![Problem {
            path: e.path().to_string(),
            message: field_message(e.path(), e.inner(), found),
        }])
    })?;

    let mut problems = Vec::new();
    for (i, study) in doc.studies.iter().enumerate() {
        if let Some(first) = doc.studies[..i].iter().position(|s| s.name == study.name) {
            problems.push(Problem {
                path: format!("studies[{i}].name"),
                message: format!(
                    "{:?} is also the name of studies[{first}]; study names must be unique",
                    study.name
                ),
            });
        }
        problems.extend(validate_study(study).into_iter().map(|p| Problem {
            path: format!("studies[{i}].{}", p.path),
            message: p.message,
        }));
    }
    if problems.is_empty() {
        Ok(doc.studies)
    } else {
        Err(InterchangeError::Invalid(problems))
    }
}

fn syntax_message(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; the error says that in its own words.
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_owned(),
        None => full,
    }
}

/// The message for a field that does not fit its type, in the user's terms: serde's and
/// chrono's messages talk about `u64` and "input is out of range".
fn field_message(
    path: &serde_path_to_error::Path,
    e: &serde_json::Error,
    found: Option<&Value>,
) -> String {
    let message = e.to_string();
    let key = match path.iter().next_back() {
        Some(serde_path_to_error::Segment::Map { key }) => key.as_str(),
        _ => "",
    };
    let shown = found.map_or_else(String::new, Value::to_string);
    if let Some((head, rest)) = message.split_once(", expected")
        && head.starts_with("unknown field")
    {
        return format!("{head} (expected{rest})");
    }
    if key.ends_with("_on") && found.is_some_and(Value::is_string) {
        return format!("{shown} is not a date; write it as YYYY-MM-DD, such as 2025-01-12");
    }
    if key == "drawn_at" && found.is_some_and(Value::is_string) {
        return format!(
            "{shown} is not an RFC 3339 timestamp; write it like 2025-01-11T21:02:13+09:00"
        );
    }
    if message.starts_with("invalid value: integer") {
        return format!("{shown} is out of range; this must be a whole number, 0 or more");
    }
    message
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
            found: format!("the document is {}, not an object", kind_of(value)),
        });
    };
    match object.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(InterchangeError::NotStudylog {
                found: format!("\"format\" is {other}"),
            });
        }
        None => {
            return Err(InterchangeError::NotStudylog {
                found: "it has no \"format\" key".to_owned(),
            });
        }
    }
    match object.get("version") {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(VERSION) => Ok(()),
            Some(found) if found > VERSION => Err(InterchangeError::NewerVersion { found }),
            _ => Err(InterchangeError::BadVersion {
                found: n.to_string(),
            }),
        },
        Some(other) => Err(InterchangeError::BadVersion {
            found: other.to_string(),
        }),
        None => Err(InterchangeError::BadVersion {
            found: "missing".to_owned(),
        }),
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A `null` member means "not given": the same as leaving the key out.
fn strip_nulls(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(strip_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_nulls),
        _ => {}
    }
}

fn normalize_text(value: &mut Value) {
    match value {
        Value::String(s) if !text::is_normalized(s) => *s = text::normalize(s),
        Value::Object(map) => map.values_mut().for_each(normalize_text),
        Value::Array(items) => items.iter_mut().for_each(normalize_text),
        _ => {}
    }
}
