//! Fuzzy matching for the `/` filter, the way Korean users search: the letters of a query
//! appear in order (`ddia` finds "Designing Data-Intensive Applications"), and a query
//! written in initial consonants matches Hangul syllables (`ㄷㅇㅌ` finds "데이터"),
//! alone or mixed with whole syllables (`데ㅇㅌ`). Space-separated words must all match.

use unicode_normalization::UnicodeNormalization;

/// A query ready to match: lower-cased, NFC, split into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    words: Vec<Vec<char>>,
}

/// How well a text matched, and which of its characters (by char index) matched, for
/// highlighting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub score: i32,
    pub positions: Vec<usize>,
}

const MATCH: i32 = 16;
const CONSECUTIVE: i32 = 12;
const WORD_START: i32 = 10;
const GAP: i32 = 1;
/// Only the start of a very long text is searched, which keeps a key press quick.
const MAX_TEXT_CHARS: usize = 512;

impl Query {
    pub fn new(text: &str) -> Query {
        let lowered: String = text.nfc().flat_map(char::to_lowercase).collect();
        Query {
            words: lowered
                .split_whitespace()
                .map(|w| w.chars().collect())
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether every word of `self` is also in `other` as a prefix of one of its words: a
    /// query typed further, whose matches are among this one's.
    pub fn is_narrowed_by(&self, other: &Query) -> bool {
        !self.is_empty()
            && self.words.len() <= other.words.len()
            && self
                .words
                .iter()
                .zip(&other.words)
                .all(|(a, b)| b.starts_with(a))
    }

    /// The match of every word in `text`, or `None` when one of them is missing.
    pub fn matches(&self, text: &str) -> Option<Match> {
        self.matches_in(&Haystack::new(text), &mut Scratch::default())
    }

    /// As `matches`, on a text prepared once, with buffers reused from match to match.
    pub fn matches_in(&self, haystack: &Haystack, scratch: &mut Scratch) -> Option<Match> {
        let chars = &haystack.chars;
        if !self.words.iter().all(|w| is_subsequence(w, chars)) {
            return None;
        }
        let mut total = Match {
            score: 0,
            positions: Vec::new(),
        };
        for word in &self.words {
            total.score += match_word(word, chars, scratch, &mut total.positions)?;
        }
        total.positions.sort_unstable();
        total.positions.dedup();
        Some(total)
    }
}

/// A text prepared for matching: lower-cased chars, cut to `MAX_TEXT_CHARS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Haystack {
    chars: Vec<char>,
}

impl Haystack {
    pub fn new(text: &str) -> Haystack {
        Haystack {
            chars: text.chars().take(MAX_TEXT_CHARS).flat_map(lower).collect(),
        }
    }
}

/// The matcher's working memory, kept between matches so a key press allocates little.
#[derive(Debug, Default)]
pub struct Scratch {
    score: Vec<i32>,
    from: Vec<usize>,
}

/// One char, lower-cased, without changing how many chars there are (so char indices in
/// the text stay valid for highlighting).
fn lower(c: char) -> Option<char> {
    let mut lowered = c.to_lowercase();
    match (lowered.next(), lowered.next()) {
        (Some(l), None) => Some(l),
        _ => Some(c),
    }
}

/// The initial consonants as the compatibility jamo a keyboard types, in syllable order.
const INITIALS: [char; 19] = [
    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ',
    'ㅌ', 'ㅍ', 'ㅎ',
];

fn initial_of(syllable: char) -> Option<char> {
    let offset = u32::from(syllable).checked_sub(0xAC00)?;
    if offset >= 11_172 {
        return None;
    }
    INITIALS.get((offset / 588) as usize).copied()
}

fn char_matches(query: char, text: char) -> bool {
    query == text || (INITIALS.contains(&query) && initial_of(text) == Some(query))
}

fn is_word_start(chars: &[char], i: usize) -> bool {
    i == 0 || !chars[i - 1].is_alphanumeric()
}

/// The best-scoring occurrence of `word` as a subsequence of `chars`: matches at word
/// starts and in runs score higher, gaps cost. A dynamic programme over (text position,
/// query letter), linear in the text for each letter thanks to a running maximum.
fn match_word(
    word: &[char],
    chars: &[char],
    scratch: &mut Scratch,
    positions: &mut Vec<usize>,
) -> Option<i32> {
    let (n, m) = (chars.len(), word.len());
    const NONE: i32 = i32::MIN / 2;
    // score[j * n + i]: the best score of word[..=j] with word[j] at chars[i].
    let score = &mut scratch.score;
    let from = &mut scratch.from;
    score.clear();
    score.resize(n * m, NONE);
    from.clear();
    from.resize(n * m, usize::MAX);
    for (j, &q) in word.iter().enumerate() {
        // The best of score[j-1][k] + GAP * k over k < i, and that k.
        let mut running = (NONE, usize::MAX);
        for i in 0..n {
            if j > 0 && i > 0 {
                let k = i - 1;
                let candidate = score[(j - 1) * n + k].saturating_add(GAP * k as i32);
                if candidate > running.0 {
                    running = (candidate, k);
                }
            }
            if !char_matches(q, chars[i]) {
                continue;
            }
            let bonus = MATCH
                + if is_word_start(chars, i) {
                    WORD_START
                } else {
                    0
                };
            let (best, previous) = if j == 0 {
                // Earlier matches rank a little higher, as a tie breaker.
                (-(i.min(20) as i32) / 4, usize::MAX)
            } else {
                let consecutive = if i > 0 && score[(j - 1) * n + i - 1] > NONE {
                    score[(j - 1) * n + i - 1] + CONSECUTIVE
                } else {
                    NONE
                };
                let gapped = if running.0 > NONE {
                    running.0 - GAP * (i as i32 - 1)
                } else {
                    NONE
                };
                if consecutive == NONE && gapped == NONE {
                    continue;
                } else if consecutive >= gapped {
                    (consecutive, i - 1)
                } else {
                    (gapped, running.1)
                }
            };
            score[j * n + i] = best + bonus;
            from[j * n + i] = previous;
        }
    }
    let last = (m - 1) * n;
    let (end, best) = (0..n)
        .map(|i| (i, score[last + i]))
        .max_by_key(|&(i, s)| (s, std::cmp::Reverse(i)))?;
    if best <= NONE {
        return None;
    }
    let first = positions.len();
    positions.resize(first + m, 0);
    let mut i = end;
    for j in (0..m).rev() {
        positions[first + j] = i;
        i = from[j * n + i];
    }
    Some(best)
}

fn is_subsequence(word: &[char], chars: &[char]) -> bool {
    let mut rest = chars.iter();
    word.iter().all(|&q| rest.any(|&c| char_matches(q, c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn positions(query: &str, text: &str) -> Option<Vec<usize>> {
        Query::new(query).matches(text).map(|m| m.positions)
    }

    #[test]
    fn letters_in_order_match_across_words() {
        assert_eq!(
            positions("ddia", "Designing Data-Intensive Applications"),
            Some(vec![0, 10, 15, 25])
        );
        assert_eq!(
            positions("aidd", "Designing Data-Intensive Applications"),
            None
        );
    }

    #[test]
    fn case_is_ignored() {
        assert!(positions("REPL", "replication").is_some());
        assert!(positions("repl", "Replication").is_some());
    }

    #[test]
    fn hangul_matches_by_syllable_and_by_initial_consonant() {
        assert_eq!(positions("데이터", "데이터 중심 설계"), Some(vec![0, 1, 2]));
        assert_eq!(positions("ㄷㅇㅌ", "데이터 중심 설계"), Some(vec![0, 1, 2]));
        assert_eq!(positions("데ㅇㅌ", "데이터 중심 설계"), Some(vec![0, 1, 2]));
        assert_eq!(positions("ㅈㅅ", "데이터 중심 설계"), Some(vec![4, 5]));
        assert_eq!(positions("ㅋ", "데이터 중심 설계"), None);
        // A whole syllable is not matched by its initial alone the other way round.
        assert_eq!(positions("데", "ㄷ"), None);
    }

    #[test]
    fn decomposed_hangul_in_the_query_is_composed_first() {
        let nfd: String = "데이터".nfd().collect();
        assert_eq!(positions(&nfd, "데이터"), Some(vec![0, 1, 2]));
    }

    #[test]
    fn every_word_must_match() {
        assert!(positions("복제 지우", "5장 복제 최지우").is_some());
        assert!(positions("복제 민수", "5장 복제 최지우").is_none());
    }

    #[test]
    fn tight_and_word_start_matches_rank_higher() {
        let q = Query::new("rep");
        let tight = q.matches("Replication").expect("match").score;
        let loose = q
            .matches("Reliable, Scalable Applications")
            .expect("match")
            .score;
        assert!(tight > loose, "{tight} <= {loose}");
        let q = Query::new("ㅂㅈ");
        let start = q.matches("복제").expect("match").score;
        let inside = q.matches("트랜잭션 복습 제안").expect("match").score;
        assert!(start > inside, "{start} <= {inside}");
    }

    proptest::proptest! {
        #[test]
        fn a_match_is_a_real_subsequence(
            query in "[a-cㄱㄷ가다 ]{0,6}",
            text in "[a-cA-C가나다라 -]{0,40}",
        ) {
            let compiled = Query::new(&query);
            let chars = Haystack::new(&text).chars;
            let expected = compiled.words.iter().all(|w| is_subsequence(w, &chars));
            let found = compiled.matches(&text);
            proptest::prop_assert_eq!(found.is_some(), expected);
            if let Some(m) = found {
                proptest::prop_assert!(m.positions.windows(2).all(|w| w[0] < w[1]));
                proptest::prop_assert!(m.positions.iter().all(|&p| p < chars.len()));
            }
        }
    }

    #[test]
    fn a_longer_query_narrows_a_shorter_one() {
        assert!(Query::new("데").is_narrowed_by(&Query::new("데이")));
        assert!(Query::new("ab c").is_narrowed_by(&Query::new("abd cd")));
        assert!(!Query::new("데이").is_narrowed_by(&Query::new("데")));
        assert!(!Query::new("ab").is_narrowed_by(&Query::new("a b")));
        assert!(!Query::new("").is_narrowed_by(&Query::new("a")));
    }

    #[test]
    fn an_empty_query_is_empty() {
        assert!(Query::new("  ").is_empty());
        assert!(!Query::new("a").is_empty());
    }
}
