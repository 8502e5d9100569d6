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
            members: stats.members,
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
