//! A scrolling list's state: the selection, the first row shown, and the `/` filter. Rows
//! are counted in the filtered view; `item` maps a row back to the list's own index.

use super::fuzzy::Query;

/// A selection in a list and the first row shown, kept so that scrolling is stable.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Moves the selection to `selected` (clamped to `len`) and scrolls so it is among the
    /// `rows` visible rows.
    pub fn select(&mut self, selected: usize, len: usize, rows: usize) {
        self.selected = selected.min(len.saturating_sub(1));
        let rows = rows.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
        // A list that shrank (a filter, a deletion) shows as many rows as it can.
        self.offset = self.offset.min(len.saturating_sub(rows));
    }
}

/// One item that matches the filter, with the characters of its first column to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub item: usize,
    pub highlight: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    pub query: String,
    /// Whether keys are going into the query (after `/`), or to the list (after `Enter`).
    pub typing: bool,
    /// The matching items, best first.
    pub hits: Vec<Hit>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListState {
    pub cursor: Cursor,
    pub filter: Option<Filter>,
}

/// What the filter searches in an item: the text of its first column, whose matched
/// characters are highlighted, and more text that counts but is not highlighted.
pub struct Searchable {
    pub shown: String,
    pub also: String,
}

impl ListState {
    /// How many rows the list has, filtered, out of `total` items.
    pub fn len(&self, total: usize) -> usize {
        self.filter.as_ref().map_or(total, |f| f.hits.len())
    }

    /// The list's own index of the item on filtered `row`.
    pub fn item(&self, row: usize) -> Option<usize> {
        match &self.filter {
            None => Some(row),
            Some(f) => f.hits.get(row).map(|h| h.item),
        }
    }

    /// The selected item's index in the list, if there is one.
    pub fn selected_item(&self, total: usize) -> Option<usize> {
        self.item(self.cursor.selected).filter(|&i| i < total)
    }

    /// The items on the rows from `offset`, at most `rows` of them, with what to highlight.
    pub fn visible(&self, total: usize, rows: usize) -> Vec<(usize, &[usize])> {
        self.rows_from(self.cursor.offset, total, rows)
    }

    /// Every row, from the first.
    pub fn all_rows(&self, total: usize) -> Vec<(usize, &[usize])> {
        self.rows_from(0, total, usize::MAX)
    }

    fn rows_from(&self, start: usize, total: usize, rows: usize) -> Vec<(usize, &[usize])> {
        match &self.filter {
            None => (start..total.min(start.saturating_add(rows)))
                .map(|i| (i, &[][..]))
                .collect(),
            Some(f) => f
                .hits
                .iter()
                .skip(start)
                .take(rows)
                .map(|h| (h.item, h.highlight.as_slice()))
                .collect(),
        }
    }

    pub fn is_typing(&self) -> bool {
        self.filter.as_ref().is_some_and(|f| f.typing)
    }

    /// Starts typing a filter, keeping the query there is.
    pub fn start_filter(&mut self) {
        match &mut self.filter {
            Some(f) => f.typing = true,
            None => {
                self.filter = Some(Filter {
                    query: String::new(),
                    typing: true,
                    hits: Vec::new(),
                });
            }
        }
    }

    /// Sets the query and finds the items that match it among `items`, best first, the
    /// list's order breaking ties. The selection moves to the best match.
    pub fn set_query(
        &mut self,
        query: String,
        items: impl IntoIterator<Item = Searchable>,
        rows: usize,
    ) {
        let compiled = Query::new(&query);
        let mut hits: Vec<(i32, Hit)> = Vec::new();
        for (item, searchable) in items.into_iter().enumerate() {
            if compiled.is_empty() {
                hits.push((
                    0,
                    Hit {
                        item,
                        highlight: Vec::new(),
                    },
                ));
                continue;
            }
            let shown_chars = searchable.shown.chars().count();
            let text = format!("{} {}", searchable.shown, searchable.also);
            if let Some(m) = compiled.matches(&text) {
                let highlight = m
                    .positions
                    .into_iter()
                    .filter(|&p| p < shown_chars)
                    .collect();
                hits.push((m.score, Hit { item, highlight }));
            }
        }
        // A stable sort keeps the list's order among equal scores.
        hits.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
        let typing = self.filter.as_ref().is_none_or(|f| f.typing);
        self.filter = Some(Filter {
            query,
            typing,
            hits: hits.into_iter().map(|(_, h)| h).collect(),
        });
        self.cursor = Cursor::default();
        let len = self.len(0);
        self.cursor.select(0, len, rows);
    }

    /// Stops typing; the filter stays, or goes if it is empty.
    pub fn accept_filter(&mut self, total: usize, rows: usize) {
        if self
            .filter
            .as_ref()
            .is_some_and(|f| f.query.trim().is_empty())
        {
            self.clear_filter(total, rows);
        } else if let Some(f) = &mut self.filter {
            f.typing = false;
        }
    }

    /// Removes the filter, keeping the selected item selected.
    pub fn clear_filter(&mut self, total: usize, rows: usize) {
        let selected = self.item(self.cursor.selected);
        if self.filter.take().is_none() {
            return;
        }
        let item = selected.unwrap_or(0);
        // Centred, so the item is seen among its neighbours again.
        self.cursor.offset = item.saturating_sub(rows / 2);
        self.cursor.select(item, total, rows);
    }
}
