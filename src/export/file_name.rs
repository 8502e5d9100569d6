//! The name a post is written under, as static blogs expect it: `YYYY-MM-DD-<slug>.md`.

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

/// Longest slug, in characters: long enough to read, short enough for any file system
/// (a Hangul syllable is 3 bytes in UTF-8; 60 of them stay well under 255 bytes).
const MAX_SLUG_CHARS: usize = 60;

/// `2025-04-06-ddia-reading-group.md`. Letters and digits of any script are kept (a Korean
/// name stays Korean), lower-cased; everything else becomes a single `-`.
pub fn post_file_name(study_name: &str, date: NaiveDate) -> String {
    format!("{}-{}.md", date.format("%Y-%m-%d"), slug(study_name))
}

pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    let mut dash = false;
    for c in text.nfc().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if dash && !slug.is_empty() {
                slug.push('-');
            }
            dash = false;
            slug.push(c);
        } else {
            dash = true;
        }
    }
    let slug: String = slug.chars().take(MAX_SLUG_CHARS).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "study".to_owned()
    } else {
        slug.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_slugs_people_can_read() {
        assert_eq!(slug("DDIA reading group"), "ddia-reading-group");
        assert_eq!(
            slug("데이터 중심 애플리케이션 설계 읽기"),
            "데이터-중심-애플리케이션-설계-읽기"
        );
        assert_eq!(slug("  C++ / Rust: 2025!  "), "c-rust-2025");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("🙂🙂"), "study");
    }

    #[test]
    fn decomposed_hangul_is_composed() {
        let nfd: String = "회고".nfd().collect();
        assert_eq!(slug(&nfd), "회고");
    }

    #[test]
    fn the_file_name_starts_with_the_date() {
        let date = NaiveDate::from_ymd_opt(2025, 4, 6).expect("date");
        assert_eq!(post_file_name("DDIA", date), "2025-04-06-ddia.md");
        let long = "가".repeat(300);
        let name = post_file_name(&long, date);
        assert!(name.len() < 255, "{} bytes", name.len());
    }
}
