//! The one table of keys: the event loop dispatches on it, and the help screen and the
//! status bar's hints are generated from it, so they can never disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

mod tables;

use super::state::action::{Action, Tab};
use crate::i18n::Msg;
use tables::*;

/// Where the person is: each context has its own bindings on top of the shared ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Home,
    Study(Tab),
    Help,
    /// Typing the `/` filter of a list.
    Filter,
    /// Reading a chapter's whole text.
    Reader,
    /// A yes/no question.
    Confirm,
    /// The chapters a table of contents will add, before they are added.
    TocPreview,
    /// A form's fields.
    Form,
    /// Taking attendance at a session.
    Attendance,
    /// Writing notes: every key that is not bound here goes to the text.
    Editor,
    /// The presenter roulette, before a draw.
    Roulette,
    /// The presenter roulette showing a draw's result.
    RouletteDone,
    /// Text just copied to the clipboard.
    Copied,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

pub(super) const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::NONE,
    }
}

pub(super) const fn special(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

pub(super) const fn alt(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::ALT,
    }
}

/// A key with modifiers: `with(KeyModifiers::SHIFT, KeyCode::Left)` is Shift-Left.
pub(super) const fn with(modifiers: KeyModifiers, code: KeyCode) -> Key {
    Key { code, modifiers }
}

pub(super) const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// What the help screen says the keys do.
    pub description: Msg,
    /// A short word for the status bar; bindings without one are only in the help.
    pub hint: Option<Msg>,
}

pub(super) const fn bind(
    keys: &'static [Key],
    action: Action,
    description: Msg,
    hint: Option<Msg>,
) -> Binding {
    Binding {
        keys,
        action,
        description,
        hint,
    }
}

/// The bindings of `context`, most specific first. A shared binding whose keys the
/// context already uses is left out, so the help never lists a key twice.
pub fn bindings(context: Context) -> impl Iterator<Item = &'static Binding> {
    let tables: [&[Binding]; 4] = match context {
        Context::Home => [HOME, NAVIGATION, GLOBAL, &[]],
        Context::Study(tab) => {
            let own = match tab {
                Tab::Chapters => CHAPTERS,
                Tab::Sessions => SESSIONS,
                Tab::Members => MEMBERS,
                Tab::Retro => RETRO,
                Tab::Post => POST,
            };
            [own, STUDY, NAVIGATION, GLOBAL]
        }
        Context::Help => [HELP, NAVIGATION, GLOBAL, &[]],
        // Letters are the filter's text, so only keys that type nothing are bound.
        Context::Filter => [FILTER, ARROWS, QUIT, &[]],
        Context::Reader => [READER, NAVIGATION, QUIT, &[]],
        Context::Confirm => [CONFIRM, QUIT, &[], &[]],
        Context::TocPreview => [TOC_PREVIEW, NAVIGATION, QUIT, &[]],
        Context::Form => [FORM, QUIT, &[], &[]],
        Context::Attendance => [ATTENDANCE, NAVIGATION, GLOBAL, &[]],
        Context::Editor => [EDITOR, QUIT, &[], &[]],
        Context::Roulette => [ROULETTE, NAVIGATION, GLOBAL, &[]],
        Context::RouletteDone => [ROULETTE_DONE, GLOBAL, &[], &[]],
        Context::Copied => [COPIED, QUIT, &[], &[]],
    };
    let mut seen: Vec<Key> = Vec::new();
    tables.into_iter().flatten().filter(move |b| {
        let shadowed = b.keys.iter().all(|k| seen.contains(k));
        seen.extend_from_slice(b.keys);
        !shadowed
    })
}

/// The action `event` means in `context`, if any.
pub fn resolve(context: Context, event: KeyEvent) -> Option<Action> {
    // Shift is part of the key for `G` and Shift-Tab (BackTab), and terminals differ in
    // whether they also report it as a modifier, so it is ignored there.
    let modifiers = match event.code {
        KeyCode::Char(_) | KeyCode::BackTab => event.modifiers - KeyModifiers::SHIFT,
        _ => event.modifiers,
    };
    let find = |code: KeyCode| {
        bindings(context)
            .find(|b| {
                b.keys
                    .iter()
                    .any(|k| k.code == code && k.modifiers == modifiers)
            })
            .map(|b| b.action)
    };
    find(event.code).or_else(|| match event.code {
        // A Korean input method left in Hangul mode sends the jamo printed on the key
        // (`ㅁ` for `a`): where letters are commands, it means the key. Where they are text
        // (a filter, a form, the editor), the jamo is text.
        KeyCode::Char(c) if !takes_text(context) => {
            latin_key(c).and_then(|key| find(KeyCode::Char(key)))
        }
        _ => None,
    })
}

/// Whether letters typed in `context` are text rather than commands.
fn takes_text(context: Context) -> bool {
    matches!(context, Context::Filter | Context::Form | Context::Editor)
}

/// The key of the standard Korean keyboard (두벌식) that types the jamo `c`: `ㅁ` → `a`,
/// and the doubled consonants and `ㅒ`, `ㅖ` (typed with Shift) → `Q`, `W`, `E`, `R`, `T`,
/// `O`, `P`.
fn latin_key(c: char) -> Option<char> {
    const LAYOUT: [(char, char); 33] = [
        ('ㅂ', 'q'),
        ('ㅈ', 'w'),
        ('ㄷ', 'e'),
        ('ㄱ', 'r'),
        ('ㅅ', 't'),
        ('ㅛ', 'y'),
        ('ㅕ', 'u'),
        ('ㅑ', 'i'),
        ('ㅐ', 'o'),
        ('ㅔ', 'p'),
        ('ㅁ', 'a'),
        ('ㄴ', 's'),
        ('ㅇ', 'd'),
        ('ㄹ', 'f'),
        ('ㅎ', 'g'),
        ('ㅗ', 'h'),
        ('ㅓ', 'j'),
        ('ㅏ', 'k'),
        ('ㅣ', 'l'),
        ('ㅋ', 'z'),
        ('ㅌ', 'x'),
        ('ㅊ', 'c'),
        ('ㅍ', 'v'),
        ('ㅠ', 'b'),
        ('ㅜ', 'n'),
        ('ㅡ', 'm'),
        ('ㅃ', 'Q'),
        ('ㅉ', 'W'),
        ('ㄸ', 'E'),
        ('ㄲ', 'R'),
        ('ㅆ', 'T'),
        ('ㅒ', 'O'),
        ('ㅖ', 'P'),
    ];
    LAYOUT
        .iter()
        .find(|(jamo, _)| *jamo == c)
        .map(|(_, key)| *key)
}

/// How a key is written in the help and the status bar: `j`, `Down`, `Ctrl-c`.
pub fn key_name(key: &Key) -> String {
    // Korean keyboards and documentation call the keys by these names too.
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_owned(), // not text: key names are the same in every language
        KeyCode::Char(c) => c.to_string(),
        KeyCode::BackTab => "Shift-Tab".to_owned(), // not text: key names are the same in every language
        KeyCode::PageDown => "PgDn".to_owned(), // not text: key names are the same in every language
        KeyCode::PageUp => "PgUp".to_owned(), // not text: key names are the same in every language
        other => other.to_string(),
    };
    let mut name = String::new();
    for (modifier, prefix) in [
        (KeyModifiers::CONTROL, "Ctrl-"), // not text: key names are the same in every language
        (KeyModifiers::ALT, "Alt-"),      // not text: key names are the same in every language
        (KeyModifiers::SHIFT, "Shift-"),  // not text: key names are the same in every language
    ] {
        if key.modifiers.contains(modifier) {
            name.push_str(prefix);
        }
    }
    name.push_str(&base);
    name
}

/// The name of the first key that does `action` in `context`, for a message that tells
/// the person which key to press: the table decides, so the message cannot disagree.
pub fn key_for(context: Context, action: Action) -> Option<String> {
    bindings(context)
        .find(|b| b.action == action)
        .and_then(|b| b.keys.first())
        .map(key_name)
}

/// Every key that does `action` in `context`, as `y/Enter`: for a box's own hint line.
pub fn keys_for(context: Context, action: Action) -> Option<String> {
    bindings(context)
        .find(|b| b.action == action)
        .map(keys_label)
}

/// `key1/key2` for a binding.
pub fn keys_label(binding: &Binding) -> String {
    let keys = binding.keys;
    // Keys with the same modifiers name them once: `Shift-Left/Right/Up/Down`.
    let shared = keys
        .first()
        .map(|k| k.modifiers)
        .is_some_and(|m| !m.is_empty() && keys.len() > 1 && keys.iter().all(|k| k.modifiers == m));
    if !shared {
        return keys.iter().map(key_name).collect::<Vec<_>>().join("/");
    }
    let bare = |k: &Key| {
        key_name(&Key {
            code: k.code,
            modifiers: KeyModifiers::NONE,
        })
    };
    std::iter::once(key_name(&keys[0]))
        .chain(keys[1..].iter().map(bare))
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn the_same_key_means_different_things_by_context() {
        assert_eq!(
            resolve(Context::Home, press(KeyCode::Char('q'))),
            Some(Action::Back)
        );
        assert_eq!(
            resolve(Context::Help, press(KeyCode::Char('q'))),
            Some(Action::ToggleHelp)
        );
        assert_eq!(resolve(Context::Home, press(KeyCode::Tab)), None);
        assert_eq!(
            resolve(Context::Study(Tab::Chapters), press(KeyCode::Tab)),
            Some(Action::NextTab)
        );
    }

    #[test]
    fn shift_is_ignored_for_characters_but_ctrl_is_not() {
        let shifted_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(resolve(Context::Home, shifted_g), Some(Action::Last));
        let back_tab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        let study = Context::Study(Tab::Members);
        assert_eq!(resolve(study, back_tab), Some(Action::PreviousTab));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(resolve(study, ctrl_c), Some(Action::Quit));
        assert_eq!(resolve(study, press(KeyCode::Char('c'))), None);
    }

    #[test]
    fn letters_are_not_bound_while_a_filter_is_typed() {
        for c in ['j', 'k', 'q', 'g', 'G', '?', '/', '1'] {
            assert_eq!(
                resolve(Context::Filter, press(KeyCode::Char(c))),
                None,
                "{c}"
            );
        }
        assert_eq!(
            resolve(Context::Filter, press(KeyCode::Down)),
            Some(Action::Next)
        );
    }

    #[test]
    fn every_key_the_help_lists_does_what_the_help_says() {
        let contexts = [
            Context::Home,
            Context::Help,
            Context::Filter,
            Context::Reader,
        ]
        .into_iter()
        .chain([
            Context::Confirm,
            Context::TocPreview,
            Context::Form,
            Context::Attendance,
            Context::Editor,
            Context::Roulette,
            Context::RouletteDone,
            Context::Copied,
        ])
        .chain(Tab::ALL.map(Context::Study));
        for context in contexts {
            for binding in bindings(context) {
                for key in binding.keys {
                    let event = KeyEvent::new(key.code, key.modifiers);
                    assert_eq!(
                        resolve(context, event),
                        Some(binding.action),
                        "{context:?}: {} is listed as {:?}",
                        key_name(key),
                        binding.description.key()
                    );
                }
            }
        }
    }

    #[test]
    fn after_a_draw_enter_keeps_it_and_only_r_draws_again() {
        let done = Context::RouletteDone;
        assert_eq!(resolve(done, press(KeyCode::Enter)), Some(Action::Back));
        assert_eq!(
            resolve(done, press(KeyCode::Char('r'))),
            Some(Action::DrawPresenter)
        );
        assert_eq!(key_for(done, Action::DrawPresenter).as_deref(), Some("r"));
        assert_eq!(
            resolve(Context::Attendance, press(KeyCode::Char('?'))),
            Some(Action::ToggleHelp)
        );
    }

    #[test]
    fn a_jamo_from_a_korean_input_method_means_its_key_where_letters_are_commands() {
        let jamo = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(resolve(Context::Home, jamo('ㅁ')), Some(Action::Add));
        assert_eq!(resolve(Context::Home, jamo('ㅓ')), Some(Action::Next));
        let chapters = Context::Study(Tab::Chapters);
        assert_eq!(resolve(chapters, jamo('ㅜ')), Some(Action::EditNotes));
        assert_eq!(resolve(Context::Confirm, jamo('ㅛ')), Some(Action::Yes));
        let post = Context::Study(Tab::Post);
        assert_eq!(
            resolve(post, jamo('ㄸ')),
            resolve(post, press(KeyCode::Char('E')))
        );
        // Where letters are text, a jamo is text too.
        for context in [Context::Filter, Context::Form, Context::Editor] {
            assert_eq!(resolve(context, jamo('ㅁ')), None, "{context:?}");
        }
        // A syllable is text, never a key.
        assert_eq!(resolve(Context::Home, jamo('마')), None);
    }

    #[test]
    fn keys_are_named_for_people() {
        assert_eq!(key_name(&ctrl('c')), "Ctrl-c");
        assert_eq!(key_name(&special(KeyCode::BackTab)), "Shift-Tab");
        assert_eq!(keys_label(&NAVIGATION[0]), "j/Down");
    }
}
