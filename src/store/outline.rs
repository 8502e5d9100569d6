//! A study as its screen reads it: the study, and with each item of its lists the id it has
//! in the journal, so that a screen names the item it shows by its id, never by its place.

use std::ops::Deref;

use super::ids::{ChapterId, MemberId, PointId, SessionId};
use crate::domain::{Chapter, Member, RetroPoint, Session, Study};

/// One item of a study's list, with its id in the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Identified<'a, Id, T> {
    pub id: Id,
    pub item: &'a T,
}

/// The id of an item of any of a study's lists, for what names "the item just saved".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemId {
    Chapter(ChapterId),
    Session(SessionId),
    Member(MemberId),
    Point(PointId),
}

/// A loaded study with the ids of its items. It reads as the [`Study`] it holds (the
/// interchange type, which knows no ids, and which the stats, the exports and the forms
/// take whole); the ids are reached only with their items, through [`Outline::chapter`] and
/// its siblings. The ids are kept beside the lists, in step with them: only the store makes
/// an outline, and the one reordering, [`Outline::sort_points_by_key`], moves both.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    study: Study,
    member_ids: Vec<MemberId>,
    chapter_ids: Vec<ChapterId>,
    session_ids: Vec<SessionId>,
    /// Whether each session has notes, read even when the notes themselves are not, so a
    /// list can mark the sessions that have some.
    session_has_notes: Vec<bool>,
    point_ids: Vec<PointId>,
}

/// The ids read with a study's lists, one per item, in the lists' order.
#[derive(Debug, Default)]
pub(super) struct ListIds {
    pub members: Vec<MemberId>,
    pub chapters: Vec<ChapterId>,
    pub sessions: Vec<SessionId>,
    pub session_has_notes: Vec<bool>,
    pub points: Vec<PointId>,
}

impl Outline {
    pub(super) fn new(study: Study, ids: ListIds) -> Outline {
        debug_assert_eq!(study.members.len(), ids.members.len());
        debug_assert_eq!(study.chapters.len(), ids.chapters.len());
        debug_assert_eq!(study.sessions.len(), ids.sessions.len());
        debug_assert_eq!(study.sessions.len(), ids.session_has_notes.len());
        debug_assert_eq!(study.retro.len(), ids.points.len());
        Outline {
            study,
            member_ids: ids.members,
            chapter_ids: ids.chapters,
            session_ids: ids.sessions,
            session_has_notes: ids.session_has_notes,
            point_ids: ids.points,
        }
    }

    /// The study, for what takes it whole.
    pub fn study(&self) -> &Study {
        &self.study
    }

    pub fn into_study(self) -> Study {
        self.study
    }

    /// Member `i` of the study's list, with its id.
    pub fn member(&self, i: usize) -> Option<Identified<'_, MemberId, Member>> {
        identified(&self.member_ids, &self.study.members, i)
    }

    /// Chapter `i`, with its id.
    pub fn chapter(&self, i: usize) -> Option<Identified<'_, ChapterId, Chapter>> {
        identified(&self.chapter_ids, &self.study.chapters, i)
    }

    /// Session `i`, with its id.
    pub fn session(&self, i: usize) -> Option<Identified<'_, SessionId, Session>> {
        identified(&self.session_ids, &self.study.sessions, i)
    }

    /// Retro point `i`, with its id.
    pub fn point(&self, i: usize) -> Option<Identified<'_, PointId, RetroPoint>> {
        identified(&self.point_ids, &self.study.retro, i)
    }

    /// The members with their ids, in their order.
    pub fn members(&self) -> impl Iterator<Item = Identified<'_, MemberId, Member>> {
        all(&self.member_ids, &self.study.members)
    }

    /// The chapters with their ids, in their order.
    pub fn chapters(&self) -> impl Iterator<Item = Identified<'_, ChapterId, Chapter>> {
        all(&self.chapter_ids, &self.study.chapters)
    }

    /// The sessions with their ids, in their order.
    pub fn sessions(&self) -> impl Iterator<Item = Identified<'_, SessionId, Session>> {
        all(&self.session_ids, &self.study.sessions)
    }

    /// The retro points with their ids, in their order.
    pub fn points(&self) -> impl Iterator<Item = Identified<'_, PointId, RetroPoint>> {
        all(&self.point_ids, &self.study.retro)
    }

    /// Whether session `i` has notes (the outline itself leaves them unread).
    pub fn session_has_notes(&self, i: usize) -> bool {
        self.session_has_notes.get(i).copied().unwrap_or(false)
    }

    /// Where the item `id` is in its list.
    pub fn index_of(&self, id: ItemId) -> Option<usize> {
        match id {
            ItemId::Chapter(id) => self.chapter_ids.iter().position(|c| *c == id),
            ItemId::Session(id) => self.session_ids.iter().position(|s| *s == id),
            ItemId::Member(id) => self.member_ids.iter().position(|m| *m == id),
            ItemId::Point(id) => self.point_ids.iter().position(|p| *p == id),
        }
    }

    /// Orders the retro points by `key`, stably, each keeping its id.
    pub fn sort_points_by_key<K: Ord>(&mut self, mut key: impl FnMut(&RetroPoint) -> K) {
        let mut pairs: Vec<_> = std::mem::take(&mut self.study.retro)
            .into_iter()
            .zip(std::mem::take(&mut self.point_ids))
            .collect();
        pairs.sort_by_key(|(point, _)| key(point));
        (self.study.retro, self.point_ids) = pairs.into_iter().unzip();
    }
}

impl Deref for Outline {
    type Target = Study;

    fn deref(&self) -> &Study {
        &self.study
    }
}

fn all<'a, Id: Copy, T>(
    ids: &'a [Id],
    items: &'a [T],
) -> impl Iterator<Item = Identified<'a, Id, T>> {
    ids.iter()
        .zip(items)
        .map(|(&id, item)| Identified { id, item })
}

fn identified<'a, Id: Copy, T>(
    ids: &[Id],
    items: &'a [T],
    i: usize,
) -> Option<Identified<'a, Id, T>> {
    Some(Identified {
        id: *ids.get(i)?,
        item: items.get(i)?,
    })
}
