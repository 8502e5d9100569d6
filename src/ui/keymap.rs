//! The one table of keys: the event loop dispatches on it, and the help screen and the
//! status bar's hints are generated from it, so they can never disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Tab};

/// Where the person is: each context has its own bindings on top of the shared ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Home,
    Study,
    Help,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::NONE,
    }
}

const fn special(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// What the help screen says the keys do.
    pub description: &'static str,
    /// A short word for the status bar; bindings without one are only in the help.
    pub hint: Option<&'static str>,
}

const fn bind(
    keys: &'static [Key],
    action: Action,
    description: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        keys,
        action,
        description,
        hint,
    }
}

const NAVIGATION: &[Binding] = &[
    bind(
        &[key('j'), special(KeyCode::Down)],
        Action::Next,
        "next item",
        None,
    ),
    bind(
        &[key('k'), special(KeyCode::Up)],
        Action::Previous,
        "previous item",
        None,
    ),
    bind(
        &[key('g'), special(KeyCode::Home)],
        Action::First,
        "first item",
        None,
    ),
    bind(
        &[key('G'), special(KeyCode::End)],
        Action::Last,
        "last item",
        None,
    ),
    bind(
        &[special(KeyCode::PageDown)],
        Action::PageDown,
        "page down",
        None,
    ),
    bind(&[special(KeyCode::PageUp)], Action::PageUp, "page up", None),
];

const HOME: &[Binding] = &[
    bind(
        &[special(KeyCode::Enter)],
        Action::Open,
        "open the selected study",
        Some("open"),
    ),
    bind(
        &[key('q'), special(KeyCode::Esc)],
        Action::Back,
        "quit",
        Some("quit"),
    ),
];

const STUDY: &[Binding] = &[
    bind(
        &[special(KeyCode::Tab)],
        Action::NextTab,
        "next tab",
        Some("tab"),
    ),
    bind(
        &[special(KeyCode::BackTab)],
        Action::PreviousTab,
        "previous tab",
        None,
    ),
    bind(
        &[key('1')],
        Action::ShowTab(Tab::Chapters),
        "Chapters tab",
        None,
    ),
    bind(
        &[key('2')],
        Action::ShowTab(Tab::Sessions),
        "Sessions tab",
        None,
    ),
    bind(
        &[key('3')],
        Action::ShowTab(Tab::Members),
        "Members tab",
        None,
    ),
    bind(&[key('4')], Action::ShowTab(Tab::Retro), "Retro tab", None),
    bind(&[key('5')], Action::ShowTab(Tab::Post), "Post tab", None),
    bind(
        &[key('q'), special(KeyCode::Esc)],
        Action::Back,
        "back to the studies",
        Some("back"),
    ),
];

const HELP: &[Binding] = &[bind(
    &[key('?'), key('q'), special(KeyCode::Esc)],
    Action::ToggleHelp,
    "close the help",
    Some("close"),
)];

const GLOBAL: &[Binding] = &[
    bind(
        &[key('?')],
        Action::ToggleHelp,
        "help: every key of this screen",
        Some("help"),
    ),
    bind(
        &[ctrl('c')],
        Action::Quit,
        "quit from anywhere (edits are already saved)",
        None,
    ),
];

/// The bindings of `context`, most specific first. A shared binding whose keys the
/// context already uses is left out, so the help never lists a key twice.
pub fn bindings(context: Context) -> impl Iterator<Item = &'static Binding> {
    let own: &[Binding] = match context {
        Context::Home => HOME,
        Context::Study => STUDY,
        Context::Help => HELP,
    };
    let mut seen: Vec<Key> = Vec::new();
    own.iter().chain(NAVIGATION).chain(GLOBAL).filter(move |b| {
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
    bindings(context)
        .find(|b| {
            b.keys
                .iter()
                .any(|k| k.code == event.code && k.modifiers == modifiers)
        })
        .map(|b| b.action)
}

/// How a key is written in the help and the status bar: `j`, `Down`, `Ctrl-c`.
pub fn key_name(key: &Key) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::BackTab => "Shift-Tab".to_owned(),
        KeyCode::PageDown => "PgDn".to_owned(),
        KeyCode::PageUp => "PgUp".to_owned(),
        other => other.to_string(),
    };
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else {
        base
    }
}

/// `key1/key2` for a binding.
pub fn keys_label(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(key_name)
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
            resolve(Context::Study, press(KeyCode::Tab)),
            Some(Action::NextTab)
        );
    }

    #[test]
    fn shift_is_ignored_for_characters_but_ctrl_is_not() {
        let shifted_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(resolve(Context::Home, shifted_g), Some(Action::Last));
        let back_tab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(resolve(Context::Study, back_tab), Some(Action::PreviousTab));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(resolve(Context::Study, ctrl_c), Some(Action::Quit));
        assert_eq!(resolve(Context::Study, press(KeyCode::Char('c'))), None);
    }

    #[test]
    fn keys_are_named_for_people() {
        assert_eq!(key_name(&ctrl('c')), "Ctrl-c");
        assert_eq!(key_name(&special(KeyCode::BackTab)), "Shift-Tab");
        assert_eq!(keys_label(&NAVIGATION[0]), "j/Down");
    }
}
