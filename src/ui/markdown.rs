//! A light rendering of the post for the preview: headings, lists, tables and front matter
//! styled line by line. Wrapping is left to the paragraph, which measures display width.

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::theme::Theme;

pub fn styled_lines<'a>(markdown: &'a str, theme: &Theme) -> Vec<Line<'a>> {
    let mut in_front_matter = false;
    let mut in_fence = false;
    markdown
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let fence = line == "---" || line == "+++";
            if fence && (i == 0 || in_front_matter) {
                in_front_matter = i == 0;
                return Line::styled(line, theme.dim);
            }
            if in_front_matter {
                return Line::styled(line, theme.dim);
            }
            if line.trim_start().starts_with("```") {
                in_fence = !in_fence;
                return Line::styled(line, theme.dim);
            }
            if in_fence {
                return Line::raw(line);
            }
            let hashes = line.chars().take_while(|c| *c == '#').count();
            if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
                let style = if hashes <= 2 {
                    theme.heading.add_modifier(Modifier::UNDERLINED)
                } else {
                    theme.heading
                };
                return Line::styled(line[hashes + 1..].to_owned(), style);
            }
            if let Some(item) = line.strip_prefix("- ") {
                return Line::from(vec![Span::styled("• ", theme.key), Span::raw(item)]);
            }
            if line.starts_with('|') {
                return Line::styled(line, theme.title.remove_modifier(Modifier::BOLD));
            }
            Line::raw(line)
        })
        .collect()
}
