//! What one line of a pasted table of contents is: a chapter, a heading that groups
//! chapters (a part), a heading inside a chapter (a section), or a title without a number.

/// One line of a table of contents, read on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TocLine<'a> {
    Blank,
    /// `1부 스프링 기초`, `Part II: Distributed Data`.
    Part,
    /// `13.1 해시 인덱스`, `1-1 개요`, `§ 4 Scope`, `제2절 트랜잭션`.
    Section,
    /// `3. 저장소와 검색`, `제3장 저장소`, `Chapter 3: Storage`.
    Chapter(u32, &'a str),
    /// A title with no number of its own.
    Unnumbered(&'a str),
}

impl<'a> TocLine<'a> {
    /// Reads a line already in NFC; page numbers after dot leaders are dropped.
    pub(super) fn read(line: &'a str) -> TocLine<'a> {
        let line = strip_page_number(line.trim());
        if line.is_empty() {
            TocLine::Blank
        } else if is_part_heading(line) {
            TocLine::Part
        } else if is_section(line) {
            TocLine::Section
        } else {
            match split_number(line) {
                Some((n, title)) if !title.is_empty() => TocLine::Chapter(n, title),
                // A line that is only a number is a title that happens to be one.
                _ => TocLine::Unnumbered(line),
            }
        }
    }
}

/// `1부 ...`, `제2부 ...`, `Part 3 ...` or `Part IV: ...`.
fn is_part_heading(line: &str) -> bool {
    if korean_unit(line) == Some('부') {
        return true;
    }
    let lower = line.to_lowercase();
    let Some(rest) = lower.strip_prefix("part ") else {
        return false;
    };
    let word = rest.split([' ', '.', ':', '\t']).next().unwrap_or_default();
    !word.is_empty()
        && (word.chars().all(|c| c.is_ascii_digit())
            || word.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l')))
}

/// A heading below a chapter: a dotted or dashed number (`13.1`, `1.2.3`, `1-1`), a
/// section sign (`§ 4`, `§4.2`), `Section 2` or `제2절`. Books number sections after their
/// chapter, so the first number alone would clash with the chapter's.
fn is_section(line: &str) -> bool {
    if line.starts_with('§') || korean_unit(line) == Some('절') {
        return true;
    }
    let lower = line.to_lowercase();
    if let Some(rest) = lower.strip_prefix("section ") {
        return rest.starts_with(|c: char| c.is_ascii_digit());
    }
    let digits = leading_digits(line);
    let mut after = line[digits..].chars();
    digits > 0
        && matches!(after.next(), Some('.' | '-' | '–'))
        && after.next().is_some_and(|c| c.is_ascii_digit())
}

/// The unit after a Korean number, as in `1부`, `제2절` or `3장`, when a space, a
/// separator or the end follows it (`1부터` is a title, not a part).
fn korean_unit(line: &str) -> Option<char> {
    let rest = line.strip_prefix('제').unwrap_or(line);
    let digits = leading_digits(rest);
    if digits == 0 {
        return None;
    }
    let mut after = rest[digits..].chars();
    let unit = after.next()?;
    let next = after.next();
    (matches!(unit, '부' | '장' | '절') && next.is_none_or(|c| matches!(c, ' ' | '.' | ':' | '\t')))
        .then_some(unit)
}

fn leading_digits(text: &str) -> usize {
    text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len()
}

/// `"1. Title"` → `(1, "Title")`, with the prefixes and separators tables of contents use.
fn split_number(line: &str) -> Option<(u32, &str)> {
    let lower = line.to_lowercase();
    let mut rest = line;
    for prefix in ["chapter", "ch.", "ch", "제"] {
        if lower.starts_with(prefix) {
            rest = line[prefix.len()..].trim_start();
            break;
        }
    }
    let digits = leading_digits(rest);
    if digits == 0 {
        return None;
    }
    let number: u32 = rest[..digits].parse().ok()?;
    let rest = rest[digits..]
        .trim_start_matches('장')
        .trim_start_matches(['.', ':', ')', '-', '–', '—', ' ', '\t']);
    if rest.len() == line.len() - digits && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    Some((number, rest.trim()))
}

/// `"Title ........ 23"` or `"Title\t23"` → `"Title"`.
fn strip_page_number(line: &str) -> &str {
    let without_digits = line.trim_end_matches(|c: char| c.is_ascii_digit());
    if without_digits.len() == line.len() {
        return line;
    }
    let before = without_digits.trim_end_matches([' ', '\t']);
    let leaders = before.trim_end_matches(['.', '·', '…']);
    if leaders.len() < before.len()
        || without_digits.ends_with('\t')
        || without_digits.ends_with("  ")
    {
        leaders.trim_end()
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_in_the_ways_books_number_them() {
        for line in [
            "13.1 해시 인덱스",
            "1-1 개요",
            "1.2.3 B 트리 만들기 ..... 87",
            "§ 4 Scope",
            "§4.2 Lifetimes",
            "Section 2: Setup",
            "제2절 트랜잭션",
            "3절 격리 수준",
        ] {
            assert_eq!(TocLine::read(line), TocLine::Section, "{line}");
        }
    }

    #[test]
    fn chapters_and_titles_are_not_sections() {
        assert_eq!(
            TocLine::read("05 - Replication"),
            TocLine::Chapter(5, "Replication")
        );
        assert_eq!(TocLine::read("3. HTTP 2"), TocLine::Chapter(3, "HTTP 2"));
        assert_eq!(
            TocLine::read("제3장 저장소와 검색"),
            TocLine::Chapter(3, "저장소와 검색")
        );
        assert_eq!(
            TocLine::read("1부터 시작하는 러스트"),
            TocLine::Unnumbered("1부터 시작하는 러스트")
        );
        assert_eq!(
            TocLine::read("Party planning"),
            TocLine::Unnumbered("Party planning")
        );
        assert_eq!(TocLine::read("Part IV: Derived"), TocLine::Part);
        assert_eq!(TocLine::read("  \t"), TocLine::Blank);
    }
}
