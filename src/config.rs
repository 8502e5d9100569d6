//! The optional `config.toml` in the platform config folder: defaults for the post.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::voice::Voice;
use crate::domain::{Flavor, Lang};

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Default language of the post (`ko` or `en`).
    pub lang: Option<Lang>,
    /// The language of the interface (`ko` or `en`), before the locale; `STUDYLOG_LANG`
    /// overrides it for one run.
    pub ui_lang: Option<Lang>,
    /// Default voice of a Korean post (`formal` or `plain`).
    pub voice: Option<Voice>,
    /// Default front matter flavour.
    pub front_matter: Option<Flavor>,
    /// The category written in the front matter; `essay` when unset.
    pub category: Option<String>,
    /// Whether posts are marked as drafts; `true` when unset.
    pub draft: Option<bool>,
    /// How the terminal UI draws: in colour, without, with ASCII marks only.
    pub theme: Option<ThemeName>,
    /// The editor for long text, before `$VISUAL` and `$EDITOR`.
    pub editor: Option<String>,
}

/// The looks of the terminal UI. `NO_COLOR` and `STUDYLOG_ASCII` add to what is chosen here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    /// Colours, rounded borders, Unicode marks.
    #[default]
    Default,
    /// No colour; emphasis by bold, dim, underline and reverse.
    Mono,
    /// Colours, with borders, bars and marks in ASCII, for terminals that draw box-drawing
    /// characters double width.
    Ascii,
    /// Both.
    MonoAscii,
}

impl ThemeName {
    pub fn is_mono(self) -> bool {
        matches!(self, ThemeName::Mono | ThemeName::MonoAscii)
    }

    pub fn is_ascii(self) -> bool {
        matches!(self, ThemeName::Ascii | ThemeName::MonoAscii)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the config file {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the config file {} is not valid: {message}fix or remove it", path.display())]
    Invalid { path: PathBuf, message: String },
}

/// `config.toml` in the platform config folder (`~/.config/studylog/` on Linux), or the file
/// named by `STUDYLOG_CONFIG`.
pub fn config_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("STUDYLOG_CONFIG") {
        return Some(PathBuf::from(path));
    }
    directories::ProjectDirs::from("", "", "studylog")
        .map(|dirs| dirs.config_dir().join("config.toml"))
}

impl Config {
    /// The config at `path`; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(source) => {
                return Err(ConfigError::Read {
                    path: path.to_owned(),
                    source,
                });
            }
        };
        toml::from_str(&text).map_err(|e| ConfigError::Invalid {
            path: path.to_owned(),
            message: e.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_optional_and_read() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("config.toml");
        assert_eq!(
            Config::load(&path).expect("missing is empty"),
            Config::default()
        );
        std::fs::write(
            &path,
            "lang = \"ko\"\nui_lang = \"en\"\nvoice = \"plain\"\nfront_matter = \"zola\"\ncategory = \"회고\"\ndraft = false\n",
        )
        .expect("write");
        let config = Config::load(&path).expect("valid");
        assert_eq!(config.lang, Some(Lang::Ko));
        assert_eq!(config.ui_lang, Some(Lang::En));
        assert_eq!(config.voice, Some(Voice::Plain));
        assert_eq!(config.front_matter, Some(Flavor::Zola));
        assert_eq!(config.category.as_deref(), Some("회고"));
        assert_eq!(config.draft, Some(false));
    }

    #[test]
    fn a_typo_is_named() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "langu = \"ko\"\n").expect("write");
        let err = Config::load(&path).expect_err("refused");
        assert!(err.to_string().contains("langu"), "{err}");
    }

    #[test]
    fn the_theme_is_one_of_four_and_a_typo_names_them() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "theme = \"mono-ascii\"\n").expect("write");
        let theme = Config::load(&path).expect("loads").theme.expect("theme");
        assert!(theme.is_mono() && theme.is_ascii());
        std::fs::write(&path, "theme = \"dark\"\n").expect("write");
        let err = Config::load(&path).expect_err("refused").to_string();
        assert!(err.contains("dark") && err.contains("mono-ascii"), "{err}");
    }
}
