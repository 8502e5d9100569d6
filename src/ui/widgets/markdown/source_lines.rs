//! A text by line, as `str::lines` cuts it, with where each line starts: the map from the
//! parser's byte offsets to the lines they fall on.

use std::ops::Range;

/// The source by line: `str::lines`, with where each starts.
pub struct SourceLines<'a> {
    source: &'a str,
    starts: Vec<usize>,
}

impl<'a> SourceLines<'a> {
    pub fn new(source: &'a str) -> SourceLines<'a> {
        let starts = source
            .split_inclusive('\n')
            .scan(0, |start, line| {
                let this = *start;
                *start += line.len();
                Some(this)
            })
            .collect();
        SourceLines { source, starts }
    }

    pub fn count(&self) -> usize {
        self.starts.len()
    }

    /// The line holding byte `at`.
    pub fn line_of(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at).saturating_sub(1)
    }

    /// The lines that `range` covers.
    pub fn lines_of(&self, range: &Range<usize>) -> Range<usize> {
        let last = range.end.saturating_sub(1).max(range.start);
        self.line_of(range.start)..self.line_of(last) + 1
    }

    /// Where line `line` is, without its line ending.
    pub fn range(&self, line: usize) -> Range<usize> {
        let start = self.starts.get(line).copied().unwrap_or(self.source.len());
        let end = self
            .starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.source.len());
        let text = self.text(start..end);
        let text = text
            .strip_suffix('\n')
            .map_or(text, |t| t.strip_suffix('\r').unwrap_or(t));
        start..start + text.len()
    }

    /// Line `line`, as typed.
    pub fn line(&self, line: usize) -> &'a str {
        self.text(self.range(line))
    }

    /// The source in `range`; empty where the parser's offsets would not cut it.
    pub fn text(&self, range: Range<usize>) -> &'a str {
        self.source.get(range).unwrap_or_default()
    }
}
