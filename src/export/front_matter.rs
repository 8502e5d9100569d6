//! The block at the top of a post that a static blog reads: YAML between `---` lines for
//! Gatsby, Hugo and Jekyll, TOML between `+++` lines for Zola. Every string is written
//! quoted and escaped, so a title with `: " ' # --- \` or a line break reads back the same.

use chrono::{FixedOffset, NaiveDate, NaiveTime};

pub use crate::domain::Flavor;

#[derive(Debug, Clone, PartialEq)]
pub struct FrontMatter {
    pub title: String,
    pub date: NaiveDate,
    /// The writer's UTC offset, for flavours whose date carries one (Hugo).
    pub offset: FixedOffset,
    pub category: String,
    pub draft: bool,
}

impl FrontMatter {
    /// The block, ending with a blank line; empty for `Flavor::None`.
    pub fn render(&self, flavor: Flavor) -> String {
        let title = yaml_string(&self.title);
        let category = yaml_string(&self.category);
        let block = match flavor {
            Flavor::None => return String::new(),
            Flavor::Gatsby => format!(
                "---\ntitle: {title}\ndate: \"{} 00:00:00\"\ncategory: {category}\ndraft: {}\n---\n",
                self.date, self.draft
            ),
            Flavor::Hugo => {
                let midnight = self
                    .date
                    .and_time(NaiveTime::MIN)
                    .and_local_timezone(self.offset)
                    .single()
                    .map_or_else(|| format!("{}T00:00:00Z", self.date), |d| d.to_rfc3339());
                format!(
                    "---\ntitle: {title}\ndate: {midnight}\ndraft: {}\ncategories: [{category}]\n---\n",
                    self.draft
                )
            }
            Flavor::Jekyll => {
                // Jekyll has no `draft` key; `published: false` keeps a post off the site.
                let published = if self.draft { "published: false\n" } else { "" };
                format!(
                    "---\nlayout: post\ntitle: {title}\ndate: {}\ncategories: [{category}]\n{published}---\n",
                    self.date
                )
            }
            Flavor::Zola => format!(
                "+++\ntitle = {}\ndate = {}\ndraft = {}\n\n[taxonomies]\ncategories = [{}]\n+++\n",
                toml_string(&self.title),
                self.date,
                self.draft,
                toml_string(&self.category)
            ),
        };
        block + "\n"
    }
}

/// A YAML double-quoted scalar. Beyond `"` and `\`, everything YAML would fold, treat as a
/// line break or refuse as unprintable is escaped by code point.
pub fn yaml_string(text: &str) -> String {
    quoted(text, yaml_printable)
}

/// YAML 1.2's printable set, less the characters YAML 1.1 parsers take for line breaks
/// (NEL, LS, PS) and the byte order mark.
fn yaml_printable(c: char) -> bool {
    matches!(c as u32,
        0x20..=0x7E | 0xA0..=0x2027 | 0x202A..=0xD7FF | 0xE000..=0xFEFE | 0xFF00..=0xFFFD
        | 0x10000..=0x10FFFF)
}

/// A TOML basic string: `"` and `\` escaped, and every control character by code point.
pub fn toml_string(text: &str) -> String {
    quoted(text, |c| !c.is_control())
}

/// `text` between double quotes with the escapes YAML and TOML share: `\"`, `\\`, `\n`,
/// `\t`, and `\uXXXX` / `\UXXXXXXXX` for every character `literal` refuses.
fn quoted(text: &str, literal: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if literal(c) => out.push(c),
            c if (c as u32) <= 0xFFFF => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push_str(&format!("\\U{:08X}", c as u32)),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(title: &str) -> FrontMatter {
        FrontMatter {
            title: title.into(),
            date: NaiveDate::from_ymd_opt(2025, 3, 30).expect("date"),
            offset: FixedOffset::east_opt(9 * 3600).expect("offset"),
            category: "essay".into(),
            draft: true,
        }
    }

    #[test]
    fn gatsby_is_the_documented_block() {
        assert_eq!(
            sample("DDIA 회고").render(Flavor::Gatsby),
            "---\ntitle: \"DDIA 회고\"\ndate: \"2025-03-30 00:00:00\"\ncategory: \"essay\"\ndraft: true\n---\n\n"
        );
    }

    #[test]
    fn hugo_dates_carry_the_writers_offset() {
        assert!(
            sample("t")
                .render(Flavor::Hugo)
                .contains("date: 2025-03-30T00:00:00+09:00\n")
        );
    }

    #[test]
    fn jekyll_unpublishes_drafts_and_zola_uses_toml() {
        assert!(
            sample("t")
                .render(Flavor::Jekyll)
                .contains("layout: post\n")
        );
        assert!(
            sample("t")
                .render(Flavor::Jekyll)
                .contains("published: false\n")
        );
        let zola = sample("t").render(Flavor::Zola);
        assert!(
            zola.starts_with("+++\ntitle = \"t\"\ndate = 2025-03-30\n"),
            "{zola}"
        );
        assert!(zola.contains("[taxonomies]\ncategories = [\"essay\"]\n+++\n"));
        assert_eq!(sample("t").render(Flavor::None), "");
    }

    #[test]
    fn awkward_characters_are_escaped() {
        assert_eq!(
            yaml_string("a \"b\" \\ c\nd\u{85}"),
            "\"a \\\"b\\\" \\\\ c\\nd\\u0085\""
        );
        assert_eq!(
            toml_string("a \"b\" \\\u{7f}"),
            "\"a \\\"b\\\" \\\\\\u007F\""
        );
    }
}
