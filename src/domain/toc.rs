//! A pasted table of contents, one chapter per line, read into chapters: "3. 저장소와
//! 검색", "Chapter 3: Storage", "제3장 저장소", "03 - Storage" or just "저장소와 검색"
//! (numbered after the one before). Page numbers after dot leaders are dropped, and so are
//! the headings of parts ("1부 스프링 기초", "Part II: Distributed Data"), which group
//! chapters but are not chapters.

use super::study::Chapter;
use super::text::normalize;

/// The chapters in `text`. Lines without a number continue from the previous number, the
/// first from `next_number`. Blank lines are skipped.
pub fn parse_toc(text: &str, next_number: u32) -> Vec<Chapter> {
    let mut next = next_number.max(1);
    let mut chapters = Vec::new();
    for line in normalize(text).lines() {
        let line = strip_page_number(line.trim());
        if line.is_empty() || is_part_heading(line) {
            continue;
        }
        let (number, title) = match split_number(line) {
            Some((n, title)) if !title.is_empty() => (n, title),
            // A line that is only a number is a title that happens to be one.
            _ => (next, line),
        };
        chapters.push(Chapter::new(number, title.trim()));
        next = number.saturating_add(1);
    }
    chapters
}

/// `1부 ...`, `제2부 ...`, `Part 3 ...` or `Part IV: ...`.
fn is_part_heading(line: &str) -> bool {
    let korean = line.strip_prefix('제').unwrap_or(line);
    let digits = korean.len()
        - korean
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    if digits > 0 && korean[digits..].starts_with('부') {
        let after = &korean[digits + '부'.len_utf8()..];
        return after.is_empty() || after.starts_with([' ', '.', ':', '\t']);
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
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
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

    fn titles(text: &str, next: u32) -> Vec<(u32, String)> {
        parse_toc(text, next)
            .into_iter()
            .map(|c| (c.number, c.title))
            .collect()
    }

    #[test]
    fn numbered_lines_in_many_styles() {
        let toc = "1. 신뢰할 수 있고 확장 가능하며 유지보수하기 쉬운 애플리케이션\n\
                   2장 데이터 모델과 질의 언어\n\
                   제3장 저장소와 검색\n\
                   Chapter 4: Encoding and Evolution\n\
                   05 - Replication\n\
                   6) Partitioning\n";
        assert_eq!(
            titles(toc, 1),
            vec![
                (
                    1,
                    "신뢰할 수 있고 확장 가능하며 유지보수하기 쉬운 애플리케이션".to_owned()
                ),
                (2, "데이터 모델과 질의 언어".to_owned()),
                (3, "저장소와 검색".to_owned()),
                (4, "Encoding and Evolution".to_owned()),
                (5, "Replication".to_owned()),
                (6, "Partitioning".to_owned()),
            ]
        );
    }

    #[test]
    fn lines_without_numbers_continue_the_count() {
        assert_eq!(
            titles(
                "\n트랜잭션\n\n분산 시스템의 골칫거리\n9. 일관성과 합의\n일괄 처리\n",
                7
            ),
            vec![
                (7, "트랜잭션".to_owned()),
                (8, "분산 시스템의 골칫거리".to_owned()),
                (9, "일관성과 합의".to_owned()),
                (10, "일괄 처리".to_owned()),
            ]
        );
    }

    #[test]
    fn page_numbers_are_dropped_but_numbers_in_titles_stay() {
        assert_eq!(
            titles(
                "1. 시작하기 .......... 23\n2. 소유권\t45\n3. HTTP 2\n4. 2024년 회고",
                1
            ),
            vec![
                (1, "시작하기".to_owned()),
                (2, "소유권".to_owned()),
                (3, "HTTP 2".to_owned()),
                (4, "2024년 회고".to_owned()),
            ]
        );
    }

    #[test]
    fn part_headings_are_not_chapters() {
        assert_eq!(
            titles(
                "1부 스프링 기초\n1장 오브젝트와 의존관계\n2장 테스트\n제2부 스프링 활용\n3장 템플릿\n부록 A 마이바티스",
                1
            ),
            vec![
                (1, "오브젝트와 의존관계".to_owned()),
                (2, "테스트".to_owned()),
                (3, "템플릿".to_owned()),
                (4, "부록 A 마이바티스".to_owned()),
            ]
        );
        assert_eq!(
            titles(
                "Part I: Foundations\n1. Reliable\nPart 2\n2. Replication\nParty planning",
                1
            ),
            vec![
                (1, "Reliable".to_owned()),
                (2, "Replication".to_owned()),
                (3, "Party planning".to_owned()),
            ]
        );
    }

    #[test]
    fn decomposed_hangul_and_crlf_are_normalised() {
        let nfd = "1. 저장소\r\n2. 검색";
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd(nfd).collect();
        assert_eq!(
            titles(&nfd, 1),
            vec![(1, "저장소".to_owned()), (2, "검색".to_owned())]
        );
    }
}
