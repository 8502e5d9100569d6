//! The attendance chart a post embeds: a grid of members (rows) by sessions (columns, in
//! date order), each cell coloured by the member's mark in that session, with a legend.
//! A study in, an SVG document out; the command writes it beside the post.
//!
//! The SVG stands alone on any blog: sizes in user units with a `viewBox`, a white
//! background for dark themes, a `<title>` and `<desc>` for screen readers and a `<title>`
//! per cell for a pointer's tooltip, and a font list that renders Hangul on macOS, Linux
//! and Windows alike. Widths are estimated from each character's terminal width (a Hangul
//! syllable is two columns, about one em), since no font is at hand here.

use std::fmt::Write;

use unicode_width::UnicodeWidthChar;

use super::post::Lang;
use crate::domain::{AttendanceStatus, Session, Study};

const FONTS: &str =
    "system-ui, 'Apple SD Gothic Neo', 'Noto Sans CJK KR', 'Malgun Gothic', sans-serif";
const FONT_SIZE: f64 = 13.0;
const TITLE_SIZE: f64 = 15.0;
const MARGIN: f64 = 16.0;
const CELL: f64 = 24.0;
const GAP: f64 = 3.0;
const ROW: f64 = CELL + GAP;

/// A mark (none: "not counted", left off the session's attendance) and how it is drawn.
const MARKS: [(Option<AttendanceStatus>, &str); 4] = [
    (Some(AttendanceStatus::Present), "#0072b2"),
    (Some(AttendanceStatus::Unprepared), "#e69f00"),
    (Some(AttendanceStatus::Absent), "#d55e00"),
    (None, "#e0e0e0"),
];

fn colour(mark: Option<AttendanceStatus>) -> &'static str {
    MARKS
        .iter()
        .find(|(m, _)| *m == mark)
        .map_or("#e0e0e0", |(_, c)| c)
}

fn word(mark: Option<AttendanceStatus>, lang: Lang) -> &'static str {
    match (lang, mark) {
        (Lang::Ko, Some(AttendanceStatus::Present)) => "출석",
        (Lang::Ko, Some(AttendanceStatus::Unprepared)) => "준비 없이 참석",
        (Lang::Ko, Some(AttendanceStatus::Absent)) => "결석",
        (Lang::Ko, None) => "집계 안 함",
        (Lang::En, mark) => AttendanceStatus::mark_label(mark),
    }
}

/// The chart of `study`'s attendance, or `None` when it has no members or no sessions.
pub fn attendance_svg(study: &Study, lang: Lang) -> Option<String> {
    if study.members.is_empty() || study.sessions.is_empty() {
        return None;
    }
    let mut sessions: Vec<&Session> = study.sessions.iter().collect();
    sessions.sort_by_key(|s| s.held_on);
    let one_year = sessions.first().map(|s| s.held_on.format("%Y").to_string())
        == sessions.last().map(|s| s.held_on.format("%Y").to_string());
    let date_format = if one_year { "%m-%d" } else { "%Y-%m-%d" };
    let dates: Vec<String> = sessions
        .iter()
        .map(|s| s.held_on.format(date_format).to_string())
        .collect();

    let title = match lang {
        Lang::Ko => format!("{} 출석 현황", study.name),
        Lang::En => format!("Attendance at {}", study.name),
    };
    let name_width = study
        .members
        .iter()
        .map(|m| text_width(&m.name, FONT_SIZE))
        .fold(0.0, f64::max);
    let column = dates
        .iter()
        .map(|d| text_width(d, FONT_SIZE * 0.85) + GAP * 2.0)
        .fold(CELL, f64::max);
    let grid_x = MARGIN + name_width + 10.0;
    let header_y = MARGIN + TITLE_SIZE + 20.0;
    let grid_y = header_y + 8.0;
    let grid_height = ROW * study.members.len() as f64;
    let legend_y = grid_y + grid_height + 14.0;
    let legend_width: f64 = MARKS
        .iter()
        .map(|(m, _)| CELL * 0.6 + 6.0 + text_width(word(*m, lang), FONT_SIZE) + 16.0)
        .sum();
    let width = (grid_x + column * dates.len() as f64)
        .max(MARGIN + legend_width)
        .max(MARGIN + text_width(&title, TITLE_SIZE))
        + MARGIN;
    let height = legend_y + CELL * 0.6 + MARGIN;

    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="chart-title chart-desc" font-family="{FONTS}" font-size="{FONT_SIZE}">"#,
        w = round(width),
        h = round(height),
    );
    let _ = writeln!(svg, r#"<title id="chart-title">{}</title>"#, escape(&title));
    let _ = writeln!(
        svg,
        r#"<desc id="chart-desc">{}</desc>"#,
        escape(&description(study, lang, sessions.len()))
    );
    let _ = writeln!(
        svg,
        r##"<rect width="100%" height="100%" fill="#ffffff"/>"##
    );
    let _ = writeln!(
        svg,
        r##"<text x="{MARGIN}" y="{}" font-size="{TITLE_SIZE}" font-weight="bold" fill="#222222">{}</text>"##,
        round(MARGIN + TITLE_SIZE),
        escape(&title)
    );

    svg.push_str("<g class=\"dates\" text-anchor=\"middle\" fill=\"#555555\">\n");
    for (i, date) in dates.iter().enumerate() {
        let _ = writeln!(
            svg,
            r#"<text x="{}" y="{}" font-size="{}">{}</text>"#,
            round(grid_x + column * i as f64 + column / 2.0),
            round(header_y),
            round(FONT_SIZE * 0.85),
            escape(date)
        );
    }
    svg.push_str("</g>\n<g class=\"members\" text-anchor=\"end\" fill=\"#222222\">\n");
    for (row, member) in study.members.iter().enumerate() {
        let _ = writeln!(
            svg,
            r#"<text x="{}" y="{}">{}</text>"#,
            round(grid_x - 10.0),
            round(grid_y + ROW * row as f64 + CELL / 2.0 + FONT_SIZE * 0.35),
            escape(&member.name)
        );
    }
    svg.push_str("</g>\n<g class=\"cells\">\n");
    for (row, member) in study.members.iter().enumerate() {
        for (col, session) in sessions.iter().enumerate() {
            let mark = session
                .attendance
                .iter()
                .find(|a| a.member == member.name)
                .map(|a| a.status);
            let _ = writeln!(
                svg,
                r#"<rect x="{}" y="{}" width="{}" height="{CELL}" rx="3" fill="{}"><title>{}</title></rect>"#,
                round(grid_x + column * col as f64 + (column - CELL) / 2.0),
                round(grid_y + ROW * row as f64),
                CELL,
                colour(mark),
                escape(&format!(
                    "{}, {}: {}",
                    member.name,
                    session.held_on,
                    word(mark, lang)
                ))
            );
        }
    }
    svg.push_str("</g>\n<g class=\"legend\" fill=\"#222222\">\n");
    let mut x = MARGIN;
    for (mark, fill) in MARKS {
        let label = word(mark, lang);
        let swatch = CELL * 0.6;
        let _ = writeln!(
            svg,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="2" fill="{fill}"/><text x="{}" y="{}">{}</text>"#,
            round(x),
            round(legend_y),
            round(swatch),
            round(swatch),
            round(x + swatch + 6.0),
            round(legend_y + swatch / 2.0 + FONT_SIZE * 0.35),
            escape(label)
        );
        x += swatch + 6.0 + text_width(label, FONT_SIZE) + 16.0;
    }
    svg.push_str("</g>\n</svg>\n");
    Some(svg)
}

/// What the chart shows, in a sentence, for a reader who cannot see it.
fn description(study: &Study, lang: Lang, sessions: usize) -> String {
    let names: Vec<&str> = study.members.iter().map(|m| m.name.as_str()).collect();
    match lang {
        Lang::Ko => format!(
            "{}명이 {sessions}번의 모임에 출석했는지를 보여 주는 표: {}",
            names.len(),
            names.join(", ")
        ),
        Lang::En => format!(
            "Whether each of {} members attended each of {sessions} sessions: {}",
            names.len(),
            names.join(", ")
        ),
    }
}

/// Roughly how wide `text` is drawn at `size`: a wide character one em, others about half.
fn text_width(text: &str, size: f64) -> f64 {
    let columns: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    columns as f64 * size * 0.58
}

/// One decimal at most, so the document stays small and stable in tests.
fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// Text safe inside an element or a double-quoted attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters other than tab and newline are not allowed in XML 1.0.
            c if c.is_control() && c != '\t' && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
