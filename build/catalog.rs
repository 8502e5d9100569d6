//! Reading and checking the message catalogs (`assets/i18n/*.toml`). Shared by the build
//! script, which turns the catalogs into Rust (`Msg` and one method per message with
//! placeholders), and by `tests/catalog.rs`, which shows the checks catch what they should.
//!
//! A message is a TOML string under a section: `[status] saved = "Saved {what}."`. Its key is
//! `status.saved`. A placeholder is `{name}`, or `{name:을}` in Korean for the name followed by
//! the particle it takes (`정민재를`, `Kafka를`); `{{` and `}}` are literal braces.

use std::collections::BTreeMap;

/// One piece of a message: literal text or a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    /// A placeholder, with the Korean particle that follows it, if any (`을`, `(으)로`).
    Slot {
        name: String,
        particle: Option<Particle>,
    },
}

/// A language's catalog: each key with its message cut into pieces, in key order.
pub type Catalog = BTreeMap<String, Vec<Piece>>;

/// The particles a placeholder may take, read as the post's templates read them: the
/// build and the app share the one module. (Its own tests run again where this file is
/// included in a test.)
#[path = "../src/domain/particle.rs"]
#[allow(dead_code)]
mod particle;

pub use particle::Particle;

/// The catalog in `text` (TOML), or every problem found reading it.
pub fn parse(text: &str) -> Result<Catalog, Vec<String>> {
    let table: toml::Table = text
        .parse()
        .map_err(|e| vec![format!("not valid TOML: {e}")])?;
    let mut catalog = Catalog::new();
    let mut problems = Vec::new();
    flatten("", &table, &mut catalog, &mut problems);
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(problems)
    }
}

fn flatten(prefix: &str, table: &toml::Table, out: &mut Catalog, problems: &mut Vec<String>) {
    for (name, value) in table {
        let key = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        if !is_snake_case(name) {
            problems.push(format!("{key}: a key is lower-case words joined by `_`"));
            continue;
        }
        match value {
            toml::Value::Table(inner) => flatten(&key, inner, out, problems),
            toml::Value::String(message) => match pieces(message) {
                Ok(pieces) => {
                    out.insert(key, pieces);
                }
                Err(problem) => problems.push(format!("{key}: {problem}")),
            },
            _ => problems.push(format!("{key}: a message is a string")),
        }
    }
}

fn is_snake_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// `message` cut into text and placeholders.
pub fn pieces(message: &str) -> Result<Vec<Piece>, String> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                text.push('}');
            }
            '}' => return Err("a lone `}`: write `}}` for a brace".to_owned()),
            '{' => {
                let mut inside = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(c) => inside.push(c),
                        None => return Err("a `{` without its `}`".to_owned()),
                    }
                }
                if !text.is_empty() {
                    out.push(Piece::Text(std::mem::take(&mut text)));
                }
                out.push(slot(&inside)?);
            }
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
    Ok(out)
}

fn slot(inside: &str) -> Result<Piece, String> {
    let (name, particle) = match inside.split_once(':') {
        Some((name, particle)) => (name, Some(particle)),
        None => (inside, None),
    };
    if !is_snake_case(name) {
        return Err(format!(
            "`{{{inside}}}`: a placeholder is a lower-case name, like `{{title}}`"
        ));
    }
    let particle = match particle {
        None => None,
        Some(written) => Some(Particle::parse(written).ok_or_else(|| {
            format!(
                "`{{{inside}}}`: {written} is not a particle studylog knows \
                 (을/를, 이/가, 은/는, 과/와, (으)로, (이)라, 이었/였)"
            )
        })?),
    };
    Ok(Piece::Slot {
        name: name.to_owned(),
        particle,
    })
}

/// The placeholders of a message, each once, in the order they first appear.
pub fn slots(pieces: &[Piece]) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for piece in pieces {
        if let Piece::Slot { name, .. } = piece
            && !names.contains(&name.as_str())
        {
            names.push(name);
        }
    }
    names
}

/// Every way `other` (named `other_name`) differs from `reference`: a key missing or extra, a
/// placeholder missing or extra. Empty when the two can be used in each other's place.
pub fn differences(reference: &Catalog, other: &Catalog, other_name: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (key, pieces) in reference {
        let Some(translated) = other.get(key) else {
            problems.push(format!("{other_name} has no {key}"));
            continue;
        };
        let mut expected = slots(pieces);
        let mut found = slots(translated);
        expected.sort_unstable();
        found.sort_unstable();
        if expected != found {
            problems.push(format!(
                "{other_name} {key} has the placeholders {{{}}}, the reference {{{}}}",
                found.join("}, {"),
                expected.join("}, {")
            ));
        }
    }
    for key in other.keys().filter(|key| !reference.contains_key(*key)) {
        problems.push(format!(
            "{other_name} has {key}, which the reference does not"
        ));
    }
    problems
}
