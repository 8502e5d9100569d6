//! Members' names inside the writer's own text (motivation, notes, retro points, titles...),
//! replaced by their labels with the Korean particle after each one re-chosen for the label:
//! "하준은 발표했다" becomes "멤버 B는 발표했다".
//!
//! Where a name counts as written:
//! - Longer names are tried first, so "정민재" is never read as "민재" plus a stray "정".
//! - The writer's own name is matched too and kept, so a member whose name is inside the
//!   writer's ("민재" in "정민재") does not rename part of the writer.
//! - A name that starts or ends with a Latin letter or digit matches only at that edge of a
//!   word: "Ana" is not renamed inside "Banana", but is in "Ana's" and "Ana는". Matching is
//!   case-sensitive, so "Will" does not rename "we will meet".
//! - Korean is written without spaces before particles, so a Hangul edge matches anywhere:
//!   a name inside an ordinary word ("지우" in "지우개") is renamed too. A wrong rename is
//!   visible and easy to fix in a draft; a missed one publishes a name.
//! - A one-character name ("준", "J") matches only as a word of its own, optionally followed
//!   by 님, 씨, the familiar 이 or a particle: renaming every "이" would wreck the text.

use crate::domain::particle::{Ending, ending};

/// Particle pairs (after a final consonant, after a vowel). A form that contains another
/// comes first, so that "이랑" is not read as "이".
const PAIRS: &[(&str, &str)] = &[
    ("으로", "로"),
    ("이랑", "랑"),
    ("이나", "나"),
    ("이라", "라"),
    ("은", "는"),
    ("을", "를"),
    ("과", "와"),
    ("아", "야"),
    ("이", "가"),
];

/// Particles with one form: they follow the familiar 이 (하준이도) but never change.
const FIXED: &[&str] = &[
    "도", "의", "에게", "한테", "만", "하고", "까지", "부터", "처럼", "보다", "께",
];

/// Honorific suffixes that stay after the label: "지우님" becomes "멤버 A님".
const SUFFIXES: &[char] = &['님', '씨'];

/// Replaces members' names in free text.
#[derive(Debug)]
pub(super) struct Renamer {
    /// Longest first.
    names: Vec<Name>,
}

#[derive(Debug)]
struct Name {
    text: String,
    /// The label it becomes; `None` for the writer, who keeps their name.
    label: Option<String>,
}

impl Renamer {
    /// `members` are (name, label) in member order; the writer has no label.
    pub(super) fn new(members: &[(String, Option<String>)]) -> Self {
        let mut names: Vec<Name> = members
            .iter()
            .filter(|(name, _)| !name.is_empty())
            .map(|(name, label)| Name {
                text: name.clone(),
                label: label.clone(),
            })
            .collect();
        // Korean prose often drops the family name: "민재" for "정민재". A three-syllable
        // Hangul name (the usual family name + given name) also matches by its last two
        // syllables, but only when no other member shares that given name and no member is
        // called just that; an ambiguous given name is left as written.
        let given: Vec<(String, Option<String>)> = members
            .iter()
            .filter_map(|(name, label)| Some((given_name(name)?, label.clone())))
            .collect();
        for (text, label) in &given {
            let shared = given.iter().filter(|(t, _)| t == text).count() > 1;
            let taken = members.iter().any(|(name, _)| name == text);
            if !shared && !taken {
                names.push(Name {
                    text: text.clone(),
                    label: label.clone(),
                });
            }
        }
        names.sort_by_key(|n| std::cmp::Reverse(n.text.chars().count()));
        Renamer { names }
    }

    /// `text` with every member's name replaced by its label, particles corrected.
    pub(super) fn apply(&self, text: &str) -> String {
        if self.names.iter().all(|n| !text.contains(&n.text)) {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len() + 16);
        let mut at = 0;
        'scan: while let Some(c) = text[at..].chars().next() {
            let before = text[..at].chars().next_back();
            let rest = &text[at..];
            for name in &self.names {
                let Some(after) = rest.strip_prefix(name.text.as_str()) else {
                    continue;
                };
                if !stands_as_name(&name.text, before, after) {
                    continue;
                }
                at += name.text.len();
                match &name.label {
                    None => out.push_str(&name.text),
                    Some(label) => {
                        let (tail, used) = particle_for(&name.text, label, after);
                        out.push_str(label);
                        out.push_str(&tail);
                        at += used;
                    }
                }
                continue 'scan;
            }
            out.push(c);
            at += c.len_utf8();
        }
        out
    }
}

/// The given name of a three-syllable Hangul name: "민재" of "정민재".
fn given_name(name: &str) -> Option<String> {
    let chars: Vec<char> = name.chars().collect();
    (chars.len() == 3 && chars.iter().all(|c| is_syllable(*c))).then(|| chars[1..].iter().collect())
}

fn is_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// A letter or digit of a script written with spaces between words (Latin, Greek,
/// Cyrillic...), where a name must not continue into the next letter.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && u32::from(c) < 0x1100
}

/// Whether `name`, found between `before` and `after`, is the name and not part of a word.
fn stands_as_name(name: &str, before: Option<char>, after: &str) -> bool {
    let (Some(first), Some(last)) = (name.chars().next(), name.chars().last()) else {
        return false;
    };
    if name.chars().count() == 1 {
        let rest = after.trim_start_matches(SUFFIXES);
        let word = format!("{name}{}", &after[..after.len() - rest.len()]);
        let (_, used) = particle_for(&word, "", rest);
        let after = &rest[used..];
        return !before.is_some_and(char::is_alphanumeric)
            && !after.chars().next().is_some_and(char::is_alphanumeric);
    }
    let open_left = !is_word_char(first) || !before.is_some_and(is_word_char);
    let open_right = !is_word_char(last) || !after.chars().next().is_some_and(is_word_char);
    open_left && open_right
}

/// The particle that follows `name` in `after`, rewritten for `label`, and how many bytes
/// of `after` it replaces. A familiar 이 after a final consonant goes ("하준이가" → "멤버
/// B가"); a particle pair takes the label's form ("하준은" → "멤버 B는"); a copula stays
/// ("하준이다" → "멤버 B이다", which reads well after any word). Honorifics are kept.
fn particle_for(name: &str, label: &str, after: &str) -> (String, usize) {
    if after.starts_with(SUFFIXES) {
        return (String::new(), 0);
    }
    let mut word = name.to_owned();
    let mut used = 0;
    if matches!(ending(name), Some(Ending::Consonant | Ending::Rieul))
        && let Some(rest) = after.strip_prefix('이')
        && starts_with_particle(rest)
    {
        word.push('이');
        used = '이'.len_utf8();
    }
    let rest = &after[used..];
    // The writer chose the form for a Hangul name's own sound: a form that does not fit it
    // is not a particle ("지우과자"). A Latin name's sound is a guess, so either form counts.
    let strict = word.chars().last().is_some_and(is_syllable);
    for &(consonant, vowel) in PAIRS {
        for form in [either(consonant, vowel).as_str(), consonant, vowel] {
            let Some(next) = rest.strip_prefix(form) else {
                continue;
            };
            let is_pair_form = form == consonant || form == vowel;
            if strict && is_pair_form && form != form_after(&word, consonant, vowel) {
                continue;
            }
            // 이 followed by more Hangul is the copula (이다, 이에요, 이었다), not 이/가.
            if form == "이" && next.chars().next().is_some_and(is_syllable) {
                continue;
            }
            return (
                form_after(label, consonant, vowel).into_owned(),
                used + form.len(),
            );
        }
    }
    (String::new(), used)
}

fn starts_with_particle(text: &str) -> bool {
    PAIRS
        .iter()
        .flat_map(|(c, v)| [*c, *v])
        .chain(FIXED.iter().copied())
        .any(|p| text.starts_with(p))
}

/// Both forms, as Korean writes them after a word of unknown sound: "을(를)", "(으)로".
fn either(consonant: &str, vowel: &str) -> String {
    match consonant.strip_suffix(vowel) {
        Some(extra) => format!("({extra}){vowel}"),
        None => format!("{consonant}({vowel})"),
    }
}

/// The form of the pair that `word` takes; both when its sound cannot be told.
fn form_after<'a>(word: &str, consonant: &'a str, vowel: &'a str) -> std::borrow::Cow<'a, str> {
    match ending(word) {
        Some(Ending::Vowel) => vowel.into(),
        Some(Ending::Rieul) if consonant == "으로" => vowel.into(),
        Some(_) => consonant.into(),
        None => either(consonant, vowel).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn renamer(members: &[(&str, Option<&str>)]) -> Renamer {
        let members: Vec<(String, Option<String>)> = members
            .iter()
            .map(|(n, l)| ((*n).to_owned(), l.map(str::to_owned)))
            .collect();
        Renamer::new(&members)
    }

    fn ko() -> Renamer {
        renamer(&[
            ("지우", Some("멤버 A")),
            ("하준", Some("멤버 B")),
            ("정민재", Some("멤버 C")),
            ("한결", Some("멤버 D")),
            ("나", None),
        ])
    }

    #[test]
    fn the_particle_follows_the_label_not_the_name() {
        let r = ko();
        assert_eq!(r.apply("지우는 발표했다"), "멤버 A는 발표했다");
        assert_eq!(r.apply("하준은 발표했다"), "멤버 B는 발표했다");
        assert_eq!(r.apply("하준을 만났다"), "멤버 B를 만났다");
        assert_eq!(r.apply("하준과 지우"), "멤버 B와 멤버 A");
        assert_eq!(r.apply("하준으로 정했다"), "멤버 B로 정했다");
        assert_eq!(r.apply("한결로 정했다"), "멤버 D로 정했다");
        assert_eq!(r.apply("하준이 왔다"), "멤버 B가 왔다");
        assert_eq!(r.apply("하준이랑 지우랑"), "멤버 B랑 멤버 A랑");
        assert_eq!(r.apply("하준아, 고마워"), "멤버 B야, 고마워");
        assert_eq!(r.apply("하준을(를)"), "멤버 B를");
        assert_eq!(r.apply("하준(으)로"), "멤버 B로");
    }

    #[test]
    fn a_label_ending_in_a_consonant_takes_the_other_form() {
        let r = renamer(&[("지우", Some("멤버 M")), ("하준", Some("멤버 L"))]);
        assert_eq!(
            r.apply("지우는 지우가 지우를"),
            "멤버 M은 멤버 M이 멤버 M을"
        );
        assert_eq!(r.apply("하준으로"), "멤버 L로", "엘 ends in ㄹ");
    }

    #[test]
    fn the_familiar_i_goes_and_honorifics_stay() {
        let r = ko();
        assert_eq!(r.apply("하준이가 왔다"), "멤버 B가 왔다");
        assert_eq!(r.apply("하준이는 하준이도"), "멤버 B는 멤버 B도");
        assert_eq!(r.apply("지우님이 하준씨를"), "멤버 A님이 멤버 B씨를");
        assert_eq!(
            r.apply("범인은 하준이다"),
            "범인은 멤버 B이다",
            "a copula stays"
        );
    }

    #[test]
    fn a_form_that_does_not_fit_the_name_is_not_a_particle() {
        assert_eq!(ko().apply("지우과자"), "멤버 A과자");
    }

    #[test]
    fn longer_names_first_and_given_names_alone() {
        let r = ko();
        assert_eq!(r.apply("정민재를 보고 민재는"), "멤버 C를 보고 멤버 C는");
        let r = renamer(&[("정민재", Some("멤버 A")), ("김민재", Some("멤버 B"))]);
        assert_eq!(
            r.apply("민재가 정민재와"),
            "민재가 멤버 A와",
            "an ambiguous given name is left"
        );
        let r = renamer(&[("정민재", None), ("민재", Some("멤버 A"))]);
        assert_eq!(
            r.apply("정민재와 민재"),
            "정민재와 멤버 A",
            "the writer is kept"
        );
    }

    #[test]
    fn latin_names_match_whole_words() {
        let r = renamer(&[("Ana", Some("Member A")), ("Ben", Some("Member B"))]);
        assert_eq!(
            r.apply("Ana's banana, Anastasia, Ben."),
            "Member A's banana, Anastasia, Member B."
        );
        assert_eq!(r.apply("Ben을 만났다"), "Member B를 만났다");
        assert_eq!(r.apply("Ben이는"), "Member B는");
    }

    #[test]
    fn one_character_names_only_as_words() {
        let r = renamer(&[("준", Some("멤버 A")), ("J", Some("Member B"))]);
        assert_eq!(r.apply("준이 준비했다"), "멤버 A가 준비했다");
        assert_eq!(r.apply("J and JVM, J."), "Member B and JVM, Member B.");
        assert_eq!(r.apply("준님 수준"), "멤버 A님 수준");
    }
}
