//! Turns the message catalogs into Rust, so that a message is a name the compiler checks:
//! `Msg::TabsChapters` for a message without placeholders, `tr.delete_done(what)` for one
//! with them (a forgotten or misspelled argument does not compile). The build stops when the
//! Korean catalog lacks a key of the English one, has one more, or has other placeholders.

use std::fmt::Write as _;
use std::path::Path;

#[path = "build/catalog.rs"]
mod catalog;

use catalog::{Catalog, Piece};

/// The catalogs, the reference (English) first; the order of `Lang`'s variants.
const LANGUAGES: &[(&str, &str)] = &[("En", "assets/i18n/en.toml"), ("Ko", "assets/i18n/ko.toml")];

fn main() {
    let mut catalogs = Vec::new();
    let mut problems = Vec::new();
    for (variant, path) in LANGUAGES {
        println!("cargo::rerun-if-changed={path}");
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| fail(&[format!("{path}: {e}")]));
        match catalog::parse(&text) {
            Ok(catalog) => catalogs.push((*variant, catalog)),
            Err(found) => problems.extend(found.into_iter().map(|p| format!("{path}: {p}"))),
        }
    }
    println!("cargo::rerun-if-changed=build/catalog.rs");
    println!("cargo::rerun-if-changed=src/domain/particle.rs");
    if problems.is_empty() {
        let reference = &catalogs[0].1;
        for (i, (_, other)) in catalogs.iter().enumerate().skip(1) {
            problems.extend(catalog::differences(reference, other, LANGUAGES[i].1));
        }
    }
    if !problems.is_empty() {
        fail(&problems);
    }
    let code = generate(&catalogs);
    let out = std::env::var_os("OUT_DIR").unwrap_or_else(|| fail(&["OUT_DIR is not set".into()]));
    let target = Path::new(&out).join("catalog.rs");
    std::fs::write(&target, code).unwrap_or_else(|e| fail(&[format!("{}: {e}", target.display())]));
}

fn fail(problems: &[String]) -> ! {
    for problem in problems {
        println!("cargo::error=message catalog: {problem}");
    }
    std::process::exit(1)
}

fn generate(catalogs: &[(&str, Catalog)]) -> String {
    let reference = &catalogs[0].1;
    let plain: Vec<&String> = reference
        .iter()
        .filter(|(_, pieces)| catalog::slots(pieces).is_empty())
        .map(|(key, _)| key)
        .collect();
    let mut code = String::new();
    code.push_str("/// A message without placeholders. Its text in a language: [`Tr::get`].\n");
    code.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Msg {\n");
    for key in &plain {
        let _ = writeln!(code, "    /// {}", doc(&reference[*key]));
        let _ = writeln!(code, "    {},", camel(key));
    }
    code.push_str("}\n\nimpl Msg {\n");
    code.push_str("    /// Every message, in the catalog's key order.\n");
    code.push_str("    pub const ALL: &'static [Msg] = &[\n");
    for key in &plain {
        let _ = writeln!(code, "        Msg::{},", camel(key));
    }
    code.push_str("    ];\n\n    /// The message's key in the catalogs: `tabs.chapters`.\n");
    code.push_str("    pub const fn key(self) -> &'static str {\n        match self {\n");
    for key in &plain {
        let _ = writeln!(code, "            Msg::{} => {key:?},", camel(key));
    }
    code.push_str("        }\n    }\n\n");
    code.push_str("    /// The message in `lang`.\n");
    code.push_str(
        "    pub const fn text(self, lang: Lang) -> &'static str {\n        match lang {\n",
    );
    for (variant, catalog) in catalogs {
        let _ = writeln!(code, "            Lang::{variant} => match self {{");
        for key in &plain {
            let text = literal_text(&catalog[*key]);
            let _ = writeln!(code, "                Msg::{} => {text:?},", camel(key));
        }
        code.push_str("            },\n");
    }
    code.push_str("        }\n    }\n}\n\nimpl Tr {\n");
    for (key, pieces) in reference {
        let slots = catalog::slots(pieces);
        if slots.is_empty() {
            continue;
        }
        let _ = writeln!(code, "    /// {}", doc(pieces));
        let params: Vec<String> = slots
            .iter()
            .map(|s| format!("{s}: impl std::fmt::Display"))
            .collect();
        let _ = writeln!(
            code,
            "    pub fn {}(self, {}) -> String {{",
            key.replace('.', "_"),
            params.join(", ")
        );
        for slot in &slots {
            let _ = writeln!(code, "        let {slot} = {slot}.to_string();");
        }
        code.push_str("        match self.lang {\n");
        for (variant, catalog) in catalogs {
            let _ = writeln!(
                code,
                "            Lang::{variant} => {},",
                format_call(&catalog[key])
            );
        }
        code.push_str("        }\n    }\n\n");
    }
    code.push_str("}\n");
    code
}

/// `tabs.chapters` → `TabsChapters`.
fn camel(key: &str) -> String {
    key.split(['.', '_'])
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn literal_text(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.as_str(),
            Piece::Slot { .. } => "",
        })
        .collect()
}

/// The message for a doc comment, on one line.
fn doc(pieces: &[Piece]) -> String {
    let text: String = pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.clone(),
            Piece::Slot { name, .. } => format!("{{{name}}}"),
        })
        .collect();
    let line = text.replace('\n', " ");
    format!("`{}`", line.replace('`', "'"))
}

/// `format!(...)` building the message from its pieces (each placeholder a `String` by then).
fn format_call(pieces: &[Piece]) -> String {
    let mut template = String::new();
    let mut args = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Text(text) => template.push_str(&text.replace('{', "{{").replace('}', "}}")),
            Piece::Slot { name, particle } => {
                template.push_str("{}");
                args.push(match particle {
                    None => format!("&{name}"),
                    Some(particle) => format!(
                        "crate::domain::particle::with_particle(&{name}, crate::domain::particle::Particle::{particle:?})"
                    ),
                });
            }
        }
    }
    if args.is_empty() {
        return format!("{template:?}.to_owned()");
    }
    // A message that is only a placeholder (`"{message}"`) is that value, already a String.
    if let (
        [
            Piece::Slot {
                name,
                particle: None,
            },
        ],
        [_],
    ) = (pieces, args.as_slice())
    {
        return name.clone();
    }
    format!("format!({template:?}, {})", args.join(", "))
}
