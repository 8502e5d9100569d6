//! A scrolling list's state: the selection, the first row shown, and the `/` filter. Rows
//! are counted in the filtered view; `item` maps a row back to the list's own index.

use crate::ui::widgets::fuzzy::{Haystack, Query, Scratch};

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
    /// Every item's searchable text, prepared once when the filter starts, with how many
    /// of its chars are the shown (highlighted) part.
    haystacks: Vec<(Haystack, usize)>,
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

    /// Starts typing a filter over `items`, keeping the query there is.
    pub fn start_filter(&mut self, items: impl IntoIterator<Item = Searchable>) {
        match &mut self.filter {
            Some(f) => f.typing = true,
            None => {
                let haystacks: Vec<(Haystack, usize)> = items
                    .into_iter()
                    .map(|s| {
                        let shown = s.shown.chars().count();
                        (Haystack::new(&format!("{} {}", s.shown, s.also)), shown)
                    })
                    .collect();
                let hits = (0..haystacks.len())
                    .map(|item| Hit {
                        item,
                        highlight: Vec::new(),
                    })
                    .collect();
                self.filter = Some(Filter {
                    query: String::new(),
                    typing: true,
                    hits,
                    haystacks,
                });
            }
        }
    }

    /// Sets the query and finds the items that match it, best first, the list's order
    /// breaking ties. A query typed further only looks among the current matches. The
    /// selection moves to the best match.
    pub fn set_query(&mut self, query: String, rows: usize) {
        let Some(filter) = &mut self.filter else {
            return;
        };
        let previous = Query::new(&filter.query);
        let compiled = Query::new(&query);
        let candidates: Vec<usize> = if previous.is_narrowed_by(&compiled) {
            filter.hits.iter().map(|h| h.item).collect()
        } else {
            (0..filter.haystacks.len()).collect()
        };
        let mut scratch = Scratch::default();
        let mut hits: Vec<(i32, Hit)> = Vec::with_capacity(candidates.len());
        for item in candidates {
            if compiled.is_empty() {
                let highlight = Vec::new();
                hits.push((0, Hit { item, highlight }));
                continue;
            }
            let (haystack, shown) = &filter.haystacks[item];
            if let Some(m) = compiled.matches_in(haystack, &mut scratch) {
                let highlight = m.positions.into_iter().filter(|p| p < shown).collect();
                hits.push((m.score, Hit { item, highlight }));
            }
        }
        // A stable sort on the score, then the list's order among equal scores.
        hits.sort_by_key(|(score, hit)| (std::cmp::Reverse(*score), hit.item));
        filter.hits = hits.into_iter().map(|(_, h)| h).collect();
        filter.query = query;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn items() -> Vec<Searchable> {
        [
            "데이터 모델",
            "복제",
            "데이터 시스템의 미래",
            "트랜잭션",
            "일관성과 합의",
        ]
        .into_iter()
        .map(|t| Searchable {
            shown: t.to_owned(),
            also: String::new(),
        })
        .collect()
    }

    fn shown(list: &ListState) -> Vec<usize> {
        (0..list.len(5)).filter_map(|row| list.item(row)).collect()
    }

    #[test]
    fn typing_further_finds_what_a_fresh_filter_finds() {
        let mut typed = ListState::default();
        typed.start_filter(items());
        for query in ["ㄷ", "ㄷㅇ", "ㄷㅇㅌ", "ㄷㅇㅌ ㅁ"] {
            typed.set_query(query.to_owned(), 10);
        }
        let mut fresh = ListState::default();
        fresh.start_filter(items());
        fresh.set_query("ㄷㅇㅌ ㅁ".to_owned(), 10);
        assert_eq!(shown(&typed), shown(&fresh));
        assert_eq!(shown(&typed), vec![0, 2]);

        // Erasing widens again.
        typed.set_query("ㄷ".to_owned(), 10);
        assert_eq!(shown(&typed), vec![0, 2]);
        typed.set_query(String::new(), 10);
        assert_eq!(shown(&typed), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn clearing_keeps_the_selected_item_selected() {
        let mut list = ListState::default();
        list.start_filter(items());
        list.set_query("합의".to_owned(), 3);
        assert_eq!(list.selected_item(5), Some(4));
        list.clear_filter(5, 3);
        assert_eq!(list.selected_item(5), Some(4));
        assert!(list.cursor.offset <= 4 && 4 < list.cursor.offset + 3);
    }
}
