//! What a template sees: `study` (every interchange field) and `stats` (the derived facts).

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
    /// Every chapter as it happened: `number`, `title`, `date` (its first session's, else
    /// its scheduled date) and `presenter` (its own, else that session's).
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

pub(super) fn build(study: &Study, options: &PostOptions) -> minijinja::Value {
    minijinja::context! {
        study => minijinja::Value::from(minijinja::value::Serde(study)),
        stats => minijinja::Value::from(minijinja::value::Serde(PostStats::of(study))),
        with_notes => options.with_notes,
        lang => options.lang.code(),
    }
}
