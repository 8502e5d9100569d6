//! The reading of markdown into lines: pulldown-cmark's events placed on the source lines
//! they came from, so that the text keeps the layout it was typed in.

use std::ops::Range;

use pulldown_cmark::{
    CodeBlockKind, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd, TextMergeWithOffset,
};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::source_lines::SourceLines;
use super::table;
use crate::ui::theme::Theme;

/// Whether a text's first lines may be front matter (the YAML or TOML block a post starts
/// with), as a post's and notes' may; a fragment of a line has none.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FrontMatter {
    Read,
    Ignored,
}

/// `source` as lines, one for each of its lines, its text on top of `base`; a table is
/// fitted to `width` cells.
pub fn render(
    source: &str,
    theme: &Theme,
    width: usize,
    base: Style,
    front_matter: FrontMatter,
) -> Vec<Line<'static>> {
    let mut page = Page::new(source, theme, width, base);
    page.read(source, 0, front_matter);
    page.into_lines()
}

/// What is read as markdown: CommonMark and tables, and front matter if asked for.
fn options(front_matter: FrontMatter) -> Options {
    let mut options = Options::ENABLE_TABLES;
    if front_matter == FrontMatter::Read {
        options |= Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
            | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    }
    options
}

/// The lines being drawn, one for each source line, and where the reading is.
struct Page<'a> {
    lines: SourceLines<'a>,
    theme: &'a Theme,
    /// How wide a table may be.
    width: usize,
    /// One for each source line.
    rows: Vec<Row>,
    /// The style of text here: the base, then one for each heading, emphasis or link open.
    styles: Vec<Style>,
    /// For each link open, the address shown after its text (none for an autolink, whose
    /// text is its address).
    links: Vec<Option<String>>,
    /// The table being read: its rows' source lines and cells.
    table: Option<Vec<(usize, Vec<table::Cell>)>>,
    /// Inside a code block or front matter, which are shown as typed.
    as_typed: bool,
}

/// One source line's rendering.
#[derive(Default)]
struct Row {
    line: Line<'static>,
    /// Where the first thing the parser found on this line starts: the spaces and quote
    /// marks before it are the line's indentation, kept as typed.
    anchor: Option<usize>,
    /// Whether the line has its indentation, or has been drawn whole.
    started: bool,
}

impl<'a> Page<'a> {
    fn new(source: &'a str, theme: &'a Theme, width: usize, base: Style) -> Page<'a> {
        let lines = SourceLines::new(source);
        Page {
            rows: (0..lines.count()).map(|_| Row::default()).collect(),
            lines,
            theme,
            width,
            styles: vec![base],
            links: Vec::new(),
            table: None,
            as_typed: false,
        }
    }

    /// Reads `text`, which starts at `offset` in the source.
    fn read(&mut self, text: &'a str, offset: usize, front_matter: FrontMatter) {
        let parser = Parser::new_ext(text, options(front_matter)).into_offset_iter();
        // pulldown-cmark cuts text where a marker might have been: one span for the run.
        let mut events = TextMergeWithOffset::new(parser);
        while let Some((event, range)) = events.next() {
            let range = range.start + offset..range.end + offset;
            if matches!(event, Event::Start(Tag::MetadataBlock(_))) && range.start > 0 {
                // Only a post's first lines are its front matter: a `---` line further down
                // is markdown, read as if front matter did not exist.
                events
                    .by_ref()
                    .find(|(event, _)| matches!(event, Event::End(TagEnd::MetadataBlock(_))));
                let text = self.lines.text(range.clone());
                self.read(text, range.start, FrontMatter::Ignored);
                continue;
            }
            self.event(event, range);
        }
    }

    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        if self.as_typed {
            self.as_typed = !matches!(
                event,
                Event::End(TagEnd::CodeBlock | TagEnd::MetadataBlock(_))
            );
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag, range),
            Event::Text(text) | Event::InlineHtml(text) => {
                let style = self.style();
                self.push(range.start, Span::styled(text.into_string(), style));
            }
            Event::Code(code) => {
                let style = self.style().patch(self.theme.code);
                self.push(range.start, Span::styled(code.into_string(), style));
            }
            // A line break is the source's own. An HTML block or a rule puts nothing on its
            // lines, which are then shown as typed (see `into_lines`).
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        // A heading's, an emphasis' or a link's marks come before its text: the line's
        // indentation ends where they start. A quote's or a list's start does not end it.
        if matches!(
            tag,
            Tag::Heading { .. }
                | Tag::Emphasis
                | Tag::Strong
                | Tag::Link { .. }
                | Tag::Image { .. }
        ) {
            self.anchor(range.start);
        }
        match tag {
            Tag::MetadataBlock(_) => {
                for line in self.lines.lines_of(&range) {
                    self.draw_as_typed(line, self.theme.dim);
                }
                self.as_typed = true;
            }
            Tag::CodeBlock(kind) => {
                let lines = self.lines.lines_of(&range);
                let fenced = matches!(kind, CodeBlockKind::Fenced(_));
                for line in lines.clone() {
                    let fence = fenced
                        && (line == lines.start
                            || (line + 1 == lines.end && is_fence(self.lines.line(line))));
                    let style = if fence { self.theme.dim } else { Style::new() };
                    self.draw_as_typed(line, style);
                }
                self.as_typed = true;
            }
            Tag::Heading { level, .. } => {
                let style = if level <= HeadingLevel::H2 {
                    self.theme.heading.add_modifier(Modifier::UNDERLINED)
                } else {
                    self.theme.heading
                };
                self.styles.push(style);
            }
            Tag::Emphasis => self
                .styles
                .push(self.style().add_modifier(Modifier::ITALIC)),
            Tag::Strong => self.styles.push(self.style().add_modifier(Modifier::BOLD)),
            Tag::Image {
                link_type,
                dest_url,
                ..
            } => {
                // An image reads as a link after its `!`, as typed.
                let style = self.style();
                self.push(range.start, Span::styled("!", style));
                self.open_link(link_type, dest_url.into_string());
            }
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => self.open_link(link_type, dest_url.into_string()),
            Tag::Item => self.item(range.start),
            Tag::Table(_) => self.table = Some(Vec::new()),
            Tag::TableHead | Tag::TableRow => {
                let line = self.lines.line_of(range.start);
                if let Some(table) = &mut self.table {
                    table.push((line, Vec::new()));
                }
                if matches!(tag, Tag::TableHead) {
                    self.styles.push(self.theme.heading);
                }
            }
            Tag::TableCell => {
                if let Some((_, cells)) = self.table.as_mut().and_then(|t| t.last_mut()) {
                    cells.push(Vec::new());
                }
            }
            // Quotes and lists keep their marks as typed; paragraphs are their lines.
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, range: Range<usize>) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Emphasis | TagEnd::Strong | TagEnd::TableHead => {
                self.pop_style();
            }
            TagEnd::Link | TagEnd::Image => {
                self.pop_style();
                if let Some(Some(url)) = self.links.pop() {
                    let span = Span::styled(format!(" ({url})"), self.theme.dim);
                    self.push(range.end.saturating_sub(1), span);
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.draw_table(table);
                }
            }
            _ => {}
        }
    }

    /// A link's text is underlined; its address follows it (see `end`), unless the text is
    /// the address.
    fn open_link(&mut self, link_type: LinkType, url: String) {
        self.styles
            .push(self.style().add_modifier(Modifier::UNDERLINED));
        let autolink = matches!(link_type, LinkType::Autolink | LinkType::Email);
        self.links.push((!autolink).then_some(url));
    }

    /// A list item's marker: a bullet for `-`, `*` or `+`, a number as typed.
    fn item(&mut self, at: usize) {
        let end = self.lines.range(self.lines.line_of(at)).end;
        let rest = self.lines.text(at..end);
        let marker = at + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
        self.anchor(marker);
        let rest = self.lines.text(marker..end);
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        // The digits and their `.` or `)`, or the one bullet character.
        let Some((mark, after)) = rest.split_at_checked(digits + 1) else {
            return;
        };
        let gap = &after[..after.len() - after.trim_start_matches([' ', '\t']).len()];
        if digits > 0 {
            self.push(marker, Span::raw(format!("{mark}{gap}")));
        } else {
            let bullet = format!("{} ", self.theme.sym.bullet);
            self.push(marker, Span::styled(bullet, self.theme.key));
            if let Some(wider) = gap.get(1..).filter(|g| !g.is_empty()) {
                self.push(marker, Span::raw(wider.to_owned()));
            }
        }
    }

    /// A table's rows, laid out, drawn over their source lines; the rule over the line
    /// under the header.
    fn draw_table(&mut self, table: Vec<(usize, Vec<table::Cell>)>) {
        let header = table.first().map(|(line, _)| *line);
        let (lines, cells): (Vec<usize>, Vec<Vec<table::Cell>>) = table.into_iter().unzip();
        let (shown, rule) = table::lay_out(cells, self.theme, self.width);
        for (line, shown) in lines.into_iter().zip(shown) {
            self.draw(line, shown);
        }
        if let Some(header) = header {
            self.draw(header + 1, rule);
        }
    }

    fn style(&self) -> Style {
        self.styles.last().copied().unwrap_or_default()
    }

    fn pop_style(&mut self) {
        if self.styles.len() > 1 {
            self.styles.pop();
        }
    }

    /// Notes that something starts at `at`, if it is the first thing on its line.
    fn anchor(&mut self, at: usize) {
        let line = self.lines.line_of(at);
        if let Some(row) = self.rows.get_mut(line) {
            row.anchor.get_or_insert(at);
        }
    }

    /// Adds `span` to the line holding `at` (or to the table cell being read), after the
    /// line's indentation if it is the first.
    fn push(&mut self, at: usize, span: Span<'static>) {
        if let Some(table) = &mut self.table {
            if let Some(cell) = table.last_mut().and_then(|(_, cells)| cells.last_mut()) {
                cell.push(span);
            }
            return;
        }
        let line = self.lines.line_of(at);
        let start = self.lines.range(line).start;
        let Some(row) = self.rows.get_mut(line) else {
            return;
        };
        if !row.started {
            row.started = true;
            let before = self
                .lines
                .text(start..row.anchor.unwrap_or(at).clamp(start, at));
            let text = before.trim_start_matches([' ', '\t', '>']);
            let indent = &before[..before.len() - text.len()];
            if !indent.is_empty() {
                row.line.push_span(Span::raw(indent.to_owned()));
            }
        }
        row.line.push_span(span);
    }

    /// Draws source line `line` whole, as `line` (replacing what it had).
    fn draw(&mut self, line: usize, shown: Line<'static>) {
        if let Some(row) = self.rows.get_mut(line) {
            row.line = shown;
            row.started = true;
        }
    }

    fn draw_as_typed(&mut self, line: usize, style: Style) {
        let text = self.lines.line(line).to_owned();
        self.draw(line, Line::styled(text, style));
    }

    /// The lines, a line the parser put nothing on shown as typed: a rule, a block of
    /// HTML, a link's definition, a heading's underline.
    fn into_lines(self) -> Vec<Line<'static>> {
        let lines = self.lines;
        self.rows
            .into_iter()
            .enumerate()
            .map(|(i, row)| {
                if row.started {
                    row.line
                } else {
                    Line::raw(lines.line(i).to_owned())
                }
            })
            .collect()
    }
}

/// Whether `line` is a code fence: ```` ``` ```` or `~~~` after any indentation or quote marks.
fn is_fence(line: &str) -> bool {
    let text = line.trim_start_matches([' ', '\t', '>']);
    text.starts_with("```") || text.starts_with("~~~")
}
