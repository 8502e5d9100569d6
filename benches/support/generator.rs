//! A journal far larger than anyone's, for benchmarks: 200 studies, 20,000 chapters with
//! ~600-character notes, 100,000 attendance rows and 20,000 retro points. Study 0, "큰
//! 스터디", has 2,000 chapters.

use std::path::Path;

use chrono::NaiveDate;
use studylog::domain::{
    Attendance, AttendanceStatus, Chapter, ChapterStatus, Member, RetroKind, RetroPoint, Session,
    Study,
};
use studylog::store::{Conflict, OpenMode, Store};

pub const STUDIES: usize = 200;
pub const BIG_STUDY_CHAPTERS: u32 = 2_000;
pub const BIG_STUDY: &str = "큰 스터디";

const MEMBERS: usize = 10;
const SESSIONS_PER_STUDY: usize = 50; // x 10 members x 200 studies = 100,000 attendance rows
const RETRO_PER_STUDY: usize = 100; // x 200 studies = 20,000 points

fn notes(seed: usize) -> String {
    let paragraph = "## 발표 요약\n\n로그 구조 저장소는 쓰기를 순차적으로 모아 디스크에 내려 쓴다. \
        Compaction merges segments and drops overwritten keys; 읽기는 여러 세그먼트를 확인해야 한다.\n\n\
        - 장점: 쓰기 처리량이 높다\n- 단점: 읽기 증폭과 공간 증폭\n\n| 구분 | LSM | B-tree |\n|---|---|---|\n| 쓰기 | 순차 | 제자리 |\n";
    format!("{paragraph}\n메모 {seed}: 다음 주에 이어서 토론하기로 함. 🎉\n")
}

fn study(index: usize, chapters: u32) -> Study {
    let mut s = Study::new(
        if index == 0 {
            BIG_STUDY.to_owned()
        } else {
            format!("스터디 {index:03} Rust 읽기")
        },
        format!("책 {index}: 데이터 중심 애플리케이션 설계"),
    );
    s.started_on = NaiveDate::from_ymd_opt(2024, 1, 7);
    s.deposit.amount = 30_000;
    s.deposit.penalty = 5_000;
    s.deposit.currency = "KRW".into();
    s.members = (0..MEMBERS)
        .map(|m| Member {
            name: format!("멤버{m}"),
            me: m == 0,
        })
        .collect();
    let start = NaiveDate::from_ymd_opt(2024, 1, 7).expect("date");
    s.chapters = (1..=chapters)
        .map(|n| {
            let mut c = Chapter::new(n, format!("{n}장: 분산 시스템의 골칫거리와 합의"));
            c.scheduled_on = start.checked_add_days(chrono::Days::new(u64::from(n) * 7));
            c.presenter = Some(format!("멤버{}", n as usize % MEMBERS));
            c.status = if n % 3 == 0 {
                ChapterStatus::Presented
            } else {
                ChapterStatus::Todo
            };
            c.notes = notes(n as usize);
            c
        })
        .collect();
    s.sessions = (0..SESSIONS_PER_STUDY)
        .map(|i| Session {
            held_on: start + chrono::Duration::weeks(i as i64),
            chapters: if (i as u32) < chapters {
                vec![i as u32 + 1]
            } else {
                vec![]
            },
            presenter: Some(format!("멤버{}", i % MEMBERS)),
            attendance: (0..MEMBERS)
                .map(|m| Attendance {
                    member: format!("멤버{m}"),
                    status: if (i + m) % 11 == 0 {
                        AttendanceStatus::Absent
                    } else {
                        AttendanceStatus::Present
                    },
                })
                .collect(),
            notes: String::new(),
        })
        .collect();
    s.retro = (0..RETRO_PER_STUDY)
        .map(|i| RetroPoint {
            kind: RetroKind::ALL[i % 3],
            text: format!("회고 {i}: 발표자 추첨 덕분에 모두가 준비해 왔다"),
            chapter: None,
        })
        .collect();
    s
}

/// Writes the large journal to `path` (which must not exist yet).
pub fn generate(path: &Path) {
    let mut store = Store::open(path, OpenMode::CreateIfMissing).expect("create journal");
    let rest = (20_000 - BIG_STUDY_CHAPTERS) / (STUDIES as u32 - 1);
    let mut batch = Vec::new();
    for index in 0..STUDIES {
        batch.push(study(
            index,
            if index == 0 { BIG_STUDY_CHAPTERS } else { rest },
        ));
        if batch.len() == 20 {
            store.import(&batch, Conflict::Refuse).expect("import");
            batch.clear();
        }
    }
    store.import(&batch, Conflict::Refuse).expect("import");
}
