//! The message shown instead of the screens when the window is below the smallest size
//! they can be laid out in. It must be read whole at any size it shows at, so it wraps by
//! display width and, when even that does not fit, says less rather than being cut.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::domain::text::display_width;
use crate::i18n::Tr;
use crate::ui::keymap::{self, Context};
use crate::ui::layout::{MIN_HEIGHT, MIN_WIDTH};
use crate::ui::state::action::Action;
use crate::ui::state::app::App;
use crate::ui::widgets::wrap::wrap_lines;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let rows = message(app.tr, area.width, area.height);
    let height = u16::try_from(rows.len())
        .unwrap_or(u16::MAX)
        .min(area.height);
    let [middle] = ratatui::layout::Layout::vertical([Constraint::Length(height)])
        .flex(ratatui::layout::Flex::Center)
        .areas(area);
    frame.render_widget(
        Paragraph::new(rows)
            .alignment(Alignment::Center)
            .style(app.theme.error),
        middle,
    );
}

/// The longest wording that fits `width` x `height` without breaking a word, wrapped.
fn message(tr: Tr, width: u16, height: u16) -> Vec<Line<'static>> {
    // The key that quits from anywhere, as the keymap binds it.
    let quit = keymap::key_for(Context::Home, Action::Quit).unwrap_or_default();
    let wordings = [
        vec![
            tr.window_too_small(width, height),
            tr.window_needs_at_least(MIN_WIDTH, MIN_HEIGHT),
            tr.window_quit_with(&quit),
        ],
        vec![
            tr.window_too_small_short(width, height),
            tr.window_needs(MIN_WIDTH, MIN_HEIGHT),
            tr.window_quit_with(&quit),
        ],
        vec![tr.window_needs(MIN_WIDTH, MIN_HEIGHT)],
        vec![format!("{MIN_WIDTH}x{MIN_HEIGHT}")],
    ];
    let wrap = |wording: &[String]| {
        let lines: Vec<Line> = wording.iter().map(|l| Line::raw(l.clone())).collect();
        wrap_lines(&lines, width)
    };
    let fits = |wording: &&Vec<String>| {
        let words_fit = wording
            .iter()
            .flat_map(|line| line.split(' '))
            .all(|word| display_width(word) <= usize::from(width));
        words_fit && wrap(wording).len() <= usize::from(height)
    };
    let chosen = wordings.iter().find(fits).unwrap_or(&wordings[3]);
    wrap(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(width: u16, height: u16) -> Vec<String> {
        text_in(Tr::EN, width, height)
    }

    fn text_in(tr: Tr, width: u16, height: u16) -> Vec<String> {
        message(tr, width, height)
            .iter()
            .map(|line| line.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn the_message_is_whole_at_every_size_it_shows_at() {
        for (tr, width, height) in [Tr::EN, Tr::KO]
            .into_iter()
            .flat_map(|tr| (1..MIN_WIDTH).map(move |w| (tr, w)))
            .flat_map(|(tr, w)| (1..MIN_HEIGHT).map(move |h| (tr, w, h)))
        {
            {
                let rows = text_in(tr, width, height);
                assert!(
                    rows.iter().all(|r| display_width(r) <= usize::from(width)),
                    "{width}x{height}: {rows:?}"
                );
                if width >= 6 {
                    assert!(
                        rows.len() <= usize::from(height),
                        "{width}x{height}: {rows:?}"
                    );
                }
            }
        }
        assert_eq!(
            text(20, 11),
            vec![
                "The window is too",
                "small (20x11).",
                "studylog needs at",
                "least 40x12.",
                "Ctrl-c quits."
            ]
        );
        assert_eq!(text(12, 2), vec!["Needs 40x12."]);
        assert_eq!(
            text_in(Tr::KO, 30, 11),
            vec![
                "창이 너무 작아요 (30x11).",
                "studylog는 40x12 이상이",
                "필요해요.",
                "Ctrl-c: 종료"
            ]
        );
    }
}
