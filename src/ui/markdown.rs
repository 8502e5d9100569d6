//! A light rendering of markdown for the preview and the notes: headings, lists, code
//! fences, front matter and tables, styled line by line and owned, so that it is done once
//! and a frame only copies the lines it shows. Wrapping is left to the paragraph, which
//! measures display width.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::domain::text::display_width;

/// `markdown` as styled lines for a box `width` cells wide: prose is left to wrap, but a
/// table is fitted to the width (its widest columns cut, with `…`), since a wrapped table
/// row falls apart.
pub fn styled_lines(markdown: &str, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let source: Vec<&str> = markdown.lines().collect();
    let mut out = Vec::with_capacity(source.len());
    let mut in_front_matter = false;
    let mut in_fence = false;
    let mut i = 0;
    while i < source.len() {
        let line = source[i];
        let fence = line == "---" || line == "+++";
        if fence && (i == 0 || in_front_matter) {
            in_front_matter = i == 0;
            out.push(Line::styled(line.to_owned(), theme.dim));
        } else if in_front_matter {
            out.push(Line::styled(line.to_owned(), theme.dim));
        } else if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            out.push(Line::styled(line.to_owned(), theme.dim));
        } else if in_fence {
            out.push(Line::raw(line.to_owned()));
        } else if is_table_row(line) {
            let end = (i..source.len())
                .find(|&j| !is_table_row(source[j]))
                .unwrap_or(source.len());
            out.extend(table_lines(&source[i..end], theme, usize::from(width)));
            i = end;
            continue;
        } else {
            out.push(prose_line(line, theme));
        }
        i += 1;
    }
    out
}

fn prose_line(line: &str, theme: &Theme) -> Line<'static> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
        let style = if hashes <= 2 {
            theme.heading.add_modifier(Modifier::UNDERLINED)
        } else {
            theme.heading
        };
        return Line::from(inline_spans(&line[hashes + 1..], style, theme));
    }
    let indent = line.len() - line.trim_start().len();
    let trimmed = line.trim_start();
    let item = trimmed
        .strip_prefix("- ")
        .or_else(|| trimmed.strip_prefix("* "));
    if let Some(item) = item {
        let mut spans = vec![
            Span::raw(" ".repeat(indent)),
            Span::styled(format!("{} ", theme.sym.bullet), theme.key),
        ];
        spans.extend(inline_spans(item, Style::new(), theme));
        return Line::from(spans);
    }
    Line::from(inline_spans(line, Style::new(), theme))
}

/// Inline markdown as styles: `**strong**`, `*emphasis*`, `` `code` `` and
/// `[text](url)` (the text underlined, the address after it, dimmed). Markers without a
/// partner are left as typed.
pub fn inline_spans(text: &str, base: Style, theme: &Theme) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let styled = match c {
            '`' => enclosed(rest, "`", "`").map(|(inner, after)| {
                (
                    vec![Span::styled(inner.to_owned(), base.patch(theme.code))],
                    after,
                )
            }),
            '*' if rest.starts_with("**") => enclosed(rest, "**", "**").map(|(inner, after)| {
                let style = base.add_modifier(Modifier::BOLD);
                (vec![Span::styled(inner.to_owned(), style)], after)
            }),
            '*' => enclosed(rest, "*", "*")
                .filter(|(inner, _)| !inner.starts_with(' '))
                .map(|(inner, after)| {
                    let style = base.add_modifier(Modifier::ITALIC);
                    (vec![Span::styled(inner.to_owned(), style)], after)
                }),
            '[' => link(rest).map(|(label, url, after)| {
                (
                    vec![
                        Span::styled(label.to_owned(), base.add_modifier(Modifier::UNDERLINED)),
                        Span::styled(format!(" ({url})"), theme.dim),
                    ],
                    after,
                )
            }),
            _ => None,
        };
        match styled {
            Some((new, after)) => {
                if !plain.is_empty() {
                    spans.push(Span::styled(std::mem::take(&mut plain), base));
                }
                spans.extend(new);
                rest = after;
            }
            None => {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if !plain.is_empty() || spans.is_empty() {
        spans.push(Span::styled(plain, base));
    }
    spans
}

/// `open inner close after` → `(inner, after)`, when `inner` is not empty.
fn enclosed<'a>(text: &'a str, open: &str, close: &str) -> Option<(&'a str, &'a str)> {
    let body = text.strip_prefix(open)?;
    let end = body.find(close)?;
    (end > 0).then(|| (&body[..end], &body[end + close.len()..]))
}

/// `[label](url) after` → `(label, url, after)`.
fn link(text: &str) -> Option<(&str, &str, &str)> {
    let (label, after) = enclosed(text, "[", "]")?;
    let (url, after) = enclosed(after, "(", ")")?;
    Some((label, url, after))
}

fn is_table_row(line: &str) -> bool {
    line.trim_start().starts_with('|')
}

/// A table's rows with their columns aligned by display width, the header bold and the
/// `|---|` line drawn as a rule.
fn table_lines(rows: &[&str], theme: &Theme, max_width: usize) -> Vec<Line<'static>> {
    let cells: Vec<Vec<String>> = rows.iter().map(|r| split_cells(r)).collect();
    let is_rule = |row: &[String]| {
        !row.is_empty()
            && row
                .iter()
                .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':')))
    };
    let columns = cells.iter().map(Vec::len).max().unwrap_or(0);
    // Each cell's inline markup rendered once, and measured as shown.
    let rendered: Vec<Vec<(Vec<Span<'static>>, usize)>> = cells
        .iter()
        .enumerate()
        .map(|(n, row)| {
            let header = n == 0 && cells.get(1).is_some_and(|r| is_rule(r));
            let base = if header { theme.heading } else { Style::new() };
            row.iter()
                .map(|cell| {
                    let spans = inline_spans(cell, base, theme);
                    let width = spans.iter().map(|s| display_width(&s.content)).sum();
                    (spans, width)
                })
                .collect()
        })
        .collect();
    let mut widths = vec![0; columns];
    for (row, shown) in cells.iter().zip(&rendered) {
        if is_rule(row) {
            continue;
        }
        for (k, (_, width)) in shown.iter().enumerate() {
            widths[k] = widths[k].max(*width);
        }
    }
    // Each column takes its width plus a space either side, and a bar between columns.
    let total = |widths: &[usize]| {
        widths.iter().map(|w| w + 2).sum::<usize>() + widths.len().saturating_sub(1)
    };
    while total(&widths) > max_width {
        let Some((widest, _)) = widths
            .iter()
            .enumerate()
            .filter(|(_, w)| **w > MIN_COLUMN)
            .max_by_key(|(_, w)| **w)
        else {
            break;
        };
        widths[widest] -= 1;
    }
    let (bar, dash) = if theme.ascii {
        ("|", "-")
    } else {
        ("│", "─")
    };
    cells
        .iter()
        .zip(rendered)
        .map(|(row, shown)| {
            if is_rule(row) {
                let rule: Vec<String> = widths.iter().map(|w| dash.repeat(w + 2)).collect();
                let cross = if theme.ascii { "+" } else { "┼" };
                return Line::styled(rule.join(cross), theme.dim);
            }
            let mut spans = Vec::new();
            let mut shown = shown.into_iter();
            for (k, width) in widths.iter().enumerate() {
                if k > 0 {
                    spans.push(Span::styled(bar, theme.dim));
                }
                let (cell, cell_width) = shown.next().unwrap_or_default();
                let (cell, cell_width) = if cell_width > *width {
                    crate::ui::wrap::truncate_spans(cell, *width, theme.sym.ellipsis)
                } else {
                    (cell, cell_width)
                };
                spans.push(Span::raw(" "));
                spans.extend(cell);
                spans.push(Span::raw(" ".repeat(width.saturating_sub(cell_width) + 1)));
            }
            Line::from(spans)
        })
        .collect()
}

/// The narrowest a table column is cut to.
const MIN_COLUMN: usize = 4;

/// The cells of `| a | b \| c |`: split on unescaped bars, trimmed, `\|` shown as `|`.
fn split_cells(row: &str) -> Vec<String> {
    let inner = row.trim();
    let inner = inner.strip_prefix('|').unwrap_or(inner);
    let inner = inner
        .strip_suffix('|')
        .filter(|rest| !rest.ends_with('\\'))
        .unwrap_or(inner);
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push('|');
                chars.next();
            }
            '|' => cells.push(std::mem::take(&mut cell).trim().to_owned()),
            _ => cell.push(c),
        }
    }
    cells.push(cell.trim().to_owned());
    cells
}

#[cfg(test)]
mod tests {
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
}
