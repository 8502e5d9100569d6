//! Text as written, on every blog. Plain text (names, titles, cadence, venue) is escaped
//! wherever markdown, HTML or the blog's own template engine would change it; the writer's
//! markdown is kept as written but for what the chosen blog engine would break.
//!
//! What each engine does, checked against the real generators (`tests/blog_build.rs`):
//! Hugo runs shortcodes (`{{< >}}`, `{{% %}}`) before goldmark reads the markdown; Jekyll
//! runs Liquid (`{{ }}`, `{% %}`) over the whole post, then kramdown, which makes a table of
//! any line with an unescaped `|` and math of `$$…$$`; Zola runs its shortcodes
//! (`{{ name(…) }}`, `{% name(…) %}…{% end %}`) and fails the build on an unknown one.

use crate::export::front_matter::Flavor;

/// Plain text escaped so that the blog shows it exactly as typed. Korean and other letters
/// are untouched, and only what would otherwise change is escaped, so the markdown stays
/// readable.
pub fn plain(text: &str, flavor: Flavor) -> String {
    escape_plain(text, flavor, true)
}

/// Plain text for one table cell: as `plain`, but a cell holds no block, so a line starting
/// with `1.` or `#` needs no escape there.
pub fn plain_in_cell(text: &str, flavor: Flavor) -> String {
    escape_plain(text, flavor, false)
}

/// A URL as the destination of a markdown link, `[title](URL)`: characters that would end
/// the destination or the link (a space, parentheses, angle brackets), start a table cell
/// in kramdown (`|`), or run a blog engine's template (`{`, `}`, `$`), or a backslash that
/// would escape the next one, are percent-encoded as a browser sends them. The address is
/// the same; Korean and other letters are kept as written.
pub fn link_destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if c.is_ascii_control()
            || matches!(
                c,
                ' ' | '(' | ')' | '<' | '>' | '|' | '{' | '}' | '$' | '\\' | '`'
            )
        {
            out.push_str(&format!("%{:02X}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

fn escape_plain(text: &str, flavor: Flavor, blocks: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if blocks && (i == 0 || chars[i - 1] == '\n') {
            i += escape_block_marker(&chars[i..], &mut out);
            if i >= chars.len() {
                break;
            }
        }
        let c = chars[i];
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        match c {
            // A backslash escapes the punctuation after it, and ends a line as a hard break.
            '\\' if next.is_none_or(|n| n.is_ascii_punctuation() || n == '\n') => {
                out.push_str("\\\\");
            }
            '*' | '`' | '[' | ']' | '|' => {
                out.push('\\');
                out.push(c);
            }
            // Inside a word (`snake_case`) an underscore is never emphasis.
            '_' if !(prev.is_some_and(|p| p.is_ascii_alphanumeric())
                && next.is_some_and(|n| n.is_ascii_alphanumeric())) =>
            {
                out.push_str("\\_");
            }
            // `Box<T>`: an HTML tag to markdown, which would drop it.
            '<' if next
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')) =>
            {
                out.push_str("\\<");
            }
            '&' if is_entity(&chars[i..]) => out.push_str("&amp;"),
            // Strikethrough (`~~`), and kramdown's math (`$$`).
            '~' if prev == Some('~') || next == Some('~') => out.push_str("\\~"),
            '$' if flavor == Flavor::Jekyll && (prev == Some('$') || next == Some('$')) => {
                out.push_str("\\$");
            }
            '{' => out.push_str(plain_brace(prev, next, flavor)),
            '%' if flavor == Flavor::Zola && prev == Some('{') => out.push_str("\\%"),
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// A `{` that, with the characters around it, would start the blog engine's own syntax:
/// Hugo's shortcodes, Jekyll's Liquid, Zola's shortcodes.
fn plain_brace(prev: Option<char>, next: Option<char>, flavor: Flavor) -> &'static str {
    match flavor {
        // `{\{<` shows as `{{<` and is no shortcode.
        Flavor::Hugo if prev == Some('{') && matches!(next, Some('<' | '%')) => "\\{",
        // Liquid knows no backslash, and kramdown keeps the one in `\%`: a character
        // reference is what both read past.
        Flavor::Jekyll if matches!(next, Some('{' | '%')) => "&#123;",
        Flavor::Zola if prev == Some('{') => "\\{",
        _ => "{",
    }
}

/// At the start of a line: a heading, a quote, a list item or an ordered list's number,
/// escaped so it stays text. Writes the marker and the spaces before it; returns how many
/// characters it wrote (none when the line starts with text).
fn escape_block_marker(rest: &[char], out: &mut String) -> usize {
    let indent = rest.iter().take_while(|c| **c == ' ').count();
    let rest_after = &rest[indent..];
    let spaced = |n: usize| rest_after.get(n).is_none_or(|c| c.is_whitespace());
    let escaped_at = match rest_after.first() {
        Some('#' | '>') => Some(0),
        Some('-' | '+') if spaced(1) => Some(0),
        Some(c) if c.is_ascii_digit() => {
            let digits = rest_after.iter().take_while(|c| c.is_ascii_digit()).count();
            (matches!(rest_after.get(digits), Some('.' | ')')) && spaced(digits + 1))
                .then_some(digits)
        }
        _ => None,
    };
    let Some(at) = escaped_at else {
        return 0;
    };
    out.extend(&rest[..indent]);
    out.extend(&rest_after[..at]);
    out.push('\\');
    out.push(rest_after[at]);
    indent + at + 1
}

/// Whether `&…;` here is a character reference that markdown would decode (`&amp;`, `&#123;`).
fn is_entity(rest: &[char]) -> bool {
    let body: String = rest[1..]
        .iter()
        .take(33)
        .take_while(|c| **c != ';')
        .collect();
    if rest.get(1 + body.chars().count()) != Some(&';') || body.is_empty() {
        return false;
    }
    if let Some(num) = body.strip_prefix('#') {
        let (digits, radix) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (num, 10),
        };
        !digits.is_empty() && digits.len() <= 7 && digits.chars().all(|c| c.is_digit(radix))
    } else {
        body.chars().all(|c| c.is_ascii_alphanumeric())
            && body.starts_with(|c: char| c.is_ascii_alphabetic())
    }
}

/// The writer's markdown, kept as written but for what the blog engine would break.
pub fn markdown(text: &str, flavor: Flavor) -> String {
    match flavor {
        Flavor::Jekyll => liquid_raw(&kramdown_pipes(text)),
        Flavor::Hugo => hugo_shortcodes(text),
        Flavor::Zola => zola_shortcodes(text),
        Flavor::Gatsby | Flavor::None => text.to_owned(),
    }
}

/// Each `|` outside code escaped, or kramdown makes a table of its line.
fn kramdown_pipes(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut fence: Option<String> = None;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(open) = &fence {
            if trimmed.starts_with(open.as_str()) {
                fence = None;
            }
            out.push_str(line);
            continue;
        }
        let marker: String = trimmed
            .chars()
            .take_while(|c| *c == '`' || *c == '~')
            .collect();
        if marker.len() >= 3
            && marker
                .chars()
                .all(|c| c == marker.chars().next().unwrap_or('`'))
        {
            fence = Some(marker);
            out.push_str(line);
            continue;
        }
        escape_pipes_outside_code_spans(line, &mut out);
    }
    out
}

fn escape_pipes_outside_code_spans(line: &str, out: &mut String) {
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    let mut backslashes = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' && backslashes % 2 == 0 {
            let run = chars[i..].iter().take_while(|c| **c == '`').count();
            if let Some(end) = closing_backticks(&chars, i + run, run) {
                out.extend(&chars[i..end]);
                i = end;
                backslashes = 0;
                continue;
            }
            out.extend(&chars[i..i + run]);
            i += run;
            backslashes = 0;
            continue;
        }
        if c == '|' && backslashes % 2 == 0 {
            out.push('\\');
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
        out.push(c);
        i += 1;
    }
}

/// Where a code span opened by `run` backticks ends (just past its closing run), if it does.
fn closing_backticks(chars: &[char], from: usize, run: usize) -> Option<usize> {
    let mut i = from;
    while i < chars.len() {
        if chars[i] == '`' {
            let len = chars[i..].iter().take_while(|c| **c == '`').count();
            if len == run {
                return Some(i + len);
            }
            i += len;
        } else {
            i += 1;
        }
    }
    None
}

/// Text that Liquid would read (`{{`, `{%`) wrapped in `{% raw %}`, which both Jekyll 4 and
/// the Jekyll 3 of GitHub Pages honour, in code as in prose. An `{% endraw %}` in the text
/// itself is closed around and printed by Liquid as a string.
fn liquid_raw(text: &str) -> String {
    if !text.contains("{{") && !text.contains("{%") {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 32);
    out.push_str("{% raw %}");
    let mut rest = text;
    while let Some(at) = rest.find("{%") {
        out.push_str(&rest[..at]);
        let after = rest[at + 2..].trim_start_matches('-').trim_start();
        if after.starts_with("endraw") {
            out.push_str("{% endraw %}{{ \"{%\" }}{% raw %}");
        } else {
            out.push_str("{%");
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out.push_str("{% endraw %}");
    out
}

/// Hugo's shortcodes turned into Hugo's own escape, `{{</* … */>}}` and `{{%/* … */%}}`,
/// which it prints as the text the writer typed. One that never closes, which Hugo would
/// refuse, is broken as `{\{<` (shown as `{{<`).
fn hugo_shortcodes(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(at) = rest.find("{{") {
        out.push_str(&rest[..at]);
        let open = &rest[at..];
        let kind = open[2..].chars().next();
        let Some(close) = (match kind {
            Some('<') => Some(">}}"),
            Some('%') => Some("%}}"),
            _ => None,
        }) else {
            out.push('{');
            rest = &rest[at + 1..];
            continue;
        };
        let inner_start = 3;
        match open[inner_start..].find(close) {
            Some(len) => {
                let mark = &open[2..3];
                out.push_str("{{");
                out.push_str(mark);
                out.push_str("/*");
                out.push_str(&open[inner_start..inner_start + len]);
                out.push_str("*/");
                out.push_str(close);
                rest = &open[inner_start + len + close.len()..];
            }
            None => {
                out.push_str("{\\{");
                rest = &open[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Zola's shortcodes (`{{ name(key=value) }}`, `{% name() %}…{% end %}`) turned into Zola's
/// escape, `{{/* … */}}` and `{%/* … */%}`, which it prints as written. Only what Zola's
/// grammar reads as a shortcode is touched: `{{ x }}` is text to Zola and stays as it is.
fn zola_shortcodes(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        if rest.starts_with("{{")
            && let Some(len) = shortcode_call(&rest[2..])
            && rest[2 + len..].starts_with("}}")
        {
            out.push_str("{{/*");
            out.push_str(&rest[2..2 + len]);
            out.push_str("*/}}");
            i += len + 4;
            continue;
        }
        if rest.starts_with("{%")
            && let Some(len) = shortcode_call(&rest[2..])
            && rest[2 + len..].starts_with("%}")
            && let Some(end) = body_end(&rest[4 + len..])
        {
            let body_start = 4 + len;
            out.push_str("{%/*");
            out.push_str(&rest[2..2 + len]);
            out.push_str("*/%}");
            out.push_str(&rest[body_start..body_start + end.0]);
            out.push_str("{%/*");
            out.push_str(end.1);
            out.push_str("*/%}");
            i += body_start + end.0 + end.1.len() + 4;
            continue;
        }
        let step = rest.chars().next().map_or(1, char::len_utf8);
        out.push_str(&text[i..i + step]);
        i += step;
    }
    out
}

/// Where a body shortcode's `{% end %}` starts, and the text between its `{%` and `%}`.
fn body_end(body: &str) -> Option<(usize, &str)> {
    let mut from = 0;
    while let Some(at) = body[from..].find("{%") {
        let start = from + at;
        let inner_end = body[start + 2..].find("%}")?;
        let inner = &body[start + 2..start + 2 + inner_end];
        if inner.trim() == "end" {
            return Some((start, inner));
        }
        from = start + 2;
    }
    None
}

/// The length of `name(key=literal, …)` with the whitespace around it, as Zola's grammar
/// reads a shortcode call, if `text` starts with one.
fn shortcode_call(text: &str) -> Option<usize> {
    let mut p = Cursor { text, at: 0 };
    p.space();
    p.ident()?;
    p.space();
    p.eat("(")?;
    p.space();
    if p.eat(")").is_none() {
        loop {
            p.ident()?;
            p.space();
            p.eat("=")?;
            p.space();
            p.literal()?;
            p.space();
            if p.eat(",").is_some() {
                p.space();
                continue;
            }
            p.eat(")")?;
            break;
        }
    }
    p.space();
    Some(p.at)
}

struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    fn space(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start_matches([' ', '\t', '\r', '\n']).len();
    }

    fn eat(&mut self, token: &str) -> Option<()> {
        self.rest()
            .starts_with(token)
            .then(|| self.at += token.len())
    }

    fn ident(&mut self) -> Option<()> {
        let rest = self.rest();
        if !rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
            return None;
        }
        self.at += rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        Some(())
    }

    fn literal(&mut self) -> Option<()> {
        let rest = self.rest();
        let quote = rest.chars().next()?;
        if matches!(quote, '"' | '\'' | '`') {
            let len = rest[1..].find(quote)?;
            self.at += len + 2;
            return Some(());
        }
        if quote == '[' {
            self.at += 1;
            self.space();
            while self.eat("]").is_none() {
                self.literal()?;
                self.space();
                if self.eat(",").is_some() {
                    self.space();
                } else {
                    self.eat("]")?;
                    break;
                }
            }
            return Some(());
        }
        for word in ["true", "false"] {
            if self.eat(word).is_some() {
                return Some(());
            }
        }
        let number = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .unwrap_or(rest.len());
        (number > 0 && rest[..number].chars().any(|c| c.is_ascii_digit()))
            .then(|| self.at += number)
    }
}

#[cfg(test)]
mod tests;
