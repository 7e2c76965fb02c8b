//! The summary for a clinician as one HTML document: the figures, pain before and after as a
//! chart and a table, the routine as written beside the routine now with every change, and
//! the warning signs reported. It is a page to read and print, never updated while shown, so
//! it is written as text.

use std::fmt::Write;

use super::calendar::{format_day, local_day};
use super::clinician_summary::ClinicianSummary;
use super::history::PainChart;
use super::progress::Progress;
use super::red_flags::{Screening, RECHECK_AFTER_DAYS, RED_FLAGS};
use super::routine::Routine;
use super::routine_limits::Knob;

/// Sessions drawn in the chart; the table lists them all.
const CHART_SESSIONS: usize = 60;

/// Text made safe inside HTML: the questions say "A&E".
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn row(html: &mut String, cell: &str, cells: &[String]) {
    html.push_str("<tr>");
    for text in cells {
        let _ = write!(html, "<{cell}>{}</{cell}>", escaped(text));
    }
    html.push_str("</tr>");
}

fn table(html: &mut String, caption: &str, head: &[&str], rows: &[Vec<String>]) {
    let _ = write!(
        html,
        "<table class=\"summary-table\"><caption>{}</caption><thead>",
        escaped(caption)
    );
    row(
        html,
        "th",
        &head.iter().map(|h| h.to_string()).collect::<Vec<_>>(),
    );
    html.push_str("</thead><tbody>");
    rows.iter().for_each(|cells| row(html, "td", cells));
    html.push_str("</tbody></table>");
}

fn list(html: &mut String, lines: &[String]) {
    html.push_str("<ul>");
    for line in lines {
        let _ = write!(html, "<li>{}</li>", escaped(line));
    }
    html.push_str("</ul>");
}

/// The whole summary, printed on `today` (a local day number) by a device `utc_offset_min`
/// from UTC.
pub fn document(progress: &Progress, today: i64, utc_offset_min: i32) -> String {
    let day = |ms: i64| format_day(local_day(ms, utc_offset_min));
    let mut html = String::new();
    let _ = write!(
        html,
        "<p class=\"source\">Printed on {} from Lumbar, an app on the person&#39;s phone. \
         Everything here was entered by the person themselves (self-reported) and has not been \
         checked by anyone. Lumbar does not diagnose.</p><h2>Sessions</h2>",
        format_day(today)
    );
    let summary = ClinicianSummary::of(&progress.history);
    let figures: Vec<(&str, String)> = match &summary {
        Some(s) => vec![
            ("Period", format!("{} to {}", s.from, s.to)),
            ("Days covered", s.days.to_string()),
            (
                "Sessions",
                format!("{}, about {} a week", s.sessions, s.per_week()),
            ),
            ("Completed", s.completed.to_string()),
            ("Stopped early", s.stopped_early.to_string()),
            ("Stopped for pain", s.stopped_for_pain.to_string()),
        ],
        None => vec![("Sessions", "None yet".into())],
    };
    html.push_str("<dl class=\"summary-figures\">");
    for (label, value) in figures {
        let _ = write!(html, "<dt>{label}</dt><dd>{}</dd>", escaped(&value));
    }
    html.push_str("</dl>");
    if let Some(chart) = PainChart::of(&progress.history, CHART_SESSIONS) {
        html.push_str(&chart.svg());
    }
    let answer = |value: Option<u8>| value.map_or_else(|| "–".to_owned(), |v| v.to_string());
    let sessions: Vec<Vec<String>> = progress
        .history
        .iter()
        .map(|r| {
            let feel = r.feel.map_or("–", |f| f.label());
            vec![
                format_day(r.local_day()),
                r.outcome_label().into(),
                answer(r.pain_before),
                answer(r.pain_after),
                feel.into(),
            ]
        })
        .collect();
    table(
        &mut html,
        "Every session: pain from 0 (none) to 10 (worst), before and after",
        &["Day", "Outcome", "Pain before", "Pain after", "How it felt"],
        &sessions,
    );
    html.push_str("<h2>The routine</h2>");
    let knobs: Vec<Vec<String>> = Knob::ALL
        .into_iter()
        .map(|knob| {
            let value = |r: &Routine| format!("{} {}", knob.get(r), knob.unit());
            vec![
                knob.label().into(),
                value(&Routine::AS_WRITTEN),
                value(&progress.routine),
            ]
        })
        .collect();
    table(
        &mut html,
        "The numbers of each session",
        &["Setting", "As written", "Now"],
        &knobs,
    );
    html.push_str("<h3>Changes</h3>");
    let mut changes: Vec<String> = progress
        .routine_changes
        .iter()
        .map(|c| {
            let undone = if c.undone_at_ms.is_some() {
                " (undone)"
            } else {
                ""
            };
            format!("{}: {} ({}){undone}", day(c.at_ms), c.describe(), c.why())
        })
        .collect();
    if changes.is_empty() {
        changes.push("None: the routine as written.".into());
    }
    list(&mut html, &changes);
    html.push_str("<h2>Warning signs</h2>");
    list(&mut html, &warning_signs(progress.screening.as_ref(), day));
    html
}

/// What the person answered to the warning-sign questions, as lines of text.
fn warning_signs(screening: Option<&Screening>, day: impl Fn(i64) -> String) -> Vec<String> {
    let Some(s) = screening else {
        return vec!["The warning-sign questions have not been answered yet.".into()];
    };
    let mut lines = vec![format!(
        "Answered on {}; asked again every {RECHECK_AFTER_DAYS} days.",
        day(s.answered_at_ms)
    )];
    if s.yes.is_empty() {
        lines.push("Reported none of the warning signs.".into());
        return lines;
    }
    lines.extend(
        RED_FLAGS
            .iter()
            .filter(|flag| s.yes.iter().any(|id| id == flag.id))
            .map(|flag| format!("Yes: {}", flag.question)),
    );
    lines.push(match s.doctor_checked_at_ms {
        Some(at) => format!(
            "On {} they confirmed a doctor had checked them since.",
            day(at)
        ),
        None => "No doctor's check confirmed yet.".into(),
    });
    lines
}
