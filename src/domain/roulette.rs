//! The presenter roulette: a draw among the members, weighted toward those who have
//! presented least, so that over a study everyone presents about as often.
//!
//! A member who has presented `p` times, in a group whose busiest member has presented `max`
//! times, gets weight `max - p + 1`: with counts 0, 1 and 2 the chances are 3/6, 2/6 and
//! 1/6. The generator is a small seeded one (SplitMix64), so a draw can be replayed from
//! its seed and tested for its odds.

use chrono::{DateTime, FixedOffset};

use super::held::Coverage;
use super::stats::StudyStats;
use super::study::{ChapterStatus, Draw, Study};

/// A member who may be drawn, and how many turns they have had or have coming: the weight
/// counts both, so that a member already drawn for next week is not drawn again first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub name: String,
    /// Sessions presented in, and chapters still to come that are theirs already.
    pub presentations: u32,
    /// The second part of `presentations`, shown apart.
    pub upcoming: u32,
}

/// SplitMix64: tiny, fast, and good enough to pick a presenter fairly.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn seeded(seed: u64) -> Rng {
        Rng(seed)
    }

    /// A generator seeded from the clock and the process, for a real draw.
    pub fn from_entropy() -> Rng {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        Rng(nanos ^ (u64::from(std::process::id()) << 32))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` without modulo bias.
    pub fn below(&mut self, n: u64) -> u64 {
        let n = n.max(1);
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let x = self.next_u64();
            if x < zone {
                return x % n;
            }
        }
    }
}

/// Each candidate's weight: the busiest presenter's count, less theirs, plus one.
pub fn weights(candidates: &[Candidate]) -> Vec<u64> {
    let max = candidates
        .iter()
        .map(|c| c.presentations)
        .max()
        .unwrap_or(0);
    candidates
        .iter()
        .map(|c| u64::from(max - c.presentations) + 1)
        .collect()
}

/// The index of the drawn candidate, or `None` when there is no one to draw.
pub fn draw(candidates: &[Candidate], rng: &mut Rng) -> Option<usize> {
    let weights = weights(candidates);
    let total: u64 = weights.iter().sum();
    if total == 0 {
        return None;
    }
    let mut ticket = rng.below(total);
    for (i, w) in weights.iter().enumerate() {
        if ticket < *w {
            return Some(i);
        }
        ticket -= w;
    }
    None
}

/// The study's members as candidates for presenting chapter `number`: the sessions each
/// has presented in (as the Members tab counts them), and the chapters still to come that
/// are theirs already, not counting chapter `number` (whose presenter the draw replaces).
/// Both counts ask [`Coverage`] who presents.
pub fn candidates(study: &Study, number: Option<u32>) -> Vec<Candidate> {
    let stats = StudyStats::of(study);
    let coverage = Coverage::of(study);
    let to_come: Vec<&str> = study
        .chapters
        .iter()
        .filter(|c| Some(c.number) != number && coverage.is_to_come(c))
        .filter_map(|c| coverage.presenter(c))
        .collect();
    study
        .members
        .iter()
        .zip(&stats.members)
        .map(|(m, counted)| {
            let upcoming = to_come.iter().filter(|p| **p == m.name).count();
            let upcoming = u32::try_from(upcoming).unwrap_or(u32::MAX);
            Candidate {
                name: m.name.clone(),
                presentations: counted.presentations.saturating_add(upcoming),
                upcoming,
            }
        })
        .collect()
}

/// Each weight as a whole percentage of their sum, rounded down and then topped up by the
/// largest remainders so that the column adds up to 100: 3:2:1 reads 50%, 33%, 17%. Equal
/// weights always read the same, so when they cannot share the last points evenly the
/// column adds up to a little less (1:1:1 reads 33% three times, not 34% for one of them).
pub fn percentages(weights: &[u64]) -> Vec<u64> {
    let total: u64 = weights.iter().sum();
    if total == 0 {
        return vec![0; weights.len()];
    }
    let mut shares: Vec<u64> = weights.iter().map(|w| w * 100 / total).collect();
    let mut left = 100 - shares.iter().sum::<u64>();
    let mut remainders: Vec<u64> = weights.iter().map(|w| w * 100 % total).collect();
    remainders.sort_unstable_by(|a, b| b.cmp(a));
    remainders.dedup();
    for remainder in remainders.into_iter().filter(|r| *r > 0) {
        let group: Vec<usize> = (0..weights.len())
            .filter(|&i| weights[i] * 100 % total == remainder)
            .collect();
        let size = u64::try_from(group.len()).unwrap_or(u64::MAX);
        if size > left {
            break;
        }
        for i in group {
            shares[i] += 1;
        }
        left -= size;
    }
    shares
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DrawError {
    #[error("the study has no members to draw from; add members first")]
    NoMembers,
    #[error("everyone is excluded; leave at least one member in the draw")]
    EveryoneExcluded,
    #[error("there is no member named {} to exclude", super::text::quoted(.0))]
    UnknownMember(String),
    #[error("there is no chapter {0}")]
    UnknownChapter(u32),
    #[error(
        "chapter {number} was presented on {held_on}: a session covers it, so a draw would \
         change nothing; draw for a chapter still to come"
    )]
    AlreadyPresented {
        number: u32,
        held_on: chrono::NaiveDate,
    },
    #[error("chapter {0} is skipped: nobody presents it; change its status first to draw for it")]
    Skipped(u32),
}

/// Draws the presenter of chapter `chapter` among the members not `excluded`, and the
/// record of it.
pub fn make_draw(
    study: &Study,
    chapter: Option<u32>,
    excluded: &[String],
    rng: &mut Rng,
    now: DateTime<FixedOffset>,
) -> Result<Draw, DrawError> {
    if let Some(number) = chapter
        && study.chapter(number).is_none()
    {
        return Err(DrawError::UnknownChapter(number));
    }
    if let Some(number) = chapter
        && let Some(held_on) = Coverage::of(study).held_on(number)
    {
        return Err(DrawError::AlreadyPresented { number, held_on });
    }
    if let Some(number) = chapter
        && study
            .chapter(number)
            .is_some_and(|c| c.status == ChapterStatus::Skipped)
    {
        return Err(DrawError::Skipped(number));
    }
    if let Some(name) = excluded.iter().find(|n| study.member(n).is_none()) {
        return Err(DrawError::UnknownMember(name.clone()));
    }
    if study.members.is_empty() {
        return Err(DrawError::NoMembers);
    }
    let pool: Vec<Candidate> = candidates(study, chapter)
        .into_iter()
        .filter(|c| !excluded.contains(&c.name))
        .collect();
    let chosen = draw(&pool, rng).ok_or(DrawError::EveryoneExcluded)?;
    Ok(Draw {
        // To the second: enough to tell draws apart, and easy to read in the JSON.
        drawn_at: chrono::Timelike::with_nanosecond(&now, 0).unwrap_or(now),
        chapter,
        candidates: pool.iter().map(|c| c.name.clone()).collect(),
        chosen: pool[chosen].name.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Chapter, Member};

    fn members(names: &[&str]) -> Vec<Member> {
        names
            .iter()
            .map(|n| Member {
                name: (*n).into(),
                me: false,
            })
            .collect()
    }

    fn group(counts: &[u32]) -> Vec<Candidate> {
        counts
            .iter()
            .enumerate()
            .map(|(i, &presentations)| Candidate {
                name: format!("멤버{i}"),
                presentations,
                upcoming: 0,
            })
            .collect()
    }

    #[test]
    fn those_who_presented_least_weigh_most() {
        assert_eq!(weights(&group(&[0, 1, 2])), vec![3, 2, 1]);
        assert_eq!(
            weights(&group(&[2, 2])),
            vec![1, 1],
            "equal counts, equal chances"
        );
        assert_eq!(draw(&[], &mut Rng::seeded(1)), None);
    }

    /// A seeded chi-square test of the odds: 60,000 draws among members who presented 0, 1,
    /// 2 and 2 times should come out near 4:3:2:2. The seed makes the test repeatable; the
    /// bound is the 99.9th percentile of chi-square with 3 degrees of freedom.
    #[test]
    fn draws_follow_the_weights() {
        let candidates = group(&[0, 1, 2, 2]);
        let weights = weights(&candidates);
        let total_weight: u64 = weights.iter().sum();
        let mut rng = Rng::seeded(20_251_125);
        let runs = 60_000u32;
        let mut seen = vec![0u32; candidates.len()];
        for _ in 0..runs {
            seen[draw(&candidates, &mut rng).expect("a draw")] += 1;
        }
        let chi_square: f64 = seen
            .iter()
            .zip(&weights)
            .map(|(&observed, &w)| {
                let expected = f64::from(runs) * w as f64 / total_weight as f64;
                (f64::from(observed) - expected).powi(2) / expected
            })
            .sum();
        assert!(
            chi_square < 16.27,
            "chi-square {chi_square:.2} for {seen:?}"
        );
        assert!(seen[0] > seen[1] && seen[1] > seen[2], "{seen:?}");
    }

    #[test]
    fn the_same_seed_draws_the_same_member() {
        let candidates = group(&[0, 0, 0, 0, 0]);
        let first = draw(&candidates, &mut Rng::seeded(7));
        assert_eq!(draw(&candidates, &mut Rng::seeded(7)), first);
    }

    #[test]
    fn a_draw_leaves_out_the_excluded_and_says_why_it_cannot_happen() {
        let mut study = Study::new("s", "b");
        study.chapters.push(Chapter::new(1, "1장"));
        let now = DateTime::parse_from_rfc3339("2025-03-01T21:00:00+09:00").expect("time");
        let mut rng = Rng::seeded(3);
        assert_eq!(
            make_draw(&study, Some(1), &[], &mut rng, now),
            Err(DrawError::NoMembers)
        );
        study.members = members(&["가", "나", "다"]);
        let excluded = vec!["가".to_owned(), "다".to_owned()];
        let draw = make_draw(&study, Some(1), &excluded, &mut rng, now).expect("a draw");
        assert_eq!(draw.candidates, vec!["나"]);
        assert_eq!(draw.chosen, "나");
        assert_eq!(
            make_draw(&study, Some(9), &[], &mut rng, now),
            Err(DrawError::UnknownChapter(9))
        );
        let everyone: Vec<String> = ["가", "나", "다"].map(String::from).to_vec();
        assert_eq!(
            make_draw(&study, None, &everyone, &mut rng, now),
            Err(DrawError::EveryoneExcluded)
        );
    }

    #[test]
    fn the_chapter_being_drawn_does_not_count() {
        let mut study = Study::new("s", "b");
        study.members = members(&["가", "나"]);
        for n in 1..=3 {
            let mut c = Chapter::new(n, format!("{n}장"));
            c.presenter = Some("가".into());
            study.chapters.push(c);
        }
        let counts: Vec<u32> = candidates(&study, Some(3))
            .iter()
            .map(|c| c.presentations)
            .collect();
        assert_eq!(counts, vec![2, 0]);
    }

    #[test]
    fn sessions_presented_count_as_the_members_tab_counts_them_and_drawn_chapters_too() {
        let mut study = Study::new("s", "b");
        study.members = members(&["가", "나", "다"]);
        study.chapters = (1..=3).map(|n| Chapter::new(n, format!("{n}장"))).collect();
        // Chapter 1 was held, presented by 가, though the chapter names no presenter.
        study.sessions.push(crate::domain::Session {
            held_on: chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("date"),
            chapters: vec![1],
            presenter: Some("가".into()),
            attendance: vec![],
            notes: String::new(),
        });
        // Chapter 2 is drawn for 나 already; chapter 3 is being drawn.
        study.chapters[1].presenter = Some("나".into());
        let counted: Vec<(u32, u32)> = candidates(&study, Some(3))
            .iter()
            .map(|c| (c.presentations, c.upcoming))
            .collect();
        assert_eq!(counted, vec![(1, 0), (1, 1), (0, 0)]);
    }

    #[test]
    fn the_roulette_counts_the_one_presenter_and_never_draws_a_held_chapter() {
        let mut study = Study::new("s", "b");
        study.members = members(&["가", "나"]);
        study.chapters = (1..=4).map(|n| Chapter::new(n, format!("{n}장"))).collect();
        // Chapter 1 was planned for 가, but 나 presented it in the session.
        study.chapters[0].presenter = Some("가".into());
        let held_on = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("date");
        study.sessions.push(crate::domain::Session {
            held_on,
            chapters: vec![1],
            presenter: Some("나".into()),
            attendance: vec![],
            notes: String::new(),
        });
        // Chapter 2 is planned for 가 but skipped: no turn to come.
        study.chapters[1].presenter = Some("가".into());
        study.chapters[1].status = crate::domain::ChapterStatus::Skipped;
        let counted: Vec<(u32, u32)> = candidates(&study, Some(4))
            .iter()
            .map(|c| (c.presentations, c.upcoming))
            .collect();
        assert_eq!(counted, vec![(0, 0), (1, 0)]);

        let now = DateTime::parse_from_rfc3339("2025-03-01T21:00:00+09:00").expect("time");
        assert_eq!(
            make_draw(&study, Some(1), &[], &mut Rng::seeded(1), now),
            Err(DrawError::AlreadyPresented { number: 1, held_on })
        );
        assert_eq!(
            make_draw(&study, Some(2), &[], &mut Rng::seeded(1), now),
            Err(DrawError::Skipped(2))
        );
    }

    #[test]
    fn chances_read_as_percentages_that_add_up() {
        assert_eq!(percentages(&[3, 2, 1]), vec![50, 33, 17]);
        assert_eq!(percentages(&[2, 1]), vec![67, 33]);
        assert_eq!(percentages(&[1]), vec![100]);
        assert_eq!(percentages(&[4, 3, 2, 2]), vec![37, 27, 18, 18]);
        assert_eq!(
            percentages(&[1, 1, 1]),
            vec![33, 33, 33],
            "equal chances read the same"
        );
        assert!(percentages(&[]).is_empty());
    }
}
