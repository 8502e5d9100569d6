//! The interface's words in English and Korean. Every message a person reads in the terminal
//! UI and on the command line is in `assets/i18n/en.toml` and `assets/i18n/ko.toml`; the build
//! script turns them into [`Msg`] (messages without placeholders) and one method of [`Tr`] per
//! message with placeholders, so a misspelled key or a forgotten argument does not compile,
//! and the build stops when the two catalogs do not have the same keys and placeholders.
//!
//! The interface's language is chosen once per run ([`ui_lang`]) and is separate from the
//! post's language: a Korean interface can write an English post.

pub mod errors;
pub mod format;
pub mod words;

pub use crate::domain::Lang;

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The catalog of one language: `tr.get(Msg::TabsChapters)`, `tr.delete_done(what)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub const EN: Tr = Tr { lang: Lang::En };
    pub const KO: Tr = Tr { lang: Lang::Ko };

    pub const fn new(lang: Lang) -> Tr {
        Tr { lang }
    }

    /// `msg` in this language.
    pub const fn get(self, msg: Msg) -> &'static str {
        msg.text(self.lang)
    }
}

/// Why `STUDYLOG_LANG` was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "STUDYLOG_LANG is {value:?}, a language studylog does not speak; set it to ko or en, or unset it"
)]
pub struct UnknownLang {
    pub value: String,
}

/// The interface's language: `STUDYLOG_LANG` for one run, else `ui_lang` in the config, else
/// the locale, as gettext reads it for messages: `LANGUAGE` (a list such as `ko:en`, the first
/// language studylog speaks) unless the locale is `C`, then `LC_ALL`, `LC_MESSAGES`, `LANG`
/// (the first that is set; `ko_*` is Korean), else English. `env` reads a variable (the
/// process's environment, or a test's).
pub fn ui_lang(
    configured: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Lang, UnknownLang> {
    if let Some(value) = env("STUDYLOG_LANG").filter(|v| !v.is_empty()) {
        return spoken(&value).ok_or(UnknownLang { value });
    }
    if let Some(lang) = configured {
        return Ok(lang);
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&env)
        .find(|value| !value.is_empty());
    let plain_c = locale
        .as_deref()
        .is_none_or(|l| matches!(l, "C" | "POSIX") || l.starts_with("C."));
    let preferred = env("LANGUAGE")
        .filter(|_| !plain_c)
        .and_then(|list| list.split(':').find_map(spoken));
    Ok(preferred
        .or_else(|| locale.as_deref().and_then(spoken))
        .unwrap_or(Lang::En))
}

/// The language `value` names, if studylog speaks it: `ko`, `KO`, `ko_KR.UTF-8`, `en_US`.
fn spoken(value: &str) -> Option<Lang> {
    let value = value.trim().to_ascii_lowercase();
    Lang::parse(&value).or_else(|| Lang::from_locale(&value).filter(|_| value != "c"))
}

/// [`ui_lang`] from the process's environment.
pub fn ui_lang_from_env(configured: Option<Lang>) -> Result<Lang, UnknownLang> {
    ui_lang(configured, |name| std::env::var(name).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    }

    #[test]
    fn the_override_then_the_config_then_the_locale_decide() {
        let korean_locale = [("LANG", "ko_KR.UTF-8")];
        assert_eq!(ui_lang(None, env(&korean_locale)), Ok(Lang::Ko));
        assert_eq!(ui_lang(Some(Lang::En), env(&korean_locale)), Ok(Lang::En));
        let overridden = [("LANG", "ko_KR.UTF-8"), ("STUDYLOG_LANG", "en")];
        assert_eq!(ui_lang(Some(Lang::Ko), env(&overridden)), Ok(Lang::En));
        assert_eq!(ui_lang(None, env(&[])), Ok(Lang::En));
    }

    #[test]
    fn lc_all_wins_over_lc_messages_over_lang() {
        let vars = [
            ("LC_ALL", "C"),
            ("LC_MESSAGES", "ko_KR.UTF-8"),
            ("LANG", "ko_KR.UTF-8"),
        ];
        assert_eq!(ui_lang(None, env(&vars)), Ok(Lang::En));
        let vars = [
            ("LC_ALL", ""),
            ("LC_MESSAGES", "ko_KR.UTF-8"),
            ("LANG", "C"),
        ];
        assert_eq!(ui_lang(None, env(&vars)), Ok(Lang::Ko));
        // A locale studylog does not speak falls back to English.
        assert_eq!(ui_lang(None, env(&[("LANG", "ja_JP.UTF-8")])), Ok(Lang::En));
    }

    #[test]
    fn an_unknown_override_is_refused_with_what_to_set() {
        let error = ui_lang(None, env(&[("STUDYLOG_LANG", "ja")])).expect_err("refused");
        assert!(error.to_string().contains("set it to ko or en"), "{error}");
        assert_eq!(
            ui_lang(None, env(&[("STUDYLOG_LANG", "ko_KR.UTF-8")])),
            Ok(Lang::Ko)
        );
        assert_eq!(ui_lang(None, env(&[("STUDYLOG_LANG", "KO")])), Ok(Lang::Ko));
        assert_eq!(ui_lang(None, env(&[("STUDYLOG_LANG", "En")])), Ok(Lang::En));
    }

    #[test]
    fn language_lists_the_preferred_languages_unless_the_locale_is_c() {
        let vars = [("LANGUAGE", "ja:ko:en"), ("LANG", "en_US.UTF-8")];
        assert_eq!(ui_lang(None, env(&vars)), Ok(Lang::Ko));
        let vars = [("LANGUAGE", "ko"), ("LC_ALL", "C")];
        assert_eq!(ui_lang(None, env(&vars)), Ok(Lang::En));
        let vars = [("LANGUAGE", "ko")];
        assert_eq!(ui_lang(None, env(&vars)), Ok(Lang::En), "no locale is C");
        let vars = [("LANGUAGE", "fr:de"), ("LANG", "ko_KR.UTF-8")];
        assert_eq!(ui_lang(None, env(&vars)), Ok(Lang::Ko));
    }
}
