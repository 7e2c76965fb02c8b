//! The summary for a clinician: the figures it gives, and the document it prints.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{checked_in, completed, DAY};
use lumbar::domain::calendar::local_day;
use lumbar::domain::clinician_document::document;
use lumbar::domain::clinician_summary::ClinicianSummary;
use lumbar::domain::progress::Progress;
use lumbar::domain::records::{ChangeReason, Feel, Outcome, SessionRecord};
use lumbar::domain::red_flags::Screening;
use lumbar::domain::routine::Routine;

/// Mon 23 Nov 2026, 09:00 UTC.
const MONDAY: i64 = 1_795_424_400_000;

fn three_weeks() -> Progress {
    let mut progress = Progress::default();
    progress.record(checked_in(MONDAY, 5, 3, Feel::AboutRight));
    progress.record(SessionRecord {
        outcome: Outcome::Stopped,
        stopped_for_pain: true,
        pain_before: Some(6),
        ..completed(MONDAY + 7 * DAY, 0)
    });
    progress.record(SessionRecord {
        outcome: Outcome::Stopped,
        ..completed(MONDAY + 10 * DAY, 0)
    });
    progress.record(checked_in(MONDAY + 20 * DAY, 4, 2, Feel::Easy));
    progress
}

#[test]
fn the_figures_count_each_ending_and_the_sessions_per_week() {
    let summary = ClinicianSummary::of(&three_weeks().history).unwrap();
    assert_eq!(summary.days, 21);
    assert_eq!(summary.sessions, 4);
    assert_eq!(summary.per_week(), "1.3", "4 sessions in 3 weeks");
    assert_eq!(
        (
            summary.completed,
            summary.stopped_early,
            summary.stopped_for_pain
        ),
        (2, 1, 1)
    );
    assert_eq!(summary.from, "Mon 23 Nov 2026");

    let one_day = ClinicianSummary::of(&three_weeks().history[..1]).unwrap();
    assert_eq!(
        one_day.per_week(),
        "1.0",
        "less than a week counts as a week"
    );
    assert!(ClinicianSummary::of(&[]).is_none());
}

#[test]
fn the_document_has_every_session_the_routine_its_changes_and_the_warning_signs() {
    let mut progress = three_weeks();
    let more = Routine {
        wall_slide_reps: 8,
        ..Routine::AS_WRITTEN
    };
    progress.change_routine(more, ChangeReason::Progressed, MONDAY + 15 * DAY);
    progress.screening = Some(Screening {
        answered_at_ms: MONDAY - DAY,
        yes: vec!["serious-accident".into()],
        doctor_checked_at_ms: Some(MONDAY - 1_000),
    });
    let html = document(&progress, local_day(MONDAY + 21 * DAY, 0), 0);

    assert!(html.contains("self-reported"));
    assert!(html.contains("Printed on Mon 14 Dec 2026"));
    assert!(html.contains("<dt>Sessions</dt><dd>4, about 1.3 a week</dd>"));
    assert!(html.contains("<dt>Stopped for pain</dt><dd>1</dd>"));
    assert_eq!(
        html.matches("<tr><td>").count(),
        4 + 6,
        "4 sessions, 6 numbers of the routine"
    );
    assert!(html.contains(
        "<td>Mon 23 Nov 2026</td><td>completed</td><td>5</td><td>3</td><td>About right</td>"
    ));
    assert!(html.contains("<td>stopped for pain</td><td>6</td><td>–</td><td>–</td>"));
    assert!(
        html.contains("<td>6 times</td><td>8 times</td>"),
        "as written beside now"
    );
    assert!(
        html.contains("after 3 comfortable sessions in a row"),
        "the change and its reason"
    );
    assert!(html.contains("Answered on Sun 22 Nov 2026"));
    assert!(html.contains("Yes: "), "the sign reported");
    assert!(html.contains("confirmed a doctor had checked them"));
    assert!(html.contains("<svg"), "the pain chart");
}

#[test]
fn text_is_escaped_and_a_first_visit_says_what_is_missing() {
    let html = document(&Progress::default(), 20_000, 60);
    assert!(html.contains("<dd>None yet</dd>"));
    assert!(html.contains("not been answered yet"));
    assert!(!html.contains("<svg"), "no chart without answers");
    assert!(!html.contains(" & "), "an ampersand is always escaped");
}
