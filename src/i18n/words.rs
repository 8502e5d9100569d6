//! The words for the journal's own states, one set for every place that names them: the
//! lists, the forms, the filter, the status line and `studylog list`.

use super::{Msg, Tr};
use crate::domain::{ChapterStatus, StudyStatus};

/// A study's status: `planned`, `active`, `finished` / 예정, 진행 중, 완료.
pub fn study_status(tr: Tr, status: StudyStatus) -> &'static str {
    tr.get(match status {
        StudyStatus::Planned => Msg::StatusStudyPlanned,
        StudyStatus::Active => Msg::StatusStudyActive,
        StudyStatus::Finished => Msg::StatusStudyFinished,
    })
}

/// A chapter's status: `todo`, `reading`, `done`, `presented`, `skipped` / 읽기 전, 읽는 중,
/// 다 읽음, 발표함, 건너뜀.
pub fn chapter_status(tr: Tr, status: ChapterStatus) -> &'static str {
    tr.get(match status {
        ChapterStatus::Todo => Msg::StatusChapterTodo,
        ChapterStatus::Reading => Msg::StatusChapterReading,
        ChapterStatus::Done => Msg::StatusChapterDone,
        ChapterStatus::Presented => Msg::StatusChapterPresented,
        ChapterStatus::Skipped => Msg::StatusChapterSkipped,
    })
}
