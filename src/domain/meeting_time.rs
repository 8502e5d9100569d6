//! The time of day a cadence names, if it names one: "weekly, Sunday 20:00", "8pm",
//! "매주 일요일 밤 9시", "토요일 오후 2시 30분". A cadence without a time ("격주 토요일 오전")
//! has none: a part of the day is not a time to put in a calendar.

use chrono::NaiveTime;

/// The first time of day written in `cadence`.
pub fn meeting_time(cadence: &str) -> Option<NaiveTime> {
    let text = cadence.to_lowercase();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit()) {
            let before: String = chars[..i].iter().collect();
            if let Some(time) = time_at(&before, &chars[i..]) {
                return Some(time);
            }
        }
        i += 1;
    }
    None
}

/// Reads a number and what follows it as a time: `20:00`, `8pm`, `8:30 pm`, `9시`, `9시 30분`,
/// `2시 반`; `before` says whether a Korean 오후/저녁/밤 made it afternoon.
fn time_at(before: &str, rest: &[char]) -> Option<NaiveTime> {
    let (hour, used) = number(rest)?;
    let rest = &rest[used..];
    let (hour, minute, clock, rest) = match rest.first() {
        Some(':') => {
            let (minute, used) = number(&rest[1..])?;
            (hour, minute, true, &rest[1 + used..])
        }
        Some('시') => {
            let after = skip_spaces(&rest[1..]);
            let minute = match number(after) {
                Some((m, used)) if after.get(used) == Some(&'분') => m,
                _ if after.first() == Some(&'반') => 30,
                _ => 0,
            };
            let pm = ["오후", "저녁", "밤"]
                .iter()
                .any(|w| before.trim_end().ends_with(w));
            let hour = if pm && hour < 12 { hour + 12 } else { hour };
            return NaiveTime::from_hms_opt(hour, minute, 0);
        }
        _ => (hour, 0, false, rest),
    };
    let suffix: String = skip_spaces(rest).iter().take(2).collect();
    let hour = match suffix.as_str() {
        "pm" if hour < 12 => hour + 12,
        "am" if hour == 12 => 0,
        "am" | "pm" => hour,
        // A bare number is not a time ("월 1회", "every 2 weeks"); `HH:MM` is.
        _ if !clock => return None,
        _ => hour,
    };
    NaiveTime::from_hms_opt(hour, minute, 0)
}

fn skip_spaces(chars: &[char]) -> &[char] {
    let n = chars.iter().take_while(|c| c.is_whitespace()).count();
    &chars[n..]
}

/// The number at the start of `chars`, at most two digits, and how many characters it took.
fn number(chars: &[char]) -> Option<(u32, usize)> {
    let digits: String = chars.iter().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    Some((digits.parse().ok()?, digits.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, 0)
    }

    #[test]
    fn times_are_read_in_english_and_korean() {
        assert_eq!(meeting_time("weekly, Sunday 20:00"), at(20, 0));
        assert_eq!(meeting_time("Thursdays 7:30 pm"), at(19, 30));
        assert_eq!(meeting_time("every Friday at 8pm"), at(20, 0));
        assert_eq!(meeting_time("매주 일요일 밤 9시"), at(21, 0));
        assert_eq!(meeting_time("토요일 오후 2시 30분"), at(14, 30));
        assert_eq!(meeting_time("수요일 오전 10시 반"), at(10, 30));
        assert_eq!(meeting_time("수요일 10시"), at(10, 0));
    }

    #[test]
    fn a_cadence_without_a_time_has_none() {
        assert_eq!(meeting_time("격주 토요일 오전"), None);
        assert_eq!(meeting_time("월 1회"), None);
        assert_eq!(meeting_time("every 2 weeks"), None);
        assert_eq!(meeting_time(""), None);
        assert_eq!(meeting_time("25:00"), None);
    }
}
