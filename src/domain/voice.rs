//! The register a Korean post is written in. Korean dev blogs use two: 합니다체, polite and
//! formal ("…했습니다."), and 해라체, plain ("…했다."). A post reads as one voice only when
//! every sentence studylog writes matches the writer's own sentences, so the default follows
//! how the writer ends theirs in the journal.

use serde::{Deserialize, Serialize};

use super::study::Study;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Voice {
    /// 합니다체: "…했습니다."
    #[default]
    Formal,
    /// 해라체: "…했다."
    Plain,
}

impl Voice {
    pub const ALL: [Voice; 2] = [Voice::Formal, Voice::Plain];

    pub fn parse(word: &str) -> Option<Voice> {
        Self::ALL.into_iter().find(|v| v.as_str() == word)
    }

    /// The other voice: the one a key that switches goes to.
    pub fn other(self) -> Voice {
        match self {
            Voice::Formal => Voice::Plain,
            Voice::Plain => Voice::Formal,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Voice::Formal => "formal",
            Voice::Plain => "plain",
        }
    }

    /// The voice of the writer's own text in `study`: plain when more of its sentences end
    /// as 해라체 does than as 합니다체 (or 해요체) does; formal when it has none to go by.
    pub fn of_study(study: &Study) -> Voice {
        let mut texts: Vec<&str> = vec![
            &study.motivation,
            &study.how_it_ran,
            &study.closing,
            &study.next.note,
            &study.book.summary,
        ];
        texts.extend(study.retro.iter().map(|p| p.text.as_str()));
        texts.extend(study.chapters.iter().map(|c| c.notes.as_str()));
        texts.extend(study.chapters.iter().map(|c| c.why.as_str()));
        texts.extend(study.sessions.iter().map(|s| s.notes.as_str()));
        Voice::of_texts(&texts)
    }

    /// The voice most of the sentences in `texts` end in; formal on a tie or with none.
    pub fn of_texts(texts: &[&str]) -> Voice {
        let (mut formal, mut plain) = (0usize, 0usize);
        for ending in texts.iter().flat_map(|t| sentence_endings(t)) {
            match ending {
                Some(Voice::Formal) => formal += 1,
                Some(Voice::Plain) => plain += 1,
                None => {}
            }
        }
        if plain > formal {
            Voice::Plain
        } else {
            Voice::Formal
        }
    }
}

/// The voice of each sentence's ending in `text`: a sentence ends at `.`, `!`, `?` or the
/// end of a line; one that does not end in a Hangul verb ending says nothing.
fn sentence_endings(text: &str) -> impl Iterator<Item = Option<Voice>> + '_ {
    text.split(['.', '!', '?', '\n', '。'])
        .map(|s| {
            s.trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, ')' | '"' | '\'' | '~' | '…')
            })
        })
        .filter(|s| !s.is_empty())
        .map(ending_voice)
}

/// The voice one sentence ends in, if its last word says.
fn ending_voice(sentence: &str) -> Option<Voice> {
    const FORMAL: [&str; 9] = [
        "니다", "니까", "세요", "어요", "아요", "해요", "에요", "예요", "죠",
    ];
    // 해라체, and the noun endings notes are written in (…함, …음, …임).
    const PLAIN: [&str; 9] = ["다", "자", "냐", "까", "라", "함", "음", "임", "됨"];
    if FORMAL.iter().any(|e| sentence.ends_with(e)) {
        return Some(Voice::Formal);
    }
    if PLAIN.iter().any(|e| sentence.ends_with(e)) {
        return Some(Voice::Plain);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_in_haera_make_a_plain_post() {
        assert_eq!(
            Voice::of_texts(&["매주 한 장씩 읽었다. 발표자는 전날 정했다.", "재밌었다!"]),
            Voice::Plain
        );
    }

    #[test]
    fn sentences_in_hamnida_or_haeyo_make_a_formal_post() {
        assert_eq!(
            Voice::of_texts(&["매주 한 장씩 읽었습니다.", "정말 좋았어요."]),
            Voice::Formal
        );
        assert_eq!(Voice::of_texts(&["발표 준비가 힘들었죠"]), Voice::Formal);
    }

    #[test]
    fn notes_in_noun_endings_count_as_plain() {
        assert_eq!(
            Voice::of_texts(&["- 쓰기 처리량이 높음\n- 읽기 증폭이 있음\n- 컴팩션이 필요함"]),
            Voice::Plain
        );
    }

    #[test]
    fn nothing_to_go_by_or_a_tie_is_formal() {
        assert_eq!(Voice::of_texts(&[]), Voice::Formal);
        assert_eq!(Voice::of_texts(&["Kafka, Flink", "## 요약"]), Voice::Formal);
        assert_eq!(Voice::of_texts(&["좋았다.", "좋았습니다."]), Voice::Formal);
    }

    #[test]
    fn the_study_is_read_from_every_text_the_writer_wrote() {
        let mut study = Study::new("s", "b");
        assert_eq!(Voice::of_study(&study), Voice::Formal);
        study.motivation = "업무 때문에 시작했다.".into();
        study.closing = "끝까지 읽어서 뿌듯하다.".into();
        assert_eq!(Voice::of_study(&study), Voice::Plain);
    }
}
