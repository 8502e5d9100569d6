//! A light rendering of markdown for the preview and the notes. pulldown-cmark reads the
//! structure (front matter, headings, lists, code, tables, emphasis, links); the lines keep
//! the layout the text was typed in: one line for each line of the source, with its blank
//! lines, indentation and quote marks, a bullet for a list's marker, and code and front
//! matter as typed. The lines are styled once and owned, so that a frame only copies the
//! ones it shows; wrapping is left to `wrap`, which measures display width.

mod page;
mod source_lines;
mod table;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use self::page::FrontMatter;
use crate::ui::theme::Theme;

/// `markdown` as styled lines, one for each of its lines, for a box `width` cells wide:
/// prose is left to wrap, but a table is fitted to the width (its widest columns cut, with
/// `…`), since a wrapped table row falls apart.
pub fn styled_lines(markdown: &str, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width);
    page::render(markdown, theme, width, Style::new(), FrontMatter::Read)
}

/// Inline markdown as styles: `**strong**`, `*emphasis*`, `` `code` `` and
/// `[text](url)` (the text underlined, the address after it, dimmed), on top of `base`.
/// Markers without a partner are left as typed.
pub fn inline_spans(text: &str, base: Style, theme: &Theme) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> =
        page::render(text, theme, usize::MAX, base, FrontMatter::Ignored)
            .into_iter()
            .flat_map(|line| line.spans)
            .collect();
    if spans.is_empty() {
        spans.push(Span::styled("", base));
    }
    spans
}

#[cfg(test)]
mod tests {
    use ratatui::style::Modifier;

    use super::*;

    fn text(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn tables_are_aligned_by_display_width() {
        let theme = Theme::new(false, false);
        let lines = styled_lines(
            "| 날짜 | 챕터 |\n| --- | --- |\n| 2025-03-02 | 1. 신뢰성 \\| 확장성 |\n",
            &theme,
            80,
        );
        assert_eq!(
            text(&lines),
            vec![
                " 날짜       │ 챕터               ",
                "────────────┼────────────────────",
                " 2025-03-02 │ 1. 신뢰성 | 확장성 ",
            ]
        );
    }

    #[test]
    fn inline_markup_becomes_style() {
        let theme = Theme::new(false, false);
        let spans = inline_spans(
            "**신뢰성**과 `fsync`, *강조*, [Jepsen](https://jepsen.io) 2 * 3 **",
            Style::new(),
            &theme,
        );
        let text: Vec<(&str, bool)> = spans
            .iter()
            .map(|s| {
                (
                    s.content.as_ref(),
                    s.style.add_modifier.contains(Modifier::BOLD),
                )
            })
            .collect();
        assert_eq!(
            text,
            vec![
                ("신뢰성", true),
                ("과 ", false),
                ("fsync", false),
                (", ", false),
                ("강조", false),
                (", ", false),
                ("Jepsen", false),
                (" (https://jepsen.io)", false),
                (" 2 * 3 **", false),
            ]
        );
        assert!(spans[4].style.add_modifier.contains(Modifier::ITALIC));
        assert!(spans[6].style.add_modifier.contains(Modifier::UNDERLINED));
    }

    #[test]
    fn a_table_wider_than_the_box_is_cut_not_wrapped() {
        let theme = Theme::new(false, false);
        let table = "| 날짜 | 챕터 | 발표자 |\n| --- | --- | --- |\n\
                     | 2025-03-02 | 1. 신뢰할 수 있고 확장 가능하며 유지보수하기 쉬운 애플리케이션 | 이도윤 |\n";
        let lines = styled_lines(table, &theme, 40);
        assert_eq!(lines.len(), 3, "one row per table row");
        for line in &lines {
            assert!(line.width() <= 40, "{line} is {} wide", line.width());
        }
        let row = lines[2].to_string();
        assert!(row.contains("1. 신뢰할") && row.contains('…'), "{row}");
        assert!(
            row.contains("이도윤"),
            "short columns keep their text: {row}"
        );
    }

    #[test]
    fn fences_and_front_matter_are_left_as_they_are() {
        let theme = Theme::new(false, true);
        let lines = styled_lines(
            "---\ntitle: x\n---\n```\n| not | a table |\n# nor a heading\n```\n## Heading\n- item",
            &theme,
            80,
        );
        assert_eq!(
            text(&lines),
            vec![
                "---",
                "title: x",
                "---",
                "```",
                "| not | a table |",
                "# nor a heading",
                "```",
                "Heading",
                "* item",
            ]
        );
    }

    #[test]
    fn the_text_keeps_the_layout_it_was_typed_in() {
        let theme = Theme::new(false, false);
        let lines = styled_lines(
            "> 인용 **굵게**\n> 둘째 줄\n\n- 항목\n  이어짐\n    - 중첩\n1. 첫째\n2)  둘째\n\n\
             - 목록 안\n\n  ```\n  코드 *그대로*\n  ```\n\n![차트](chart.svg) 끝",
            &theme,
            80,
        );
        assert_eq!(
            text(&lines),
            vec![
                "> 인용 굵게",
                "> 둘째 줄",
                "",
                "• 항목",
                "  이어짐",
                "    • 중첩",
                "1. 첫째",
                "2)  둘째",
                "",
                "• 목록 안",
                "",
                "  ```",
                "  코드 *그대로*",
                "  ```",
                "",
                "!차트 (chart.svg) 끝",
            ]
        );
        let bold = &lines[0].spans.iter().find(|s| s.content == "굵게");
        assert!(bold.is_some_and(|s| s.style.add_modifier.contains(Modifier::BOLD)));
    }

    #[test]
    fn commonmark_decides_what_is_markup() {
        let theme = Theme::new(false, false);
        let lines = styled_lines(
            "## 닫는 해시 ##\n\\*별표\\* 와 snake_case\n\n    들여쓴 **코드**\n\n\
             | 구분선 없는 | 표 |\n\n제목\n===\n\n본문\n\n---\n중간의 줄\n\n---\n",
            &theme,
            80,
        );
        assert_eq!(
            text(&lines),
            vec![
                "닫는 해시",
                "*별표* 와 snake_case",
                "",
                "    들여쓴 **코드**",
                "",
                "| 구분선 없는 | 표 |",
                "",
                "제목",
                "===",
                "",
                "본문",
                "",
                // Only a post's first lines are front matter: further down, `---` is a rule.
                "---",
                "중간의 줄",
                "",
                "---",
            ]
        );
        assert!(
            lines[7].spans[0]
                .style
                .add_modifier
                .contains(Modifier::UNDERLINED)
        );
        assert_eq!(
            lines[13].spans[0].style,
            Style::new(),
            "not dimmed as front matter"
        );
        // As on GitHub and in most blog engines: a `**` after punctuation and before a
        // letter does not close, so the preview shows what the published post will.
        let lines = styled_lines("**신뢰성(reliability)**은", &theme, 80);
        assert_eq!(text(&lines), vec!["**신뢰성(reliability)**은"]);
    }

    proptest::proptest! {
        #[test]
        fn every_source_line_is_one_line(
            text in "([-*+>#|` 1.\\[\\]()!~=_가나a\t]{0,12}(\n|\r\n)?){0,12}",
            width in 1u16..100,
        ) {
            let lines = styled_lines(&text, &Theme::new(false, false), width);
            proptest::prop_assert_eq!(lines.len(), text.lines().count());
        }
    }
}
