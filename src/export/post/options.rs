//! Where each of the post's options comes from, first found wins: the command line (one
//! run), the study's saved settings (`study.post`), the config file, the study's own text
//! (Hangul gives Korean; the endings of its sentences give the voice), the locale (language
//! only), and last the built-in default. `studylog export` and the Post tab both resolve
//! options here, so the tab writes the file the command would.

use chrono::{FixedOffset, NaiveDate};

use super::PostOptions;
use crate::domain::voice::Voice;
use crate::domain::{Flavor, Lang, Study};

/// What holds for every study: the config file's keys and the environment's facts.
#[derive(Debug, Clone)]
pub struct PostDefaults {
    /// The config's `lang`, `voice` and `front_matter`.
    pub lang: Option<Lang>,
    pub voice: Option<Voice>,
    pub flavor: Option<Flavor>,
    pub category: String,
    pub draft: bool,
    /// The language `LC_ALL` / `LANG` asks for, if any.
    pub locale_lang: Option<Lang>,
    /// The day of the export: the date when nothing else gives one.
    pub today: NaiveDate,
    /// The writer's UTC offset on a given day, for front matter dates that carry one.
    pub offset_at: fn(NaiveDate) -> FixedOffset,
}

/// What one run asks for over everything else: the command line's flags.
#[derive(Debug, Clone, Default)]
pub struct PostFlags {
    pub lang: Option<Lang>,
    pub voice: Option<Voice>,
    pub flavor: Option<Flavor>,
    pub date: Option<NaiveDate>,
    /// `--with-notes`: on for this run; without it, the saved setting holds.
    pub with_notes: bool,
    pub anonymize: bool,
    /// A user template's source, replacing the built-in one.
    pub template: Option<String>,
}

impl PostOptions {
    /// The options for `study`'s post. The voice reads every text the writer wrote, notes
    /// included: give the whole study unless [`PostOptions::reads_notes`] says it is not needed.
    pub fn resolve(study: &Study, flags: &PostFlags, defaults: &PostDefaults) -> PostOptions {
        let saved = &study.post;
        let date = flags.date.or(saved.date).unwrap_or(defaults.today);
        let title = saved.title.trim();
        PostOptions {
            lang: flags
                .lang
                .or(saved.lang)
                .or(defaults.lang)
                .or_else(|| Lang::of_study(study))
                .or(defaults.locale_lang)
                .unwrap_or_default(),
            voice: flags
                .voice
                .or(saved.voice)
                .or(defaults.voice)
                .unwrap_or_else(|| Voice::of_study(study)),
            title: (!title.is_empty()).then(|| title.to_owned()),
            flavor: flags
                .flavor
                .or(saved.front_matter)
                .or(defaults.flavor)
                .unwrap_or_default(),
            date,
            offset: (defaults.offset_at)(date),
            category: defaults.category.clone(),
            draft: defaults.draft,
            with_notes: flags.with_notes || saved.with_notes,
            anonymize: flags.anonymize,
            template: flags.template.clone(),
            // Set by whoever writes the chart beside the post: only they know its file.
            chart: None,
        }
    }

    /// Whether resolving and rendering `study`'s post read its chapter and session notes:
    /// for the voice when nothing chose it, for the notes section, or for a user template
    /// (which may show them anywhere). When not, a study loaded without notes will do.
    pub fn reads_notes(study: &Study, flags: &PostFlags, defaults: &PostDefaults) -> bool {
        let voice_chosen = flags
            .voice
            .or(study.post.voice)
            .or(defaults.voice)
            .is_some();
        !voice_chosen || flags.with_notes || study.post.with_notes || flags.template.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PostSettings;

    fn defaults() -> PostDefaults {
        PostDefaults {
            lang: None,
            voice: None,
            flavor: None,
            category: "essay".into(),
            draft: true,
            locale_lang: None,
            today: NaiveDate::from_ymd_opt(2025, 5, 26).expect("date"),
            offset_at: |_| FixedOffset::east_opt(9 * 3600).expect("offset"),
        }
    }

    fn korean_study() -> Study {
        let mut study = Study::new("DDIA 스터디", "데이터 중심 애플리케이션 설계");
        study.motivation = "업무에서 Kafka를 쓰게 되어 시작했다.".into();
        study
    }

    #[test]
    fn with_nothing_set_the_study_text_then_the_locale_decide() {
        let study = korean_study();
        let options = PostOptions::resolve(&study, &PostFlags::default(), &defaults());
        assert_eq!(options.lang, Lang::Ko, "mostly Hangul");
        assert_eq!(options.voice, Voice::Plain, "its sentences end in 해라체");
        assert_eq!(options.flavor, Flavor::Gatsby);
        assert_eq!(options.date, defaults().today);
        assert_eq!(options.title, None);
        assert!(!options.with_notes);

        let english = Study::new("Rust club", "The Rust Programming Language");
        let ko_locale = PostDefaults {
            locale_lang: Some(Lang::Ko),
            ..defaults()
        };
        let options = PostOptions::resolve(&english, &PostFlags::default(), &ko_locale);
        assert_eq!(options.lang, Lang::Ko, "no Hangul to go by: the locale");
        assert_eq!(options.voice, Voice::Formal, "no sentences: formal");
        let options = PostOptions::resolve(&english, &PostFlags::default(), &defaults());
        assert_eq!(options.lang, Lang::En);
    }

    #[test]
    fn config_beats_the_text_settings_beat_the_config_flags_beat_all() {
        let mut study = korean_study();
        let config = PostDefaults {
            lang: Some(Lang::En),
            voice: Some(Voice::Formal),
            flavor: Some(Flavor::Hugo),
            ..defaults()
        };
        let options = PostOptions::resolve(&study, &PostFlags::default(), &config);
        assert_eq!(
            (options.lang, options.voice, options.flavor),
            (Lang::En, Voice::Formal, Flavor::Hugo)
        );

        study.post = PostSettings {
            lang: Some(Lang::Ko),
            voice: Some(Voice::Plain),
            title: "  DDIA를 마치며 ".into(),
            date: NaiveDate::from_ymd_opt(2025, 6, 1),
            with_notes: true,
            charts: false,
            front_matter: Some(Flavor::Zola),
        };
        let options = PostOptions::resolve(&study, &PostFlags::default(), &config);
        assert_eq!(
            (options.lang, options.voice, options.flavor),
            (Lang::Ko, Voice::Plain, Flavor::Zola)
        );
        assert_eq!(options.title.as_deref(), Some("DDIA를 마치며"));
        assert_eq!(
            options.date,
            NaiveDate::from_ymd_opt(2025, 6, 1).expect("date")
        );
        assert!(options.with_notes);

        let flags = PostFlags {
            lang: Some(Lang::En),
            voice: Some(Voice::Formal),
            flavor: Some(Flavor::Jekyll),
            date: NaiveDate::from_ymd_opt(2025, 7, 1),
            ..PostFlags::default()
        };
        let options = PostOptions::resolve(&study, &flags, &config);
        assert_eq!(
            (options.lang, options.voice, options.flavor),
            (Lang::En, Voice::Formal, Flavor::Jekyll)
        );
        assert_eq!(
            options.date,
            NaiveDate::from_ymd_opt(2025, 7, 1).expect("date")
        );
    }

    #[test]
    fn notes_are_read_only_when_something_needs_them() {
        let mut study = korean_study();
        assert!(PostOptions::reads_notes(
            &study,
            &PostFlags::default(),
            &defaults()
        ));
        study.post.voice = Some(Voice::Formal);
        assert!(!PostOptions::reads_notes(
            &study,
            &PostFlags::default(),
            &defaults()
        ));
        study.post.with_notes = true;
        assert!(PostOptions::reads_notes(
            &study,
            &PostFlags::default(),
            &defaults()
        ));
    }
}
