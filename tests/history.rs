mod common;

use std::time::Instant;

use common::{checked_in, completed, DAY, HOUR};
use lumbar::domain::calendar::{civil_from_days, days_from_civil, local_day};
use lumbar::domain::history::{
    completed_days, pain_y, session_line, summarize, DayMark, Month, PainChart, Summary,
};
use lumbar::domain::records::{Feel, Outcome, SessionRecord};

const TODAY: i64 = 20_780;

fn daily(first_day: i64, count: i64) -> Vec<SessionRecord> {
    (0..count)
        .map(|i| completed((first_day + i) * DAY + 8 * HOUR, 0))
        .collect()
}

#[test]
fn day_numbers_round_trip_through_dates() {
    for day in -1_000..30_000 {
        let date = civil_from_days(day);
        assert_eq!(days_from_civil(date.year, date.month, date.day), day);
    }
    assert_eq!(days_from_civil(2026, 11, 23), TODAY);
}

#[test]
fn minutes_round_to_the_nearest_like_every_duration_shown() {
    let short = SessionRecord {
        active_ms: 286_000,
        ..completed(TODAY * DAY, 0)
    };
    assert_eq!(summarize(&[short], TODAY).active_minutes, 5);
}

#[test]
fn completed_days_are_in_order_and_once_each_even_when_travel_reorders_them() {
    // A flight east puts the second session on the next local day, and an imported record
    // may land out of start order.
    let history = [
        completed(TODAY * DAY + 23 * HOUR, 0),
        completed(TODAY * DAY + 23 * HOUR + 30 * 60_000, 120),
        completed((TODAY + 1) * DAY + 12 * HOUR, -600),
        completed((TODAY - 3) * DAY + 8 * HOUR, 0),
        completed(TODAY * DAY + 8 * HOUR, 0),
    ];
    assert_eq!(completed_days(&history), vec![TODAY - 3, TODAY, TODAY + 1]);
}

#[test]
fn no_history_is_all_zero() {
    assert_eq!(summarize(&[], TODAY), Summary::default());
}

#[test]
fn streaks_run_across_month_and_year_ends() {
    // 28 Dec 2025 to 3 Jan 2026, then a gap, then 30 Jan to 2 Feb 2026 (ending "today").
    let year_end = days_from_civil(2025, 12, 28);
    let month_end = days_from_civil(2026, 1, 30);
    let mut history = daily(year_end, 7);
    history.extend(daily(month_end, 4));
    let today = days_from_civil(2026, 2, 2);
    let summary = summarize(&history, today);
    assert_eq!(summary.best_streak, 7);
    assert_eq!(summary.current_streak, 4);
    assert_eq!(summary.sessions, 11);
    assert_eq!(summary.completed, 11);
    assert_eq!(summary.active_minutes, 87, "5,236 s is 87.3 min");
}

#[test]
fn a_streak_survives_until_the_day_is_over_and_a_gap_breaks_it() {
    let history = daily(TODAY - 3, 3);
    assert_eq!(
        summarize(&history, TODAY).current_streak,
        3,
        "today not done yet"
    );
    assert_eq!(
        summarize(&history, TODAY + 1).current_streak,
        0,
        "a day missed"
    );
    assert_eq!(summarize(&history, TODAY + 1).best_streak, 3);
}

#[test]
fn stopped_sessions_count_as_sessions_but_not_for_streaks() {
    let mut history = daily(TODAY - 2, 1);
    history.push(SessionRecord {
        outcome: Outcome::Stopped,
        ..completed((TODAY - 1) * DAY + 8 * HOUR, 0)
    });
    history.extend(daily(TODAY, 1));
    let summary = summarize(&history, TODAY);
    assert_eq!((summary.sessions, summary.completed), (3, 2));
    assert_eq!((summary.current_streak, summary.best_streak), (1, 1));
}

#[test]
fn daylight_saving_changes_do_not_break_a_streak() {
    // Berlin: CEST (+120) until Sun 25 Oct 2026 03:00, then CET (+60). Sessions at 00:30
    // local time on the days around the change fall on consecutive local days.
    let change = days_from_civil(2026, 10, 25);
    let history: Vec<SessionRecord> = [(change - 1, 120), (change, 120), (change + 1, 60)]
        .into_iter()
        .map(|(day, offset)| {
            completed(day * DAY + 30 * 60_000 - i64::from(offset) * 60_000, offset)
        })
        .collect();
    let local_days: Vec<i64> = history.iter().map(SessionRecord::local_day).collect();
    assert_eq!(local_days, vec![change - 1, change, change + 1]);
    assert_eq!(summarize(&history, change + 1).current_streak, 3);
    // The same instants read in UTC would put the first two on the day before.
    assert_eq!(local_day(history[0].started_at_ms, 0), change - 2);
}

#[test]
fn two_sessions_on_one_day_count_once() {
    let mut history = daily(TODAY, 1);
    history.push(completed(TODAY * DAY + 20 * HOUR, 0));
    let summary = summarize(&history, TODAY);
    assert_eq!((summary.sessions, summary.current_streak), (2, 1));
}

/// Named for what it checks: ten years of records give the right numbers. How long that takes
/// is printed for whoever looks, not asserted (a timing in a test fails on a busy machine and
/// proves nothing on an idle one).
#[test]
fn ten_years_of_daily_sessions_summarise_to_the_right_numbers() {
    let history = daily(TODAY - 3_649, 3_650);
    let started = Instant::now();
    let summary = summarize(&history, TODAY);
    let month = Month::of(&history, 2026, 11);
    let chart = PainChart::of(&history, 30);
    let took = started.elapsed();
    assert_eq!(summary.sessions, 3_650);
    assert_eq!(summary.best_streak, 3_650);
    assert_eq!(summary.current_streak, 3_650);
    assert_eq!(
        summary.active_minutes, 28_957,
        "1,737,400 s is 28,956.7 min"
    );
    assert_eq!(
        month
            .days
            .iter()
            .filter(|d| **d == DayMark::Completed)
            .count(),
        23
    );
    assert_eq!(chart, None, "no check-ins, no chart");
    println!("summary of 3,650 records: {took:?}");
}

#[test]
fn a_month_starts_on_its_weekday_and_marks_each_day_once() {
    let mut history = daily(days_from_civil(2026, 11, 1), 2);
    history.push(SessionRecord {
        outcome: Outcome::Stopped,
        ..completed(days_from_civil(2026, 11, 5) * DAY, 0)
    });
    history.push(SessionRecord {
        outcome: Outcome::Stopped,
        ..completed(days_from_civil(2026, 11, 2) * DAY + HOUR, 0)
    });
    history.extend(daily(days_from_civil(2026, 12, 1), 1));
    let month = Month::of(&history, 2026, 11);
    // 1 Nov 2026 is a Sunday: six blanks in a Monday-first week.
    assert_eq!(month.leading_blanks, 6);
    assert_eq!(month.days.len(), 30);
    assert_eq!(month.days[0], DayMark::Completed);
    assert_eq!(
        month.days[1],
        DayMark::Completed,
        "completed wins over stopped"
    );
    assert_eq!(month.days[4], DayMark::Stopped);
    assert_eq!(month.days[29], DayMark::None);
    assert_eq!(Month::of(&history, 2024, 2).days.len(), 29, "leap year");
    assert_eq!(Month::shifted(2026, 12, 1), (2027, 1));
    assert_eq!(Month::shifted(2026, 1, -1), (2025, 12));
    assert_eq!(Month::containing(TODAY), (2026, 11));
}

#[test]
fn the_pain_chart_draws_before_and_after_on_whole_numbers() {
    let history = vec![
        checked_in(TODAY * DAY, 6, 4, Feel::AboutRight),
        completed((TODAY + 1) * DAY, 0),
        SessionRecord {
            pain_after: None,
            feel: None,
            ..checked_in((TODAY + 2) * DAY, 5, 0, Feel::Easy)
        },
        checked_in((TODAY + 3) * DAY, 3, 2, Feel::Easy),
    ];
    let chart = PainChart::of(&history, 30).expect("a chart");
    assert_eq!(chart.sessions, 3, "the session without answers is left out");
    assert_eq!(chart.before, vec![(24, 6), (158, 5), (292, 3)]);
    assert_eq!(chart.after, vec![(24, 4), (292, 2)]);
    assert_eq!(chart.first_day, "Mon 23 Nov 2026");
    assert_eq!(chart.last_day, "Thu 26 Nov 2026");
    assert_eq!(PainChart::path(&chart.after), "M24 70L292 90");
    assert_eq!(PainChart::dots(&chart.after), "M24 70h0M292 90h0");
    assert_eq!((pain_y(0), pain_y(10), pain_y(200)), (110, 10, 10));

    let one = PainChart::of(&history[..1], 30).unwrap();
    assert_eq!(one.before, vec![(158, 6)]);
    assert_eq!(PainChart::path(&one.before), "M158 50h0");
    let latest = PainChart::of(&history, 2).unwrap();
    assert_eq!(latest.first_day, "Wed 25 Nov 2026");
}

#[test]
fn a_session_reads_as_one_line() {
    let stopped = SessionRecord {
        outcome: Outcome::Stopped,
        stopped_for_pain: true,
        pain_before: Some(6),
        ..completed(TODAY * DAY, 0)
    };
    assert_eq!(
        session_line(&stopped),
        "Mon 23 Nov 2026 · stopped for pain · pain 6 → –"
    );
    assert_eq!(
        session_line(&checked_in(TODAY * DAY, 5, 3, Feel::AboutRight)),
        "Mon 23 Nov 2026 · completed · pain 5 → 3 · about right"
    );
    let early = SessionRecord {
        outcome: Outcome::Stopped,
        ..completed(TODAY * DAY, 0)
    };
    assert_eq!(session_line(&early), "Mon 23 Nov 2026 · stopped early");
}

#[test]
fn labels_spelled_out_in_another_case_say_the_same() {
    use lumbar::domain::records::Feel;
    use lumbar::domain::routine::Side;
    for feel in Feel::ALL {
        assert_eq!(feel.lowercase_label(), feel.label().to_lowercase());
    }
    for side in [Side::Right, Side::Left] {
        assert_eq!(side.title().to_lowercase(), side.name());
    }
}
