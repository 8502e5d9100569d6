//! The page of a table of contents to add: how many chapters, what was skipped, every line
//! read differently from how it looks, then each chapter with its number.

use ratatui::text::{Line, Span};

use crate::domain::toc::{Toc, TocNote};
use crate::i18n::{Msg, Tr};
use crate::ui::theme::Theme;
use crate::ui::widgets::wrap::wrap_lines;

/// The widest the preview grows: past this, a list of titles is hard to follow.
pub const MAX_WIDTH: u16 = 90;
/// `1234. `: the column titles start at, so wrapped titles stay clear of the numbers.
const NUMBER_WIDTH: usize = 6;

/// Every row of the preview in a window `window` cells wide.
pub fn rows(tr: Tr, theme: &Theme, toc: &Toc, window: u16) -> Vec<Line<'static>> {
    body(tr, theme, toc, window.min(MAX_WIDTH).saturating_sub(2))
}

/// `9 chapters; skipped 3 part headings and 12 sections`.
pub fn summary(tr: Tr, toc: &Toc) -> String {
    let chapters = match toc.entries.len() {
        1 => tr.get(Msg::TocOneChapter).to_owned(),
        n => tr.toc_chapters(n),
    };
    match skipped_headings(tr, toc) {
        skipped if skipped.is_empty() => chapters,
        skipped => tr.toc_summary_skipped(chapters, skipped),
    }
}

/// The headings a table of contents skipped: `2 part headings and 1 section`; empty when none.
pub fn skipped_headings(tr: Tr, toc: &Toc) -> String {
    let parts = match toc.part_headings {
        0 => None,
        1 => Some(tr.get(Msg::TocPartHeading).to_owned()),
        n => Some(tr.toc_part_headings(n)),
    };
    let sections = match toc.sections {
        0 => None,
        1 => Some(tr.get(Msg::TocSection).to_owned()),
        n => Some(tr.toc_sections(n)),
    };
    match (parts, sections) {
        (Some(parts), Some(sections)) => tr.toc_headings_and(parts, sections),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => String::new(),
    }
}

/// Every line read differently from how it looks, in words: `line 7 has no number: numbered 8`.
pub fn notes(tr: Tr, toc: &Toc) -> Vec<String> {
    let mut words = Vec::new();
    if toc.numbered_in_order()
        && let (Some(first), Some(last)) = (toc.entries.first(), toc.entries.last())
    {
        let (first, last) = (first.chapter.number, last.chapter.number);
        words.push(if first == last {
            tr.toc_note_the_line_unnumbered(first)
        } else {
            tr.toc_note_none_numbered(first, last)
        });
    }
    words.extend(toc.notes.iter().map(|note| match *note {
        TocNote::Numbered { line, number } => tr.toc_note_numbered(line, number),
        TocNote::Joined { line, number } => {
            tr.toc_note_joined(line, number.saturating_add(1), number)
        }
        TocNote::Skipped { line } => tr.toc_note_skipped(line),
    }));
    words
}

/// Every row of the preview, wrapped to `width`.
fn body(tr: Tr, theme: &Theme, toc: &Toc, width: u16) -> Vec<Line<'static>> {
    let mut rows = wrap_lines(&[Line::styled(summary(tr, toc), theme.title)], width);
    let notes: Vec<Line> = notes(tr, toc)
        .into_iter()
        .map(|note| Line::styled(note, theme.info))
        .collect();
    rows.extend(wrap_lines(&notes, width));
    rows.push(Line::raw(""));
    let title_width = u16::try_from(usize::from(width).saturating_sub(NUMBER_WIDTH))
        .unwrap_or(u16::MAX)
        .max(4);
    for entry in &toc.entries {
        let mut title = vec![Span::raw(entry.chapter.title.clone())];
        if entry.numbered_here {
            title.push(Span::styled(
                format!(
                    " {} {}",
                    theme.sym.separator,
                    tr.get(Msg::ChaptersTocNoNumber)
                ),
                theme.dim,
            ));
        }
        let number = format!("{:>w$}. ", entry.chapter.number, w = NUMBER_WIDTH - 2);
        for (i, mut line) in wrap_lines(&[Line::from(title)], title_width)
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 {
                Span::styled(number.clone(), theme.key)
            } else {
                Span::raw(" ".repeat(NUMBER_WIDTH))
            };
            line.spans.insert(0, lead);
            rows.push(line);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::toc::read_toc;

    #[test]
    fn the_summary_counts_chapters_and_what_was_skipped_in_each_language() {
        let toc = "Part I: Foundations\n1. 신뢰할 수 있는 애플리케이션\n1.1 생각해 볼 것\n\
                   2. 데이터 모델\n2.1 관계형\n2.2 문서\nPart III: Derived Data\n\
                   Chapter 13: Consistency\n13.1 Linearizability\n13.2 Ordering\n13.3 합의\n13.4 분산\n";
        let read = read_toc(toc, 1);
        assert_eq!((read.part_headings, read.sections), (2, 7));
        assert_eq!(
            summary(Tr::EN, &read),
            "3 chapters; skipped 2 part headings and 7 sections"
        );
        assert_eq!(
            summary(Tr::KO, &read),
            "챕터 3개 (부 제목 2개, 절 제목 7개는 건너뜀)"
        );
        let one = read_toc("1. 하나\n1.1 절", 1);
        assert_eq!(summary(Tr::EN, &one), "1 chapter; skipped 1 section");
        assert_eq!(summary(Tr::KO, &one), "챕터 1개 (절 제목 1개는 건너뜀)");
        assert_eq!(
            summary(Tr::EN, &read_toc("1. 하나\n2. 둘", 1)),
            "2 chapters"
        );
    }

    #[test]
    fn each_line_read_differently_is_said_in_each_language() {
        let unnumbered = read_toc("1. 시작하기\n2. 추리 게임\n소유권 이해하기 .... 85\n", 1);
        assert_eq!(
            notes(Tr::EN, &unnumbered),
            ["line 3 has no number: numbered 3"]
        );
        assert_eq!(
            notes(Tr::KO, &unnumbered),
            ["3번째 줄에 번호가 없어 3장으로 봤어요."]
        );
        let wrapped = read_toc(
            "1. 신뢰할 수 있고 확장 가능하며\n유지보수하기 쉬운 애플리케이션\n2. 데이터 모델\n\
             2.1 관계형 모델과\n문서 모델\n3. 저장소",
            1,
        );
        let said = notes(Tr::EN, &wrapped);
        assert!(
            said[0].contains("joined to the title of chapter 1"),
            "{said:?}"
        );
        assert_eq!(
            notes(Tr::KO, &wrapped),
            [
                "2번째 줄에 번호가 없고 다음 줄이 2장이라 1장 제목에 이어 붙였어요.",
                "5번째 줄은 번호가 없고 건너뛴 제목에 이어지는 줄이라 함께 건너뛰었어요."
            ]
        );
        let in_order = read_toc("부록 A. 더 읽을거리\n부록 B", 13);
        assert_eq!(
            notes(Tr::EN, &in_order),
            ["no line has a number: numbered 13 to 14 in order"]
        );
        assert_eq!(
            notes(Tr::KO, &in_order),
            ["번호가 있는 줄이 없어 차례대로 13장부터 14장으로 봤어요."]
        );
    }
}
