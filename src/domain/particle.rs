//! Korean particles after a name or a title. A particle pair has one form after a final
//! consonant and one after a vowel (을/를, 이/가, 은/는, 과/와), and (으)로 also takes the
//! vowel form after ㄹ. The sound that decides is the one the word is read with: a Hangul
//! syllable's own final, a digit read in Korean (`3` 삼, `7` 칠, `10` 십), a Latin word or
//! acronym as Koreans say it (`Ben` 벤, `Kafka` 카프카, `SQL` 에스큐엘). A word whose sound
//! cannot be told gets both forms, as Korean writing does: `을(를)`.

/// A particle pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Particle {
    /// 을 / 를: the object.
    Object,
    /// 이 / 가: the subject.
    Subject,
    /// 은 / 는: the topic.
    Topic,
    /// 과 / 와: "and", "with".
    With,
    /// 으로 / 로: "by", "as", "to"; 로 after ㄹ too.
    Toward,
    /// 이라 / 라: "as", "called".
    Copula,
    /// 이었 / 였: "was", before an ending (30,000원이었고, 10%였다).
    Was,
}

impl Particle {
    /// The particle a template names by either of its forms: `을`, `를`, `을/를`, `(으)로`.
    pub fn parse(name: &str) -> Option<Particle> {
        let plain: String = name.chars().filter(|c| !matches!(c, '(' | ')')).collect();
        let first = plain.split('/').next().unwrap_or_default();
        Some(match first {
            "을" | "를" => Particle::Object,
            "이" | "가" => Particle::Subject,
            "은" | "는" => Particle::Topic,
            "과" | "와" => Particle::With,
            "으로" | "로" | "으" => Particle::Toward,
            "이라" | "라" => Particle::Copula,
            "이었" | "였" => Particle::Was,
            _ => return None,
        })
    }

    /// The forms after a consonant and after a vowel, and both for a word of unknown sound.
    fn forms(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Particle::Object => ("을", "를", "을(를)"),
            Particle::Subject => ("이", "가", "이(가)"),
            Particle::Topic => ("은", "는", "은(는)"),
            Particle::With => ("과", "와", "과(와)"),
            Particle::Toward => ("으로", "로", "(으)로"),
            Particle::Copula => ("이라", "라", "(이)라"),
            Particle::Was => ("이었", "였", "이었"),
        }
    }
}

/// How a word ends when read aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Vowel,
    /// A final consonant other than ㄹ.
    Consonant,
    /// ㄹ, which takes 로 rather than 으로.
    Rieul,
}

/// The particle `particle` takes after `word`.
pub fn particle(word: &str, particle: Particle) -> &'static str {
    let (consonant, vowel, either) = particle.forms();
    match (ending(word), particle) {
        (None, _) => either,
        (Some(Ending::Vowel), _) | (Some(Ending::Rieul), Particle::Toward) => vowel,
        (Some(Ending::Consonant | Ending::Rieul), _) => consonant,
    }
}

/// `word` followed by the particle it takes: `정민재를`, `Kafka와`, `3장으로`.
pub fn with_particle(word: &str, which: Particle) -> String {
    format!("{word}{}", particle(word, which))
}

/// How `word` ends when read: its last Hangul syllable, number or Latin word, past closing
/// brackets, quotes and punctuation; `None` when nothing in it can be read.
pub fn ending(word: &str) -> Option<Ending> {
    // A closing aside in brackets is not read for the particle (국립국어원: the particle
    // follows the word before the brackets): 클린 코드 (2판)를, 커피(coffee)를.
    let trimmed = word
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '」', '』', '》', '〉']);
    for (open, close) in [('(', ')'), ('[', ']'), ('（', '）')] {
        if let Some(inside) = trimmed.strip_suffix(close)
            && let Some(at) = inside.rfind(open)
            // A bare number is part of the name, read aloud: "스터디 (2)"로, a copy's name.
            && !inside[at + open.len_utf8()..].chars().all(|c| c.is_ascii_digit())
            && let Some(ending) = ending(&inside[..at])
        {
            return Some(ending);
        }
    }
    let last = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let c = last.chars().last()?;
    if let Some(ending) = hangul_ending(c) {
        return Some(ending);
    }
    if c.is_ascii_digit() {
        // `2025. 3. 2.` is read 2025년 3월 2일: the day's 일 ends in ㄹ.
        if is_korean_date(word.trim_end()) {
            return Some(Ending::Rieul);
        }
        return Some(number_ending(trailing(last, |c| c.is_ascii_digit())));
    }
    if c.is_ascii_alphabetic() {
        return Some(latin_ending(trailing(last, |c| c.is_ascii_alphabetic())));
    }
    None
}

/// Whether `text` ends with a day as Korean writes a date: `2025. 3. 2.` or `3. 2.` (numbers,
/// each followed by `.`, the last two a month and a day).
fn is_korean_date(text: &str) -> bool {
    let Some(body) = text.strip_suffix('.') else {
        return false;
    };
    let parts: Vec<&str> = body.rsplitn(3, ". ").collect();
    let number = |part: &str, most: usize| {
        (1..=most).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
    };
    match parts.as_slice() {
        [day, month, ..] => number(day, 2) && number(month, 2),
        _ => false,
    }
}

/// The end of `text` made of characters that `keep`: the number or word a particle follows.
fn trailing(text: &str, keep: impl Fn(char) -> bool) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| keep(*c))
        .last()
        .map_or(text.len(), |(i, _)| i);
    &text[start..]
}

/// A precomposed Hangul syllable's final, or a lone jamo read as a letter (`ㄱ` 기역).
fn hangul_ending(c: char) -> Option<Ending> {
    const FIRST: u32 = 0xAC00;
    const LAST: u32 = 0xD7A3;
    const RIEUL: u32 = 8;
    let code = u32::from(c);
    if (FIRST..=LAST).contains(&code) {
        return Some(match (code - FIRST) % 28 {
            0 => Ending::Vowel,
            RIEUL => Ending::Rieul,
            _ => Ending::Consonant,
        });
    }
    match c {
        // 리을 ends in ㄹ; every other consonant's name ends in a consonant (기역, 니은…).
        'ㄹ' => Some(Ending::Rieul),
        'ㄱ'..='ㅎ' => Some(Ending::Consonant),
        'ㅏ'..='ㅣ' => Some(Ending::Vowel),
        _ => None,
    }
}

/// A number read in Korean: by its last digit (일, 이, 삼 …), or by the unit its trailing
/// zeros make (십, 백, 천, 만), which all end in a consonant.
fn number_ending(digits: &str) -> Ending {
    let zeros = digits.len() - digits.trim_end_matches('0').len();
    if zeros > 0 && zeros < digits.len() {
        return Ending::Consonant;
    }
    match digits.chars().last() {
        // 일, 칠, 팔
        Some('1' | '7' | '8') => Ending::Rieul,
        // 영, 삼, 육
        Some('0' | '3' | '6') => Ending::Consonant,
        // 이, 사, 오, 구
        _ => Ending::Vowel,
    }
}

/// A Latin word as Koreans say it. An acronym, or a capital letter alone ("멤버 R"), is read
/// letter by letter, so its last letter's name decides (엘, 엠, 엔, 알 end in consonants). A word is read as a loanword: `-l` is ㄹ
/// (폴), `-m`, `-n`, `-ng` are finals (팀, 벤, 스프링), `-ck`/`-k` and a few others keep a
/// final (슬랙, 북), and most other consonants get a vowel after them (러스트, 레디스).
fn latin_ending(word: &str) -> Ending {
    let is_acronym = word.chars().all(|c| c.is_ascii_uppercase());
    let lower = word.to_ascii_lowercase();
    if is_acronym {
        return match lower.chars().last() {
            Some('l' | 'r') => Ending::Rieul,
            Some('m' | 'n') => Ending::Consonant,
            _ => Ending::Vowel,
        };
    }
    if lower.ends_with('l') {
        Ending::Rieul
    } else if lower.ends_with(['m', 'n']) || lower.ends_with("ng") || lower.ends_with("ck") {
        Ending::Consonant
    } else if after_a_vowel(&lower, ['p', 'k', 't'])
        || lower.ends_with("ob")
        || lower.ends_with("eb")
    {
        // 그룹, 북, 챗, 잡, 웹: after a short vowel these keep their final; after another
        // consonant they take a vowel (링크, 차트, 태스크).
        Ending::Consonant
    } else {
        Ending::Vowel
    }
}

/// Whether `word` ends in one of `last`, right after a vowel letter.
fn after_a_vowel(word: &str, last: [char; 3]) -> bool {
    let mut end = word.chars().rev();
    matches!(
        (end.next(), end.next()),
        (Some(l), Some('a' | 'e' | 'i' | 'o' | 'u')) if last.contains(&l)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use Particle::{Object, Subject, Topic, Toward, With};

    #[test]
    fn hangul_takes_the_form_its_final_asks_for() {
        assert_eq!(with_particle("정민재", Object), "정민재를");
        assert_eq!(with_particle("김서연", Object), "김서연을");
        assert_eq!(with_particle("스터디", Subject), "스터디가");
        assert_eq!(with_particle("책", Subject), "책이");
        assert_eq!(with_particle("발표", Topic), "발표는");
        assert_eq!(with_particle("보증금", Topic), "보증금은");
        assert_eq!(with_particle("지우", With), "지우와");
        assert_eq!(with_particle("하준", With), "하준과");
    }

    #[test]
    fn rieul_takes_ro_and_other_finals_take_euro() {
        assert_eq!(with_particle("서울", Toward), "서울로");
        assert_eq!(with_particle("룰렛", Toward), "룰렛으로");
        assert_eq!(with_particle("디스코드", Toward), "디스코드로");
        assert_eq!(
            with_particle("서울", Object),
            "서울을",
            "ㄹ is a consonant elsewhere"
        );
    }

    #[test]
    fn a_korean_date_is_read_by_its_day() {
        assert_eq!(with_particle("2025. 3. 2.", Topic), "2025. 3. 2.은");
        assert_eq!(with_particle("2025. 3. 10.", Object), "2025. 3. 10.을");
        assert_eq!(with_particle("3. 2.", Toward), "3. 2.로");
        // Not a date: a number read by its last digit.
        assert_eq!(with_particle("2", Topic), "2는");
        assert_eq!(with_particle("버전 2.", Topic), "버전 2.는");
    }

    #[test]
    fn digits_are_read_in_korean() {
        assert_eq!(with_particle("3장", Object), "3장을");
        assert_eq!(with_particle("3", Object), "3을", "삼");
        assert_eq!(with_particle("2", Object), "2를", "이");
        assert_eq!(with_particle("7", Toward), "7로", "칠");
        assert_eq!(with_particle("6", Toward), "6으로", "육");
        assert_eq!(with_particle("10", Subject), "10이", "십");
        assert_eq!(with_particle("2024", Topic), "2024는", "이천이십사");
        assert_eq!(with_particle("100", Topic), "100은", "백");
    }

    #[test]
    fn latin_words_and_acronyms_are_read_as_koreans_say_them() {
        assert_eq!(with_particle("Kafka", Object), "Kafka를");
        assert_eq!(with_particle("Ben", Object), "Ben을");
        assert_eq!(with_particle("Rust", Toward), "Rust로");
        assert_eq!(with_particle("Paul", Toward), "Paul로");
        assert_eq!(with_particle("Kotlin", Topic), "Kotlin은");
        assert_eq!(with_particle("Spring", Subject), "Spring이");
        assert_eq!(with_particle("SQL", Toward), "SQL로", "에스큐엘");
        assert_eq!(with_particle("DDIA", Object), "DDIA를", "디디아이에이");
        assert_eq!(with_particle("JVM", Subject), "JVM이", "제이브이엠");
        assert_eq!(
            with_particle("reading group", Object),
            "reading group을",
            "그룹"
        );
        assert_eq!(with_particle("Slack", Object), "Slack을", "슬랙");
        assert_eq!(with_particle("chart", Object), "chart를", "차트");
        assert_eq!(with_particle("link", Object), "link를", "링크");
        assert_eq!(with_particle("Git", Subject), "Git이", "깃");
        assert_eq!(with_particle("멤버 R", Topic), "멤버 R은", "알");
        assert_eq!(with_particle("멤버 A", Topic), "멤버 A는", "에이");
    }

    #[test]
    fn brackets_quotes_and_punctuation_are_read_past() {
        assert_eq!(
            with_particle("『데이터 중심 애플리케이션 설계』", Object)
                .chars()
                .last(),
            Some('를')
        );
        assert_eq!(particle("파이프라인 (2판)", Object), "을");
        // An aside in brackets at the end is read past: the word before it decides; a bare
        // number in brackets (a copy's "(2)") is read.
        assert_eq!(particle("클린 코드 (2판)", Object), "를");
        assert_eq!(particle("커피(coffee)", Topic), "는");
        assert_eq!(particle("러스트 [개정판]", Subject), "가");
        // Brackets with nothing readable before them are read as they are.
        assert_eq!(particle("(2판)", Object), "을");
        assert_eq!(particle("DDIA reading group (2)", Toward), "로");
        // Also inside the quotes a message puts around a name.
        assert_eq!(particle("\"클린 코드 (2판)\"", Object), "를");
        assert_eq!(particle("『클린 코드 (2판)』", Topic), "는");
        assert_eq!(particle("\"Go 100가지 실수\"", Topic), "는");
    }

    #[test]
    fn a_word_of_unknown_sound_gets_both_forms() {
        assert_eq!(with_particle("🎉", Object), "🎉을(를)");
        assert_eq!(particle("", Toward), "(으)로");
    }

    #[test]
    fn a_template_names_a_particle_by_either_form() {
        for name in ["을", "를", "을/를", "를/을"] {
            assert_eq!(Particle::parse(name), Some(Object), "{name}");
        }
        assert_eq!(Particle::parse("(으)로"), Some(Toward));
        assert_eq!(Particle::parse("으로"), Some(Toward));
        assert_eq!(Particle::parse("의"), None);
        assert_eq!(with_particle("30,000원", Particle::Was), "30,000원이었");
        assert_eq!(with_particle("30 USD", Particle::Was), "30 USD였");
    }
}
