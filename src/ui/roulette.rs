//! The presenter roulette's state: who is in the draw, and the short spin that reveals the
//! result. The draw itself is decided and saved before the spin starts; the spin only
//! shows it, and any key skips to the end.

use crate::domain::roulette::Candidate;

/// How many frames the spin takes: under a second in all, slowing down (see
/// `frame_delay_ms`).
const SPIN_FRAMES: u32 = 12;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roulette {
    pub chapter: Option<u32>,
    /// What the draw is for: `chapter 3 "저장소와 검색"`.
    pub what: String,
    pub members: Vec<Entry>,
    pub cursor: usize,
    pub phase: Phase,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub candidate: Candidate,
    pub included: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// Ticking members in or out before the draw.
    Choosing,
    /// Showing names in turn before stopping at the chosen one.
    Spinning {
        frame: u32,
        /// Which member's name is lit.
        lit: usize,
        chosen: usize,
    },
    Done {
        chosen: usize,
    },
}

impl Roulette {
    pub fn new(chapter: Option<u32>, what: String, candidates: Vec<Candidate>) -> Roulette {
        Roulette {
            chapter,
            what,
            members: candidates
                .into_iter()
                .map(|candidate| Entry {
                    candidate,
                    included: true,
                })
                .collect(),
            cursor: 0,
            phase: Phase::Choosing,
        }
    }

    pub fn excluded(&self) -> Vec<String> {
        self.members
            .iter()
            .filter(|e| !e.included)
            .map(|e| e.candidate.name.clone())
            .collect()
    }

    pub fn toggle(&mut self) {
        if self.phase == Phase::Choosing
            && let Some(entry) = self.members.get_mut(self.cursor)
        {
            entry.included = !entry.included;
        }
    }

    /// Starts the spin towards the member named `chosen`.
    pub fn spin_to(&mut self, chosen: &str) {
        let chosen = self
            .members
            .iter()
            .position(|e| e.candidate.name == chosen)
            .unwrap_or(0);
        self.phase = Phase::Spinning {
            frame: 0,
            lit: self.cursor,
            chosen,
        };
    }

    pub fn is_spinning(&self) -> bool {
        matches!(self.phase, Phase::Spinning { .. })
    }

    /// One frame of the spin: the light moves to the next member in the draw, and stops on
    /// the chosen one after the last frame.
    pub fn tick(&mut self) {
        let Phase::Spinning { frame, lit, chosen } = self.phase else {
            return;
        };
        if frame + 1 >= SPIN_FRAMES {
            self.phase = Phase::Done { chosen };
            return;
        }
        let included: Vec<usize> = (0..self.members.len())
            .filter(|&i| self.members[i].included)
            .collect();
        let at = included.iter().position(|&i| i == lit).unwrap_or(0);
        let next = included
            .get((at + 1) % included.len().max(1))
            .copied()
            .unwrap_or(chosen);
        self.phase = Phase::Spinning {
            frame: frame + 1,
            lit: next,
            chosen,
        };
    }

    /// Ends the spin at once.
    pub fn skip(&mut self) {
        if let Phase::Spinning { chosen, .. } = self.phase {
            self.phase = Phase::Done { chosen };
        }
    }

    /// How long the event loop waits before the next frame: slower towards the end.
    pub fn frame_delay_ms(&self) -> u64 {
        match self.phase {
            Phase::Spinning { frame, .. } => 30 + u64::from(frame) * u64::from(frame),
            _ => 100,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roulette() -> Roulette {
        let candidates = ["가", "나", "다"]
            .map(|n| Candidate {
                name: n.into(),
                presentations: 0,
                upcoming: 0,
            })
            .to_vec();
        Roulette::new(Some(1), "chapter 1".into(), candidates)
    }

    #[test]
    fn the_spin_lights_only_members_in_the_draw_and_stops_on_the_chosen() {
        let mut r = roulette();
        r.cursor = 1;
        r.toggle();
        assert_eq!(r.excluded(), vec!["나"]);
        r.cursor = 0;
        r.spin_to("다");
        let mut lit = Vec::new();
        while let Phase::Spinning { lit: l, .. } = r.phase {
            lit.push(l);
            r.tick();
        }
        assert!(
            !lit.contains(&1),
            "the excluded member never lights: {lit:?}"
        );
        assert_eq!(r.phase, Phase::Done { chosen: 2 });
        assert_eq!(lit.len(), SPIN_FRAMES as usize);
    }

    #[test]
    fn any_key_skips_the_spin() {
        let mut r = roulette();
        r.spin_to("나");
        r.skip();
        assert_eq!(r.phase, Phase::Done { chosen: 1 });
        r.toggle();
        assert!(r.excluded().is_empty(), "no ticking after the draw");
    }
}
