mod common;

use common::{completed, DAY, HOUR};
use lumbar::domain::progress::{Progress, CHANGES_KEPT_WHEN_COMPACT};
use lumbar::domain::records::ChangeReason;
use lumbar::domain::records::{Feel, Outcome, SessionRecord};
use lumbar::domain::routine::Routine;

/// 2026-11-23 00:00 UTC.
const MIDNIGHT_UTC: i64 = 20_780 * DAY;

fn session(started_at_ms: i64, utc_offset_min: i32, outcome: Outcome) -> SessionRecord {
    SessionRecord {
        outcome,
        ..completed(started_at_ms, utc_offset_min)
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

mod merging_two_tabs {
    use super::*;
    use lumbar::domain::plan::Plan;
    use lumbar::domain::routine::Routine;
    use lumbar::domain::session::Session;

    fn active(started_at_ms: i64, updated_at_ms: i64) -> Session {
        let plan = Plan::for_routine(&Routine::AS_WRITTEN);
        let (mut session, _) = Session::start(Routine::AS_WRITTEN, &plan, started_at_ms, 0);
        session.updated_at_ms = updated_at_ms;
        session
    }

    #[test]
    fn both_tabs_sessions_end_up_in_history_once() {
        let a = session(MIDNIGHT_UTC + HOUR, 0, Outcome::Completed);
        let b = session(MIDNIGHT_UTC + 2 * HOUR, 0, Outcome::Stopped);
        let mut mine = with(vec![a.clone()]);
        mine.merge(with(vec![b.clone(), a.clone()]));
        assert_eq!(mine.history, vec![a.clone(), b.clone()]);
        let mut theirs = with(vec![b.clone()]);
        theirs.merge(with(vec![a.clone()]));
        assert_eq!(
            theirs.history, mine.history,
            "the order of merging does not matter"
        );
        let snapshot = mine.clone();
        mine.merge(snapshot.clone());
        assert_eq!(
            mine, snapshot,
            "merging the same data twice changes nothing"
        );
    }

    #[test]
    fn a_tab_keeps_its_own_session_in_progress() {
        let mut mine = Progress {
            active: Some(active(MIDNIGHT_UTC, MIDNIGHT_UTC)),
            ..Progress::default()
        };
        mine.merge(Progress {
            active: Some(active(MIDNIGHT_UTC + HOUR, MIDNIGHT_UTC + HOUR)),
            ..Progress::default()
        });
        assert_eq!(mine.active.unwrap().started_at_ms, MIDNIGHT_UTC);

        let mut idle = Progress::default();
        idle.merge(Progress {
            active: Some(active(MIDNIGHT_UTC, MIDNIGHT_UTC)),
            ..Progress::default()
        });
        assert_eq!(
            idle.active, None,
            "another tab's session is not pulled into this one"
        );
    }

    #[test]
    fn the_same_session_takes_the_newer_copy_and_ends_when_the_other_tab_recorded_it() {
        let mut mine = Progress {
            active: Some(active(MIDNIGHT_UTC, MIDNIGHT_UTC + 10_000)),
            ..Progress::default()
        };
        let newer = active(MIDNIGHT_UTC, MIDNIGHT_UTC + 20_000);
        mine.merge(Progress {
            active: Some(newer.clone()),
            ..Progress::default()
        });
        assert_eq!(mine.active, Some(newer));
        mine.merge(with(vec![session(MIDNIGHT_UTC, 0, Outcome::Completed)]));
        assert_eq!(mine.active, None);
        assert_eq!(mine.history.len(), 1);
    }

    #[test]
    fn the_earliest_safety_acknowledgement_is_kept() {
        let mut mine = Progress::default();
        mine.merge(Progress {
            safety_acknowledged_at_ms: Some(5),
            ..Progress::default()
        });
        assert_eq!(mine.safety_acknowledged_at_ms, Some(5));
        mine.merge(Progress {
            safety_acknowledged_at_ms: Some(3),
            ..Progress::default()
        });
        assert_eq!(mine.safety_acknowledged_at_ms, Some(3));
    }
}

#[test]
fn a_check_in_saved_in_one_tab_survives_a_merge_with_the_other() {
    let started = MIDNIGHT_UTC + 8 * HOUR;
    let mut here = with(vec![session(started, 0, Outcome::Completed)]);
    let mut there = here.clone();
    there.check_in_after(started, Some(2), Some(Feel::AboutRight));
    here.merge(there);
    let record = &here.history[0];
    assert_eq!(
        (record.pain_after, record.feel),
        (Some(2), Some(Feel::AboutRight))
    );

    here.check_in_after(started, Some(99), None);
    assert_eq!(here.history[0].pain_after, Some(10), "clamped to the scale");
    here.check_in_after(started + 1, Some(1), None);
    assert_eq!(here.history.len(), 1, "no record is made up");
}

#[test]
fn routine_changes_from_another_tab_join_the_log_and_the_latest_decides() {
    let mut here = Progress::default();
    let mut there = Progress::default();
    let longer = Routine {
        warm_up_secs: 300,
        ..Routine::AS_WRITTEN
    };
    there.change_routine(longer, ChangeReason::ChangedByYou, MIDNIGHT_UTC);
    here.merge(there.clone());
    assert_eq!(here.routine, longer);
    there.undo_last_change(MIDNIGHT_UTC + HOUR);
    here.merge(there);
    assert_eq!(here.routine, Routine::AS_WRITTEN);
    assert_eq!(here.routine_changes.len(), 1);
}

#[test]
fn compacting_drops_only_old_routine_changes() {
    let mut progress = with(vec![session(MIDNIGHT_UTC, 0, Outcome::Completed)]);
    for i in 0..25 {
        let routine = Routine {
            rest_secs: 2 + i % 2,
            ..Routine::AS_WRITTEN
        };
        progress.change_routine(
            routine,
            ChangeReason::ChangedByYou,
            MIDNIGHT_UTC + i64::from(i),
        );
    }
    let before = progress.clone();
    assert!(progress.compact());
    assert_eq!(progress.routine_changes.len(), CHANGES_KEPT_WHEN_COMPACT);
    assert_eq!(progress.routine_changes[..], before.routine_changes[15..]);
    assert_eq!(progress.history, before.history);
    assert_eq!(progress.routine, before.routine);
    assert!(progress.undoable_change().is_some());
    assert!(!progress.compact(), "nothing more to free");
}
