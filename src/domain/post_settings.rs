//! How one study's post is written, remembered with the study (the interchange format's
//! `post`): its language, voice, title, date, whether it carries the chapter notes and the
//! attendance chart, and the blog's front matter. Every setting left unset falls back to the
//! config file, then to what the study's own text suggests (see `export::post::options`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::date;
use super::nullable::or_default;

use super::study::Study;
use super::voice::Voice;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostSettings {
    #[serde(default)]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub voice: Option<Voice>,
    /// Replaces the default title when not empty.
    #[serde(default, deserialize_with = "or_default")]
    pub title: String,
    /// The post's date; `None` is the day of the export.
    #[serde(default, with = "date::option")]
    pub date: Option<NaiveDate>,
    #[serde(default, deserialize_with = "or_default")]
    pub with_notes: bool,
    #[serde(default, deserialize_with = "or_default")]
    pub charts: bool,
    #[serde(default)]
    pub front_matter: Option<Flavor>,
}

impl PostSettings {
    /// Nothing set: every option is the default. Such settings are not written to a file,
    /// so a study that never had any exports as it did before settings existed.
    pub fn is_default(&self) -> bool {
        *self == PostSettings::default()
    }
}

/// The language of the post's headings and generated sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The word used in the file format and the database.
    pub fn as_str(self) -> &'static str {
        self.code()
    }

    pub fn parse(word: &str) -> Option<Lang> {
        Self::ALL.into_iter().find(|l| l.code() == word)
    }

    /// The other language: the one a key that switches goes to.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ko,
            Lang::Ko => Lang::En,
        }
    }

    /// The word anonymised members are called by.
    pub fn member_label(self) -> &'static str {
        match self {
            Lang::En => "Member",
            Lang::Ko => "멤버",
        }
    }

    /// The language a locale string such as `ko_KR.UTF-8` asks for, if it is one we write.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        if locale.starts_with("ko") {
            Some(Lang::Ko)
        } else if locale.starts_with("en") || locale == "C" || locale == "POSIX" {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// Korean when the study's own words are mostly Hangul: its name, book, the writer's
    /// texts, chapter titles and retro points. A Hangul syllable counts as two Latin
    /// letters (it holds two or three sounds), so "Kafka를 공부했다" is Korean. `None` when
    /// the text is not mostly Hangul: the locale decides then.
    ///
    /// Chapter and session notes are not read, so the answer is the same for a study
    /// loaded without its notes.
    pub fn of_study(study: &Study) -> Option<Lang> {
        let mut texts: Vec<&str> = vec![
            &study.name,
            &study.book.title,
            &study.book.summary,
            &study.motivation,
            &study.how_it_ran,
            &study.closing,
            &study.next.note,
        ];
        texts.extend(study.chapters.iter().map(|c| c.title.as_str()));
        texts.extend(study.chapters.iter().map(|c| c.why.as_str()));
        texts.extend(study.retro.iter().map(|p| p.text.as_str()));
        let (mut hangul, mut latin) = (0usize, 0usize);
        for c in texts.iter().flat_map(|t| t.chars()) {
            if ('\u{AC00}'..='\u{D7A3}').contains(&c) {
                hangul += 1;
            } else if c.is_ascii_alphabetic() {
                latin += 1;
            }
        }
        (hangul > 0 && hangul * 2 > latin).then_some(Lang::Ko)
    }
}

/// The block at the top of a post that a static blog reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Flavor {
    #[default]
    Gatsby,
    Hugo,
    Jekyll,
    Zola,
    None,
}

impl Flavor {
    pub const ALL: [Flavor; 5] = [
        Flavor::Gatsby,
        Flavor::Hugo,
        Flavor::Jekyll,
        Flavor::Zola,
        Flavor::None,
    ];

    /// The word used in the file format and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Flavor::Gatsby => "gatsby",
            Flavor::Hugo => "hugo",
            Flavor::Jekyll => "jekyll",
            Flavor::Zola => "zola",
            Flavor::None => "none",
        }
    }

    pub fn parse(word: &str) -> Option<Flavor> {
        Self::ALL.into_iter().find(|f| f.as_str() == word)
    }

    /// The flavour after this one, for a key that cycles through them.
    pub fn next(self) -> Flavor {
        let at = Self::ALL.iter().position(|f| *f == self).unwrap_or(0);
        Self::ALL[(at + 1) % Self::ALL.len()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_may_be_left_out_or_null() {
        let empty: PostSettings = serde_json::from_str("{}").expect("empty");
        assert!(empty.is_default());
        let nulls: PostSettings = serde_json::from_str(
            r#"{"lang": null, "voice": null, "date": null, "front_matter": null}"#,
        )
        .expect("nulls");
        assert!(nulls.is_default());
    }

    #[test]
    fn settings_read_and_write_the_spec_words() {
        let json = r#"{"lang":"ko","voice":"plain","title":"DDIA를 마치며","date":"2025-06-01","with_notes":true,"charts":false,"front_matter":"zola"}"#;
        let settings: PostSettings = serde_json::from_str(json).expect("valid");
        assert_eq!(settings.lang, Some(Lang::Ko));
        assert_eq!(settings.voice, Some(Voice::Plain));
        assert_eq!(settings.front_matter, Some(Flavor::Zola));
        assert_eq!(settings.date, NaiveDate::from_ymd_opt(2025, 6, 1));
        assert_eq!(serde_json::to_string(&settings).expect("json"), json);
    }

    #[test]
    fn an_unknown_key_or_word_is_refused() {
        assert!(serde_json::from_str::<PostSettings>(r#"{"language": "ko"}"#).is_err());
        assert!(serde_json::from_str::<PostSettings>(r#"{"voice": "casual"}"#).is_err());
        assert!(serde_json::from_str::<PostSettings>(r#"{"front_matter": "astro"}"#).is_err());
    }

    #[test]
    fn words_parse_back_and_cycles_come_round() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.as_str()), Some(lang));
            assert_eq!(lang.other().other(), lang);
        }
        for voice in Voice::ALL {
            assert_eq!(Voice::parse(voice.as_str()), Some(voice));
        }
        let mut flavor = Flavor::Gatsby;
        for expected in Flavor::ALL.iter().skip(1).chain([&Flavor::Gatsby]) {
            flavor = flavor.next();
            assert_eq!(flavor, *expected);
            assert_eq!(Flavor::parse(flavor.as_str()), Some(flavor));
        }
    }

    #[test]
    fn a_study_written_mostly_in_hangul_is_korean() {
        let mut study = Study::new("DDIA 스터디", "Designing Data-Intensive Applications");
        assert_eq!(
            Lang::of_study(&study),
            None,
            "mostly Latin: the locale decides"
        );
        study.motivation =
            "Kafka와 Flink를 업무에서 쓰게 되어 데이터 시스템을 제대로 공부하고 싶었다.".into();
        assert_eq!(Lang::of_study(&study), Some(Lang::Ko));
        assert_eq!(Lang::of_study(&Study::new("", "")), None);
    }
}
