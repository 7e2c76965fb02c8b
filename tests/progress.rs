use lumbar::domain::progress::{Outcome, Progress, SessionRecord};

const DAY: i64 = 86_400_000;
const HOUR: i64 = 3_600_000;
/// 2026-11-23 00:00 UTC.
const MIDNIGHT_UTC: i64 = 20_780 * DAY;

fn session(started_at_ms: i64, utc_offset_min: i32, outcome: Outcome) -> SessionRecord {
    SessionRecord {
        started_at_ms,
        ended_at_ms: started_at_ms + 471_000,
        active_ms: 471_000,
        utc_offset_min,
        outcome,
        steps_done: 65,
        steps_total: 65,
    }
}

fn with(records: Vec<SessionRecord>) -> Progress {
    let mut progress = Progress::default();
    records.into_iter().for_each(|r| progress.record(r));
    progress
}

#[test]
fn no_history_no_streak() {
    assert_eq!(Progress::default().current_streak(MIDNIGHT_UTC, 0), 0);
    assert_eq!(Progress::default().last_session(), None);
}

#[test]
fn consecutive_days_make_a_streak_that_survives_until_the_end_of_the_next_day() {
    let p = with(
        (0..3)
            .map(|d| session(MIDNIGHT_UTC + d * DAY + 8 * HOUR, 0, Outcome::Completed))
            .collect(),
    );
    let third_day = MIDNIGHT_UTC + 2 * DAY;
    assert_eq!(p.current_streak(third_day + 20 * HOUR, 0), 3);
    assert_eq!(
        p.current_streak(third_day + DAY + 23 * HOUR, 0),
        3,
        "not yet done today: yesterday still counts"
    );
    assert_eq!(
        p.current_streak(third_day + 2 * DAY + 1, 0),
        0,
        "a whole day missed breaks it"
    );
}

#[test]
fn a_gap_restarts_the_streak_and_stopped_sessions_do_not_count() {
    let p = with(vec![
        session(MIDNIGHT_UTC + 9 * HOUR, 0, Outcome::Completed),
        session(MIDNIGHT_UTC + DAY + 9 * HOUR, 0, Outcome::Stopped),
        session(MIDNIGHT_UTC + 2 * DAY + 9 * HOUR, 0, Outcome::Completed),
    ]);
    assert_eq!(p.current_streak(MIDNIGHT_UTC + 2 * DAY + 10 * HOUR, 0), 1);
}

#[test]
fn days_are_the_users_local_days_even_across_time_zones() {
    // 23:30 in Tokyo and, the next evening, 19:00 in London after a flight: two local days.
    let tokyo = MIDNIGHT_UTC + 23 * HOUR + 30 * 60_000 - 9 * HOUR;
    let london = MIDNIGHT_UTC + DAY + 19 * HOUR;
    let p = with(vec![
        session(tokyo, 9 * 60, Outcome::Completed),
        session(london, 0, Outcome::Completed),
    ]);
    assert_eq!(p.current_streak(london + HOUR, 0), 2);
    // The same instants, both read in UTC, would fall on one day only.
    let utc = with(vec![
        session(tokyo, 0, Outcome::Completed),
        session(tokyo + HOUR, 0, Outcome::Completed),
    ]);
    assert_eq!(utc.current_streak(tokyo + 2 * HOUR, 0), 1);
}

#[test]
fn two_sessions_on_one_day_count_once() {
    let p = with(vec![
        session(MIDNIGHT_UTC + 7 * HOUR, 0, Outcome::Completed),
        session(MIDNIGHT_UTC + 19 * HOUR, 0, Outcome::Completed),
    ]);
    assert_eq!(p.current_streak(MIDNIGHT_UTC + 20 * HOUR, 0), 1);
}

#[test]
fn history_stays_in_start_order_whatever_order_sessions_are_recorded_in() {
    let late = session(MIDNIGHT_UTC + 2 * DAY, 0, Outcome::Completed);
    let early = session(MIDNIGHT_UTC, 0, Outcome::Stopped);
    let p = with(vec![late.clone(), early.clone()]);
    assert_eq!(p.history, vec![early, late.clone()]);
    assert_eq!(p.last_session(), Some(&late));
}
