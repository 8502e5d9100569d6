//! The deposit rule: every member puts down `amount`; each absence or unprepared session
//! costs `penalty`, and what is left never goes below zero. Derived, never stored.

use super::study::{Deposit, Study};

/// What one member has left of the deposit after `penalties` penalised sessions.
pub fn deposit_left(deposit: &Deposit, penalties: u32) -> u64 {
    deposit
        .amount
        .saturating_sub(deposit.penalty.saturating_mul(u64::from(penalties)))
}

/// How many of the study's sessions cost `member` the penalty.
pub fn penalties(study: &Study, member: &str) -> u32 {
    let count = study
        .sessions
        .iter()
        .flat_map(|s| &s.attendance)
        .filter(|a| a.member == member && a.status.is_penalised())
        .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::study::{Attendance, AttendanceStatus, Member, Session};
    use chrono::NaiveDate;

    fn deposit(amount: u64, penalty: u64) -> Deposit {
        Deposit {
            amount,
            currency: "KRW".into(),
            penalty,
        }
    }

    #[test]
    fn each_penalty_is_taken_from_the_deposit() {
        assert_eq!(deposit_left(&deposit(20_000, 5_000), 0), 20_000);
        assert_eq!(deposit_left(&deposit(20_000, 5_000), 2), 10_000);
    }

    #[test]
    fn the_deposit_never_goes_below_zero() {
        assert_eq!(deposit_left(&deposit(20_000, 5_000), 5), 0);
        assert_eq!(deposit_left(&deposit(1, u64::MAX), u32::MAX), 0);
    }

    #[test]
    fn absent_and_unprepared_cost_the_penalty_present_does_not() {
        let mut study = Study::new("s", "b");
        study.members.push(Member {
            name: "민수".into(),
            me: false,
        });
        for status in [
            AttendanceStatus::Present,
            AttendanceStatus::Absent,
            AttendanceStatus::Unprepared,
        ] {
            study.sessions.push(Session {
                held_on: NaiveDate::from_ymd_opt(2025, 1, 1).expect("valid date"),
                chapters: vec![],
                presenter: None,
                attendance: vec![Attendance {
                    member: "민수".into(),
                    status,
                }],
                notes: String::new(),
            });
        }
        assert_eq!(penalties(&study, "민수"), 2);
        assert_eq!(penalties(&study, "nobody"), 0);
    }
}
