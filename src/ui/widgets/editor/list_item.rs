//! Markdown list items, for Enter to continue a list.

/// A markdown list item's parts: where its text starts, its indentation, and the marker
/// the next item gets.
pub struct ListItem {
    pub indent: usize,
    pub content: usize,
    pub next_marker: String,
}

pub fn list_item(line: &str) -> Option<ListItem> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    for bullet in ["- [ ] ", "- [x] ", "* [ ] ", "- ", "* ", "+ "] {
        if rest.starts_with(bullet) {
            let next_marker = bullet.replace("[x]", "[ ]");
            return Some(ListItem {
                indent,
                content: indent + bullet.len(),
                next_marker,
            });
        }
    }
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let number: u64 = rest[..digits].parse().ok().filter(|_| digits <= 9)?;
    let delimiter = rest[digits..]
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | ')'))?;
    rest[digits + 1..].starts_with(' ').then(|| ListItem {
        indent,
        content: indent + digits + 2,
        next_marker: format!("{}{delimiter} ", number + 1),
    })
}
