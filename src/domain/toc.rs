//! A pasted table of contents, one chapter per line, read into chapters: "3. 저장소와
//! 검색", "Chapter 3: Storage", "제3장 저장소", "03 - Storage" or just "저장소와 검색".
//! Page numbers after dot leaders are dropped; the headings of parts ("1부 스프링 기초",
//! "Part II: Distributed Data") and of sections ("13.1 해시 인덱스", "1-1 개요", "§ 4")
//! are skipped and counted, since only chapters are added.
//!
//! A line without a number is never numbered silently: the result says which chapters got a
//! number that was not in the text, and which lines were taken as the rest of a title.

mod line;

use super::study::Chapter;
use super::text::normalize;
use line::TocLine;

/// What a table of contents adds, and what it skipped, for the person to check first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Toc {
    pub entries: Vec<TocEntry>,
    pub part_headings: usize,
    pub sections: usize,
    /// What was read differently from how it looks, one note per line, in line order.
    pub notes: Vec<TocNote>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TocEntry {
    pub chapter: Chapter,
    /// Where it is in the text, counting from 1.
    pub line: usize,
    /// The text gave no number: this one follows the chapter before it.
    pub numbered_here: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TocNote {
    /// A line without a number among numbered ones, numbered after the chapter above it.
    Numbered { line: usize, number: u32 },
    /// A line without a number followed by the chapter its number would be: the rest of
    /// the title above it, wrapped when the text was copied.
    Joined { line: usize, number: u32 },
    /// A line without a number after a skipped heading or section: the rest of it.
    Skipped { line: usize },
}

impl Toc {
    pub fn chapters(&self) -> Vec<Chapter> {
        self.entries.iter().map(|e| e.chapter.clone()).collect()
    }

    /// No line had a number: the chapters were numbered in order.
    pub fn numbered_in_order(&self) -> bool {
        !self.entries.is_empty() && self.entries.iter().all(|e| e.numbered_here)
    }
}

/// What was on the line before, for reading a line without a number.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Before {
    Nothing,
    Chapter,
    Skipped,
}

/// A title as pasted, with its runs of white space (tabs from a copied table, double
/// spaces) made one space: a title is one line of plain words.
fn tidy(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads `text`; a line without a number follows the chapter before it, the first from
/// `next_number`. Blank lines are skipped.
pub fn read_toc(text: &str, next_number: u32) -> Toc {
    let text = normalize(text);
    let lines: Vec<TocLine> = text.lines().map(TocLine::read).collect();
    let any_numbered = lines.iter().any(|l| matches!(l, TocLine::Chapter(..)));
    let mut toc = Toc::default();
    let mut next = next_number.max(1);
    let mut before = Before::Nothing;
    for (i, line) in lines.iter().enumerate() {
        let line_number = i + 1;
        match *line {
            TocLine::Blank => {
                // A title is not wrapped across an empty line.
                before = Before::Nothing;
                continue;
            }
            TocLine::Part => toc.part_headings += 1,
            TocLine::Section => toc.sections += 1,
            TocLine::Chapter(number, title) => toc.entries.push(TocEntry {
                chapter: Chapter::new(number, tidy(title)),
                line: line_number,
                numbered_here: false,
            }),
            TocLine::Unnumbered(title) => {
                let next_in_text = lines[i + 1..].iter().find_map(|l| match l {
                    TocLine::Chapter(n, _) => Some(*n),
                    _ => None,
                });
                let wrapped = next_in_text == Some(next);
                match (before, toc.entries.last_mut()) {
                    (Before::Chapter, Some(above)) if wrapped => {
                        above.chapter.title = format!("{} {}", above.chapter.title, tidy(title));
                        toc.notes.push(TocNote::Joined {
                            line: line_number,
                            number: above.chapter.number,
                        });
                        continue;
                    }
                    (Before::Skipped, _) if wrapped => {
                        toc.notes.push(TocNote::Skipped { line: line_number });
                        continue;
                    }
                    _ => {}
                }
                if any_numbered {
                    toc.notes.push(TocNote::Numbered {
                        line: line_number,
                        number: next,
                    });
                }
                toc.entries.push(TocEntry {
                    chapter: Chapter::new(next, tidy(title)),
                    line: line_number,
                    numbered_here: true,
                });
            }
        }
        before = match line {
            TocLine::Part | TocLine::Section => Before::Skipped,
            _ => Before::Chapter,
        };
        if let Some(last) = toc.entries.last() {
            next = last.chapter.number.saturating_add(1);
        }
    }
    toc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str, next: u32) -> Vec<(u32, String)> {
        read_toc(text, next)
            .chapters()
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

    #[test]
    fn sections_are_skipped_and_counted_with_part_headings() {
        let toc = "1부 기초\n\
                   1장 신뢰할 수 있는 애플리케이션 ..... 3\n\
                   1.1 신뢰성\n\
                   1.2 확장성 .... 12\n\
                   1.2.1 부하 기술하기\n\
                   2장 데이터 모델\n\
                   2-1 관계형 모델\n\
                   § 2 Query languages\n\
                   §2.1 SQL\n\
                   제2부 분산 데이터\n\
                   Chapter 13: Consistency\n\
                   13.1 Linearizability\n";
        let read = read_toc(toc, 1);
        assert_eq!(
            titles(toc, 1),
            vec![
                (1, "신뢰할 수 있는 애플리케이션".to_owned()),
                (2, "데이터 모델".to_owned()),
                (13, "Consistency".to_owned()),
            ]
        );
        assert_eq!((read.part_headings, read.sections), (2, 7));
        assert!(read.notes.is_empty(), "{:?}", read.notes);
        let one = read_toc("1. 하나\n1.1 절", 1);
        assert_eq!((one.entries.len(), one.sections), (1, 1));
    }

    #[test]
    fn a_line_without_a_number_among_numbered_ones_is_said() {
        let read = read_toc("1. 시작하기\n2. 추리 게임\n소유권 이해하기 .... 85\n", 1);
        assert_eq!(read.entries[2].chapter.number, 3);
        assert!(read.entries[2].numbered_here);
        assert!(!read.entries[0].numbered_here);
        assert_eq!(read.notes, vec![TocNote::Numbered { line: 3, number: 3 }]);
    }

    #[test]
    fn a_title_wrapped_onto_the_next_line_is_joined() {
        let read = read_toc(
            "1. 신뢰할 수 있고 확장 가능하며\n유지보수하기 쉬운 애플리케이션\n2. 데이터 모델\n\
             2.1 관계형 모델과\n문서 모델\n3. 저장소",
            1,
        );
        assert_eq!(
            titles(
                "1. 신뢰할 수 있고 확장 가능하며\n유지보수하기 쉬운 애플리케이션\n2. 데이터 모델",
                1
            )[0],
            (
                1,
                "신뢰할 수 있고 확장 가능하며 유지보수하기 쉬운 애플리케이션".to_owned()
            )
        );
        assert_eq!(read.entries.len(), 3);
        assert_eq!(
            read.notes,
            vec![
                TocNote::Joined { line: 2, number: 1 },
                TocNote::Skipped { line: 5 }
            ]
        );
    }

    #[test]
    fn tabs_and_runs_of_spaces_in_a_title_become_one_space() {
        assert_eq!(
            titles("4. 주석\t쓰는 법\n5.  형식   맞추기", 1),
            vec![
                (4, "주석 쓰는 법".to_owned()),
                (5, "형식 맞추기".to_owned())
            ]
        );
    }

    #[test]
    fn a_toc_without_numbers_is_numbered_in_order_and_says_so() {
        let read = read_toc("부록 A. 더 읽을거리\n부록 B", 13);
        assert!(read.numbered_in_order());
        assert!(read.notes.is_empty());
        assert_eq!(
            (
                read.entries[0].chapter.number,
                read.entries[1].chapter.number
            ),
            (13, 14)
        );
    }
}
