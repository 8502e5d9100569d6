//! Wrapping styled text to a width in terminal cells, by grapheme and display width.
//!
//! ratatui's own word wrapper lets a row run one cell past the width when a double-width
//! character arrives with one cell left (the row is measured before the character is
//! added), which in Korean text happens on almost every screen and overwrites the box's
//! border. Wrapping here, before the text reaches a `Paragraph`, keeps every row within the
//! width and gives exact row counts for scrolling.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// `spans` cut to `width` cells, ending in `ellipsis` (one cell wide); returns the spans
/// and the width they take.
pub fn truncate_spans<'a>(
    spans: impl IntoIterator<Item = Span<'a>>,
    width: usize,
    ellipsis: &'static str,
) -> (Vec<Span<'static>>, usize) {
    let mut out = Vec::new();
    let mut used = 0;
    let room = width.saturating_sub(1);
    'spans: for span in spans {
        let mut kept = String::new();
        for g in span.content.graphemes(true) {
            let w = g.width();
            if used + w > room {
                if !kept.is_empty() {
                    out.push(Span::styled(kept, span.style));
                }
                break 'spans;
            }
            kept.push_str(g);
            used += w;
        }
        out.push(Span::styled(kept, span.style));
    }
    // `설계 …` reads as two words; `설계…` as one cut short.
    while let Some(last) = out.last_mut() {
        let trimmed = last.content.trim_end();
        used -= last.content.width() - trimmed.width();
        if trimmed.is_empty() {
            out.pop();
        } else {
            last.content = trimmed.to_owned().into();
            break;
        }
    }
    out.push(Span::raw(ellipsis));
    (out, used + 1)
}

/// `line` as it is when it fits in `width` cells, else cut with `ellipsis`.
pub fn fit_line<'a>(line: Line<'a>, width: usize, ellipsis: &'static str) -> Line<'a> {
    if line.width() <= width {
        return line;
    }
    let style = line.style;
    Line::from(truncate_spans(line.spans, width, ellipsis).0).style(style)
}

/// `text` in a column exactly `width` cells wide: padded with spaces, or cut with
/// `ellipsis` when longer, so that what follows it in a row always lines up and shows.
pub fn fit_cell(text: &str, width: usize, ellipsis: &'static str) -> String {
    if text.width() <= width {
        return crate::domain::text::pad_to_width(text, width);
    }
    let (spans, used) = truncate_spans([Span::raw(text)], width, ellipsis);
    let cut: String = spans.iter().map(|s| s.content.as_ref()).collect();
    format!("{cut}{}", " ".repeat(width.saturating_sub(used)))
}

/// `lines` wrapped to `width` cells: at spaces where it can, inside a word longer than a
/// row where it must. Spaces where a line breaks are dropped; an empty line stays one row.
pub fn wrap_lines(lines: &[Line<'_>], width: u16) -> Vec<Line<'static>> {
    let mut rows = Vec::with_capacity(lines.len());
    for line in lines {
        wrap_line_into(line, usize::from(width.max(1)), &mut rows);
    }
    rows
}

/// How many rows `line` takes at `width`.
pub fn row_count(line: &Line<'_>, width: u16) -> usize {
    // Most lines fit; measuring them is cheaper than wrapping them.
    if line.width() <= usize::from(width) && !line.spans.iter().any(|s| s.content.contains('\t')) {
        return 1;
    }
    let mut rows = Vec::new();
    wrap_line_into(line, usize::from(width.max(1)), &mut rows);
    rows.len()
}

const TAB: &str = "    ";

/// A grapheme with its style and width.
struct Piece<'a> {
    text: &'a str,
    style: Style,
    width: usize,
    space: bool,
}

/// One row being filled, its spans merged by style.
struct Row {
    spans: Vec<Span<'static>>,
    width: usize,
    /// The blank cells it starts with: a list item's text continues under its text.
    indent: usize,
}

impl Row {
    fn new(indent: usize) -> Row {
        Row {
            spans: if indent > 0 {
                vec![Span::raw(" ".repeat(indent))]
            } else {
                Vec::new()
            },
            width: indent,
            indent,
        }
    }

    fn has_text(&self) -> bool {
        self.width > self.indent
    }

    fn push(&mut self, piece: &Piece<'_>) {
        match self.spans.last_mut() {
            Some(last) if last.style == piece.style => last.content.to_mut().push_str(piece.text),
            _ => self
                .spans
                .push(Span::styled(piece.text.to_owned(), piece.style)),
        }
        self.width += piece.width;
    }
}

fn wrap_line_into(line: &Line<'_>, width: usize, out: &mut Vec<Line<'static>>) {
    let pieces: Vec<Piece> = line
        .spans
        .iter()
        .flat_map(|span| {
            span.content.graphemes(true).map(|g| {
                // A tab is shown as spaces; it would move the terminal's cursor.
                let g = if g == "\t" { TAB } else { g };
                Piece {
                    text: g,
                    style: span.style,
                    width: g.width(),
                    // A no-break space joins what is on either side of it.
                    space: g.chars().all(|c| c.is_whitespace() && c != '\u{a0}'),
                }
            })
        })
        // Other controls would move the cursor too; they are not shown.
        .filter(|p| !p.text.chars().any(char::is_control))
        .collect();
    let finish = |row: Row, out: &mut Vec<Line<'static>>| {
        out.push(Line::from(row.spans).style(line.style));
    };
    let first_row = out.len();
    let hang = hanging_indent(line, width);
    let mut row = Row::new(0);
    // Spaces wait until the word after them: they are dropped if the line breaks there.
    let mut spaces: &[Piece] = &[];
    let mut i = 0;
    while i < pieces.len() {
        let space = pieces[i].space;
        let end = (i..pieces.len())
            .find(|&j| pieces[j].space != space)
            .unwrap_or(pieces.len());
        let run = &pieces[i..end];
        i = end;
        if space {
            spaces = run;
            continue;
        }
        let spaces_width: usize = spaces.iter().map(|p| p.width).sum();
        let word_width: usize = run.iter().map(|p| p.width).sum();
        if row.width + spaces_width + word_width <= width {
            spaces.iter().chain(run).for_each(|p| row.push(p));
        } else {
            if word_width <= width - hang && row.has_text() {
                finish(std::mem::replace(&mut row, Row::new(hang)), out);
            } else if row.width + spaces_width < width {
                spaces.iter().for_each(|p| row.push(p));
            }
            // A word longer than a row is cut where the row ends.
            for piece in run {
                if row.width + piece.width > width && row.has_text() {
                    finish(std::mem::replace(&mut row, Row::new(hang)), out);
                }
                row.push(piece);
            }
        }
        spaces = &[];
    }
    if row.has_text() || out.len() == first_row {
        finish(row, out);
    }
}

/// Where the rows after the first of a list item start, so its text lines up under the
/// text and not under the bullet: `• `, `* `, `- ` or `12. ` after any indentation. None
/// when that would leave less than half the width.
fn hanging_indent(line: &Line<'_>, width: usize) -> usize {
    let mut start = String::new();
    for span in &line.spans {
        start.push_str(&span.content);
        if start.len() >= 16 {
            break;
        }
    }
    let rest = start.trim_start_matches(' ');
    let indent = start.len() - rest.len();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let marker = if ["• ", "* ", "- "].iter().any(|m| rest.starts_with(m)) {
        2
    } else if digits > 0 && rest[digits..].starts_with(". ") && !starts_a_date(&rest[digits + 2..])
    {
        digits + 2
    } else {
        return 0;
    };
    let hang = indent + marker;
    if hang * 2 > width { 0 } else { hang }
}

/// Whether `text` goes on as the month of a date written the Korean way (`2025. 3. 2.`): then
/// the number before it is a year, not a list item's.
fn starts_a_date(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && text[digits..].starts_with(". ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_that_starts_with_a_korean_date_is_not_a_list_item() {
        let rows: Vec<String> = wrap_lines(&[Line::raw("2025. 3. 2. 모임을 정말 삭제할까요?")], 16)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(rows, vec!["2025. 3. 2.", "모임을 정말", "삭제할까요?"]);
    }

    #[test]
    fn a_list_item_continues_under_its_text() {
        let rows = |text: &str, width| -> Vec<String> {
            wrap_lines(&[Line::raw(text.to_owned())], width)
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        assert_eq!(
            rows("• 신뢰성: 결함과 장애는 다릅니다", 17),
            vec!["• 신뢰성: 결함과", "  장애는 다릅니다"]
        );
        assert_eq!(
            rows("  12. 일관성과 합의 그리고 분산", 19),
            vec!["  12. 일관성과 합의", "      그리고 분산"]
        );
        // Plain text and a bullet too deep for the width start rows at the left.
        assert_eq!(
            rows("신뢰성 결함과 장애", 8),
            vec!["신뢰성", "결함과", "장애"]
        );
        assert_eq!(rows("      - 가나다라", 8), vec!["      -", "가나다라"]);
    }

    #[test]
    fn a_cut_ends_in_the_ellipsis_without_a_space_before_it() {
        let cut = |text: &'static str, width| {
            let (spans, used) = truncate_spans([Span::raw(text)], width, "…");
            let shown: String = spans.iter().map(|s| s.content.as_ref()).collect();
            (shown, used)
        };
        assert_eq!(
            cut("데이터 중심 애플리케이션", 9),
            ("데이터…".to_owned(), 7)
        );
        // A wide character that does not fit leaves its cell empty.
        assert_eq!(cut("가나다라", 6), ("가나…".to_owned(), 5));
        assert_eq!(cut("abcdef", 4), ("abc…".to_owned(), 4));
    }

    fn rows(text: &str, width: u16) -> Vec<String> {
        wrap_lines(&[Line::raw(text)], width)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn a_wide_character_never_crosses_the_width() {
        // 35 cells of text in 34: ratatui's wrapper leaves "말을" on the first row.
        assert_eq!(
            rows("신뢰성·확장성·유지보수성이라는 말을", 34),
            vec!["신뢰성·확장성·유지보수성이라는", "말을"]
        );
    }

    #[test]
    fn words_longer_than_a_row_are_cut() {
        assert_eq!(rows("가나다라마바", 5), vec!["가나", "다라", "마바"]);
        assert_eq!(rows("abcdefgh ij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn combining_marks_and_emoji_stay_whole() {
        assert_eq!(
            rows("x\u{304}x\u{304}x\u{304}", 2),
            vec!["x\u{304}x\u{304}", "x\u{304}"]
        );
        assert_eq!(rows("👩‍👩‍👧 가족", 4), vec!["👩‍👩‍👧", "가족"]);
    }

    #[test]
    fn indentation_and_empty_lines_are_kept() {
        assert_eq!(rows("", 10), vec![""]);
        assert_eq!(rows("  - item", 10), vec!["  - item"]);
    }

    #[test]
    fn styles_survive_the_wrap() {
        let bold = Style::new().bold();
        let line = Line::from(vec![Span::styled("굵은 글씨", bold), Span::raw(" 보통")]);
        let wrapped = wrap_lines(&[line], 6);
        let text: Vec<String> = wrapped.iter().map(ToString::to_string).collect();
        assert_eq!(text, vec!["굵은", "글씨", "보통"]);
        assert_eq!(wrapped[1].spans[0].style, bold);
        assert_eq!(wrapped[2].spans[0].style, Style::new());
    }

    proptest::proptest! {
        #[test]
        fn every_row_fits_and_no_text_is_lost(
            text in "[가-힣a-z·🙂 ]{0,80}",
            width in 2u16..40,
        ) {
            let wrapped = wrap_lines(&[Line::raw(text.clone())], width);
            for row in &wrapped {
                proptest::prop_assert!(row.width() <= usize::from(width), "{row} > {width}");
            }
            let kept: String = wrapped.iter().map(ToString::to_string).collect::<String>();
            let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            proptest::prop_assert_eq!(strip(&kept), strip(&text));
        }
    }
}
