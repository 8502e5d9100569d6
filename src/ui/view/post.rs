//! The post tab: a line of the study's post settings, each with the key that changes it,
//! and the exported retrospective below, styled once per window width (tables fitted to
//! it), and scrolled by screen row. Where each line starts, in rows, is measured once per
//! width, so a frame wraps only the lines it shows and paging never skips a row.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::domain::voice::Voice;
use crate::domain::{Flavor, Lang, PostSettings};
use crate::export::post::PostOptions;
use crate::i18n::{Msg, Tr, format};
use crate::ui::keymap::{Context, key_for};
use crate::ui::state::action::{Action, Tab};
use crate::ui::state::app::{App, PostPreview, StudyScreen};
use crate::ui::widgets::wrap::{fit_line, wrap_lines};

pub fn draw(app: &App, screen: &StudyScreen, frame: &mut Frame, area: Rect) {
    let Some(preview) = &screen.post else {
        return;
    };
    let [settings, area] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(fit_line(
            settings_line(app, screen, preview),
            usize::from(settings.width),
            app.theme.sym.ellipsis,
        )),
        settings,
    );
    let total = preview.total_rows();
    let rows = usize::from(area.height.saturating_sub(2));
    let top = screen.cursor().selected.min(total.saturating_sub(1));
    // The line the top row belongs to, and how many of its rows are above the box.
    let first = preview
        .starts
        .partition_point(|&s| s <= top)
        .saturating_sub(1);
    let skip = top - preview.starts.get(first).copied().unwrap_or(0);
    let last_line = preview
        .starts
        .partition_point(|&s| s < top + rows)
        .min(preview.lines.len());
    let shown: Vec<Line> = wrap_lines(
        &preview.lines[first.min(last_line)..last_line],
        area.width.saturating_sub(2),
    )
    .into_iter()
    .skip(skip)
    .take(rows)
    .collect();
    let bottom = (top + rows).min(total);
    frame.render_widget(
        Paragraph::new(shown).block(
            Block::bordered()
                .border_set(app.theme.border)
                .title(format!(" {} ", preview.file_name))
                .title_bottom(Line::styled(
                    format!(
                        " {} ",
                        app.tr.post_lines((top + 1).min(total), bottom, total)
                    ),
                    app.theme.dim,
                )),
        ),
        area,
    );
}

/// `on` or `off`, as the settings line and the status say whether a setting is on.
pub fn on_off(tr: Tr, on: bool) -> &'static str {
    tr.get(if on { Msg::PostOn } else { Msg::PostOff })
}

/// The front matter's name: the flavour's own (a blog's name), or the word for none.
pub fn flavor_name(tr: Tr, flavor: Flavor) -> &'static str {
    match flavor {
        Flavor::None => tr.get(Msg::PostFrontMatterNone),
        flavor => flavor.as_str(),
    }
}

/// ` L ko  v formal  n notes off  c chart off  f gatsby  D 2025-05-26  t Title`: each
/// setting after the key that changes it (from the keymap), the saved ones in full
/// colour and those that fall back to a default dimmed. The words are the interface's
/// language (`L 한국어  v 합니다체  n 노트 끔`); the title is the post's own.
fn settings_line(app: &App, screen: &StudyScreen, preview: &PostPreview) -> Line<'static> {
    let tr = app.tr;
    let saved: &PostSettings = &screen.study.post;
    let options: &PostOptions = &preview.options;
    let lang = tr.get(match options.lang {
        Lang::En => Msg::PostLangEn,
        Lang::Ko => Msg::PostLangKo,
    });
    let voice = tr.get(match options.voice {
        Voice::Formal => Msg::PostVoiceFormal,
        Voice::Plain => Msg::PostVoicePlain,
    });
    let title = options
        .title
        .clone()
        .unwrap_or_else(|| crate::export::post::title(&screen.study, options.lang));
    let items: [(Action, String, bool); 7] = [
        (
            Action::SwitchPostLanguage,
            lang.to_owned(),
            saved.lang.is_some(),
        ),
        (
            Action::SwitchPostVoice,
            voice.to_owned(),
            saved.voice.is_some(),
        ),
        (
            Action::TogglePostNotes,
            tr.post_notes(on_off(tr, options.with_notes)),
            saved.with_notes,
        ),
        (
            Action::TogglePostCharts,
            tr.post_chart(on_off(tr, saved.charts)),
            saved.charts,
        ),
        (
            Action::CyclePostFrontMatter,
            flavor_name(tr, options.flavor).to_owned(),
            saved.front_matter.is_some(),
        ),
        (
            Action::EditPostDate,
            format::date(tr.lang, options.date),
            saved.date.is_some(),
        ),
        (Action::EditPostTitle, title, !saved.title.is_empty()),
    ];
    let context = Context::Study(Tab::Post);
    let mut spans = vec![Span::raw(" ")];
    for (action, value, is_saved) in items {
        let Some(key) = key_for(context, action) else {
            continue;
        };
        let style = if is_saved {
            Style::default()
        } else {
            app.theme.dim
        };
        spans.push(Span::styled(key, app.theme.key));
        spans.push(Span::styled(format!(" {value}"), style));
        spans.push(Span::raw("  "));
    }
    spans.pop();
    Line::from(spans)
}
