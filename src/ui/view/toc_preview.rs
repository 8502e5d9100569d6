//! The chapters a table of contents will add, over the editor, before they are added: how
//! many, what was skipped, every line read differently from how it looks, then each chapter
//! with its number. It scrolls when the list is taller than the window.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::i18n::Msg;
use crate::ui::keymap::{self, Context};
use crate::ui::state::action::Action;
use crate::ui::state::app::App;
use crate::ui::widgets::editor::TocPreview;

/// The keys that do `action` here, as the preview's own key table has them.
fn keys(action: Action) -> String {
    keymap::keys_for(Context::TocPreview, action).unwrap_or_default()
}

/// The first key that does `action` here, for a short hint such as `j/k`.
fn first_key(action: Action) -> String {
    keymap::key_for(Context::TocPreview, action).unwrap_or_default()
}

pub fn draw(app: &App, preview: &TocPreview, frame: &mut Frame, area: Rect) {
    let width = area.width.min(crate::ui::pages::toc::MAX_WIDTH);
    // Fitted to this window when it opened or changed; worked out here only if not.
    let fitted;
    let rows = if preview.fitted_to == area.width {
        &preview.rows
    } else {
        fitted = crate::ui::pages::toc::rows(app.tr, &app.theme, &preview.toc, area.width);
        &fitted
    };
    let total = rows.len();
    let height = u16::try_from(total + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let shown = usize::from(height.saturating_sub(2));
    let scroll = preview.scroll.min(total.saturating_sub(shown));
    let tr = app.tr;
    let sep = app.theme.sym.separator;
    let mut block = Block::bordered()
        .border_set(app.theme.border)
        .title(Span::styled(
            format!(" {} ", tr.get(Msg::TocPreviewTitle)),
            app.theme.title,
        ))
        .title_bottom(Line::from(vec![
            Span::styled(format!(" {}", keys(Action::Yes)), app.theme.key),
            Span::styled(format!(" {} ", tr.get(Msg::TocAdd)), app.theme.dim),
            Span::styled(sep, app.theme.dim),
            Span::styled(format!(" {}", keys(Action::No)), app.theme.key),
            Span::styled(format!(" {} ", tr.get(Msg::TocBack)), app.theme.dim),
        ]));
    if total > shown {
        block = block.title_bottom(
            Line::styled(
                format!(
                    " {} ",
                    tr.toc_scroll(
                        first_key(Action::Next),
                        first_key(Action::Previous),
                        scroll + 1,
                        (scroll + shown).min(total),
                        total
                    )
                ),
                app.theme.dim,
            )
            .right_aligned(),
        );
    }
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    crate::ui::view::layout::clear_popup(frame, popup);
    let visible: Vec<Line> = rows.iter().skip(scroll).take(shown).cloned().collect();
    frame.render_widget(Paragraph::new(visible).block(block), popup);
}
