//! The presenter roulette's state: who is in the draw, the question before replacing a
//! presenter, and the short spin that reveals the result. The draw is decided before the
//! spin starts but handed back to be saved only when the spin ends (or any key skips it):
//! nothing on screen, the earlier draws included, shows the result before the spin does.

use crate::domain::Draw;
use crate::domain::roulette::Candidate;

/// How many frames the spin takes: under a second in all, slowing down (see
/// `frame_delay_ms`).
const SPIN_FRAMES: u32 = 12;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roulette {
    pub chapter: Option<u32>,
    /// What the draw is for, in the interface's language: `chapter 3 "저장소와 검색"`,
    /// `3장 "저장소와 검색"`.
    pub what: String,
    /// Who presents the chapter now, whom a draw would replace.
    pub presenter: Option<String>,
    pub members: Vec<Entry>,
    pub cursor: usize,
    pub phase: Phase,
    /// The draw the spin is revealing, until the spin ends and it is saved.
    pending: Option<Draw>,
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
    /// Asking whether to replace the current presenter; `after` is the draw just shown
    /// when the question came after one (a new draw replaces that result too).
    Confirming {
        after: Option<usize>,
    },
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
    pub fn new(
        chapter: Option<u32>,
        what: String,
        presenter: Option<String>,
        candidates: Vec<Candidate>,
    ) -> Roulette {
        Roulette {
            chapter,
            what,
            presenter,
            members: candidates
                .into_iter()
                .map(|candidate| Entry {
                    candidate,
                    included: true,
                })
                .collect(),
            cursor: 0,
            phase: Phase::Choosing,
            pending: None,
        }
    }

    /// The draw shown last, if the window shows a result.
    pub fn result(&self) -> Option<usize> {
        match self.phase {
            Phase::Done { chosen }
            | Phase::Confirming {
                after: Some(chosen),
            } => Some(chosen),
            _ => None,
        }
    }

    /// Asks before a draw that would replace a presenter; `false` when nobody presents
    /// the chapter yet and the draw can go ahead.
    pub fn ask_before_drawing(&mut self) -> bool {
        // With everyone left out the draw cannot happen: it says why at once instead.
        if self.presenter.is_none() || !self.members.iter().any(|e| e.included) {
            return false;
        }
        self.phase = Phase::Confirming {
            after: self.result(),
        };
        true
    }

    /// `n` to the question: back to where it was asked, nothing changed.
    pub fn keep_presenter(&mut self) {
        if let Phase::Confirming { after } = self.phase {
            self.phase = after.map_or(Phase::Choosing, |chosen| Phase::Done { chosen });
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

    /// Starts the spin towards the member `draw` chose; the draw comes back from `tick` or
    /// `skip` when the spin ends, to be saved then.
    pub fn spin_to(&mut self, draw: Draw) {
        let chosen = self
            .members
            .iter()
            .position(|e| e.candidate.name == draw.chosen)
            .unwrap_or(0);
        self.phase = Phase::Spinning {
            frame: 0,
            lit: self.cursor,
            chosen,
        };
        self.pending = Some(draw);
    }

    /// The draw has been saved: its member presents the chapter now.
    pub fn saved(&mut self, presenter: Option<String>) {
        self.presenter = presenter;
    }

    pub fn is_spinning(&self) -> bool {
        matches!(self.phase, Phase::Spinning { .. })
    }

    /// One frame of the spin: the light moves to the next member in the draw, and stops on
    /// the chosen one after the last frame, handing back the draw to save.
    pub fn tick(&mut self) -> Option<Draw> {
        let Phase::Spinning { frame, lit, chosen } = self.phase else {
            return None;
        };
        if frame + 1 >= SPIN_FRAMES {
            self.phase = Phase::Done { chosen };
            return self.pending.take();
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
        None
    }

    /// Ends the spin at once, handing back the draw to save.
    pub fn skip(&mut self) -> Option<Draw> {
        if let Phase::Spinning { chosen, .. } = self.phase {
            self.phase = Phase::Done { chosen };
            return self.pending.take();
        }
        None
    }

    /// The draw could not be saved: back to choosing, as if it had not happened.
    pub fn unsaved(&mut self) {
        self.phase = Phase::Choosing;
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
        Roulette::new(Some(1), "chapter 1".into(), Some("가".into()), candidates)
    }

    fn draw_of(chosen: &str) -> Draw {
        Draw {
            drawn_at: chrono::DateTime::parse_from_rfc3339("2025-03-01T21:00:00+09:00")
                .expect("time"),
            chapter: Some(1),
            candidates: vec!["가".into(), "나".into(), "다".into()],
            chosen: chosen.into(),
        }
    }

    #[test]
    fn a_presenter_is_replaced_only_after_a_yes_and_a_no_goes_back() {
        let mut r = roulette();
        assert!(r.ask_before_drawing());
        assert_eq!(r.phase, Phase::Confirming { after: None });
        r.keep_presenter();
        assert_eq!(r.phase, Phase::Choosing);
        r.spin_to(draw_of("다"));
        assert_eq!(r.tick(), None, "nothing to save mid-spin");
        let saved = r.skip().expect("the draw, to save when the spin ends");
        assert_eq!(saved.chosen, "다");
        assert_eq!(r.skip(), None, "handed over once");
        r.saved(Some("다".into()));
        assert!(
            r.ask_before_drawing(),
            "a new draw replaces the one just made"
        );
        r.keep_presenter();
        assert_eq!(r.phase, Phase::Done { chosen: 2 });
    }

    #[test]
    fn the_spin_lights_only_members_in_the_draw_and_stops_on_the_chosen() {
        let mut r = roulette();
        r.cursor = 1;
        r.toggle();
        assert_eq!(r.excluded(), vec!["나"]);
        r.cursor = 0;
        r.spin_to(draw_of("다"));
        let mut lit = Vec::new();
        let mut saved = None;
        while let Phase::Spinning { lit: l, .. } = r.phase {
            lit.push(l);
            saved = r.tick();
        }
        assert_eq!(saved.map(|d| d.chosen), Some("다".into()));
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
        r.spin_to(draw_of("나"));
        r.skip();
        assert_eq!(r.phase, Phase::Done { chosen: 1 });
        r.toggle();
        assert!(r.excluded().is_empty(), "no ticking after the draw");
    }
}
