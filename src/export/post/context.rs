//! What a template sees: `study` (every interchange field) and `stats` (the derived facts).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use minijinja::value::{Enumerator, Object};
use serde::Serialize;
use serde::ser::SerializeMap;

use super::PostOptions;
use crate::domain::Study;
use crate::domain::stats::{MemberStats, Progress, ScheduledChapter, StudyStats};

/// The derived facts a post quotes. Maps are keyed by member name, in member order.
#[derive(Debug, Serialize)]
pub struct PostStats {
    pub sessions_held: usize,
    /// 0.0 to 1.0; absent when no attendance was taken.
    pub attendance_rate: Option<f64>,
    pub presentations: NamedCounts,
    pub deposit_left: NamedCounts,
    pub dropouts: Vec<String>,
    pub period: Option<Period>,
    pub progress: Progress,
    /// Every chapter as it happened (see `domain::held`): `number`, `title`, `date` (its
    /// first session's, else its scheduled date), `presenter` (that session's, else its
    /// planned one), `status` and `held`.
    pub schedule: Vec<ScheduledChapter>,
    /// Per member: presentations, missed, penalties, deposit_left.
    pub members: Vec<MemberStats>,
    /// How many times the roulette was spun.
    pub draws: usize,
    /// Who the roulette chose most, and how often; none without draws.
    pub most_drawn: Option<Most>,
    /// Who presented most, and how often; none before anyone presented.
    pub most_presented: Option<Most>,
}

/// The members who share the highest count, in member order, and that count.
#[derive(Debug, Serialize)]
pub struct Most {
    pub names: Vec<String>,
    pub count: u64,
}

impl Most {
    /// The names with the highest of `counts`, if it is above zero.
    fn of(counts: impl IntoIterator<Item = (String, u64)>) -> Option<Most> {
        let counts: Vec<(String, u64)> = counts.into_iter().collect();
        let count = counts.iter().map(|(_, n)| *n).max().filter(|n| *n > 0)?;
        let names = counts
            .into_iter()
            .filter(|(_, n)| *n == count)
            .map(|(name, _)| name)
            .collect();
        Some(Most { names, count })
    }
}

#[derive(Debug, Serialize)]
pub struct Period {
    pub first: chrono::NaiveDate,
    pub last: chrono::NaiveDate,
}

/// Name → number, serialised as a map that keeps member order.
#[derive(Debug)]
pub struct NamedCounts(pub Vec<(String, u64)>);

impl Serialize for NamedCounts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, count) in &self.0 {
            map.serialize_entry(name, count)?;
        }
        map.end()
    }
}

impl PostStats {
    pub fn of(study: &Study) -> Self {
        let stats = StudyStats::of(study);
        let named = |f: fn(&MemberStats) -> u64| {
            NamedCounts(
                stats
                    .members
                    .iter()
                    .map(|m| (m.name.clone(), f(m)))
                    .collect(),
            )
        };
        PostStats {
            sessions_held: stats.sessions_held,
            attendance_rate: stats.attendance_rate,
            presentations: named(|m| u64::from(m.presentations)),
            deposit_left: named(|m| m.deposit_left),
            dropouts: stats.dropouts.clone(),
            period: stats.period.map(|(first, last)| Period { first, last }),
            progress: stats.progress,
            schedule: stats.schedule,
            most_presented: Most::of(
                stats
                    .members
                    .iter()
                    .map(|m| (m.name.clone(), u64::from(m.presentations))),
            ),
            members: stats.members,
            draws: study.draws.len(),
            most_drawn: Most::of(study.members.iter().map(|m| {
                let drawn = study.draws.iter().filter(|d| d.chosen == m.name).count();
                (m.name.clone(), u64::try_from(drawn).unwrap_or(u64::MAX))
            })),
        }
    }
}

pub(super) fn build(study: Study, options: &PostOptions) -> minijinja::Value {
    let stats = PostStats::of(&study);
    minijinja::context! {
        study => minijinja::Value::from_object(StudyValue::new(study)),
        stats => minijinja::Value::from(minijinja::value::Serde(stats)),
        with_notes => options.with_notes,
        lang => options.lang.code(),
        voice => options.voice.as_str(),
        chart => options.chart.as_deref(),
    }
}

/// The study as a template sees it: every field of the interchange format, each turned
/// into a template value the first time a template reads it. A long study's sessions and
/// their attendance, which the built-in post never reads, then cost nothing: as one value
/// tree they took megabytes for a post of a few hundred kilobytes.
#[derive(Debug)]
struct StudyValue {
    study: Study,
    read: Mutex<HashMap<&'static str, minijinja::Value>>,
}

/// The fields of `Study`, as serde names them.
const STUDY_FIELDS: &[&str] = &[
    "name",
    "status",
    "started_on",
    "ended_on",
    "cadence",
    "venue",
    "motivation",
    "how_it_ran",
    "deposit",
    "book",
    "members",
    "chapters",
    "sessions",
    "retro",
    "draws",
    "closing",
    "next",
    "post",
];

impl StudyValue {
    fn new(study: Study) -> Self {
        StudyValue {
            study,
            read: Mutex::new(HashMap::new()),
        }
    }

    fn field(&self, name: &str) -> Option<minijinja::Value> {
        use minijinja::Value;
        use minijinja::value::Serde;
        let s = &self.study;
        Some(match name {
            "name" => Value::from(Serde(&s.name)),
            "status" => Value::from(Serde(s.status)),
            "started_on" => Value::from(Serde(s.started_on)),
            "ended_on" => Value::from(Serde(s.ended_on)),
            "cadence" => Value::from(Serde(&s.cadence)),
            "venue" => Value::from(Serde(&s.venue)),
            "motivation" => Value::from(Serde(&s.motivation)),
            "how_it_ran" => Value::from(Serde(&s.how_it_ran)),
            "deposit" => Value::from(Serde(&s.deposit)),
            "book" => Value::from(Serde(&s.book)),
            "members" => Value::from(Serde(&s.members)),
            "chapters" => Value::from(Serde(&s.chapters)),
            "sessions" => Value::from(Serde(&s.sessions)),
            "retro" => Value::from(Serde(&s.retro)),
            "draws" => Value::from(Serde(&s.draws)),
            "closing" => Value::from(Serde(&s.closing)),
            "next" => Value::from(Serde(&s.next)),
            "post" => Value::from(Serde(&s.post)),
            _ => return None,
        })
    }
}

impl Object for StudyValue {
    fn get_value(self: &Arc<Self>, key: &minijinja::Value) -> Option<minijinja::Value> {
        let name = *STUDY_FIELDS.iter().find(|f| Some(**f) == key.as_str())?;
        // A poisoned lock only means another read panicked; the values are still good.
        let mut read = self.read.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(value) = read.get(name) {
            return Some(value.clone());
        }
        let value = self.field(name)?;
        read.insert(name, value.clone());
        Some(value)
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(STUDY_FIELDS)
    }
}
