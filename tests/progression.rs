mod common;

use common::{checked_in, completed, DAY};
use lumbar::domain::progress::Progress;
use lumbar::domain::progression::{back_off, decide, step_up};
use lumbar::domain::records::ChangeReason;
use lumbar::domain::records::{Feel, SessionRecord};
use lumbar::domain::routine::Routine;
use lumbar::domain::routine_limits::{unsafe_setting, Knob};

const SEED: Routine = Routine::AS_WRITTEN;

fn days(feels: &[(u8, u8, Feel)]) -> Vec<SessionRecord> {
    feels
        .iter()
        .enumerate()
        .map(|(i, &(before, after, feel))| checked_in(i as i64 * DAY, before, after, feel))
        .collect()
}

#[test]
fn three_comfortable_sessions_in_a_row_add_two_seconds_to_the_wall_slide_hold() {
    let sessions = days(&[
        (3, 2, Feel::Easy),
        (2, 2, Feel::AboutRight),
        (2, 1, Feel::Easy),
    ]);
    let (raised, reason) = decide(&SEED, &SEED, &sessions).expect("a change");
    assert_eq!(reason, ChangeReason::Progressed);
    assert_eq!(
        raised,
        Routine {
            wall_slide_hold_secs: 7,
            ..SEED
        }
    );
}

#[test]
fn two_comfortable_sessions_are_not_enough() {
    let sessions = days(&[(3, 2, Feel::Easy), (2, 2, Feel::AboutRight)]);
    assert_eq!(decide(&SEED, &SEED, &sessions), None);
}

#[test]
fn a_pain_increase_blocks_progress_even_when_rated_easy_and_eases_a_raised_routine() {
    let sessions = days(&[(2, 2, Feel::Easy), (2, 2, Feel::Easy), (2, 4, Feel::Easy)]);
    assert_eq!(
        decide(&SEED, &SEED, &sessions),
        None,
        "at the seed nothing to ease"
    );
    let raised = step_up(&SEED).unwrap();
    assert_eq!(
        decide(&raised, &SEED, &sessions),
        Some((SEED, ChangeReason::BackedOff))
    );
}

#[test]
fn a_hard_session_or_a_stop_for_pain_backs_off_at_once() {
    let raised = step_up(&step_up(&SEED).unwrap()).unwrap();
    let hard = days(&[(2, 2, Feel::Hard)]);
    assert_eq!(
        decide(&raised, &SEED, &hard),
        Some((SEED, ChangeReason::BackedOff))
    );
    let stopped = vec![SessionRecord {
        stopped_for_pain: true,
        ..completed(0, 0)
    }];
    assert_eq!(
        decide(&raised, &SEED, &stopped).map(|(_, why)| why),
        Some(ChangeReason::BackedOff)
    );
}

#[test]
fn a_hard_session_among_the_last_three_holds_the_routine_where_it_is() {
    let sessions = days(&[(2, 2, Feel::Hard), (2, 2, Feel::Easy), (2, 2, Feel::Easy)]);
    assert_eq!(decide(&SEED, &SEED, &sessions), None);
    let four = days(&[
        (2, 2, Feel::Hard),
        (2, 2, Feel::Easy),
        (2, 2, Feel::Easy),
        (2, 2, Feel::AboutRight),
    ]);
    assert!(decide(&SEED, &SEED, &four).is_some());
}

#[test]
fn sessions_without_answers_count_for_nothing() {
    let mut sessions = days(&[(2, 2, Feel::Easy), (2, 2, Feel::Easy)]);
    sessions.push(completed(5 * DAY, 0));
    assert_eq!(decide(&SEED, &SEED, &sessions), None);
    sessions.push(checked_in(6 * DAY, 2, 2, Feel::Easy));
    assert!(decide(&SEED, &SEED, &sessions).is_some());
}

#[test]
fn steps_take_turns_and_stop_at_the_ceilings_inside_the_safe_ranges() {
    let mut routine = SEED;
    let mut seen = Vec::new();
    while let Some(next) = step_up(&routine) {
        let changed: Vec<Knob> = Knob::ALL
            .into_iter()
            .filter(|k| k.get(&next) != k.get(&routine))
            .collect();
        assert_eq!(changed.len(), 1, "one thing at a time");
        seen.push(changed[0]);
        assert_eq!(unsafe_setting(&next), None);
        routine = next;
        assert!(seen.len() < 100, "the ladder ends");
    }
    assert_eq!(
        &seen[..4],
        &[
            Knob::WallSlideHold,
            Knob::LegRaiseHold,
            Knob::WallSlideReps,
            Knob::LegRaiseRounds
        ]
    );
    assert_eq!(
        routine,
        Routine {
            wall_slide_hold_secs: 15,
            leg_raise_hold_secs: 20,
            wall_slide_reps: 10,
            leg_raise_rounds_per_leg: 8,
            ..SEED
        }
    );
    let top = days(&[(1, 1, Feel::Easy), (1, 1, Feel::Easy), (1, 1, Feel::Easy)]);
    assert_eq!(
        decide(&routine, &SEED, &top),
        None,
        "never past the ceilings"
    );
}

#[test]
fn backing_off_never_goes_below_the_routine_as_written() {
    assert_eq!(back_off(&SEED, &SEED), SEED);
    let mut routine = SEED;
    for _ in 0..6 {
        routine = step_up(&routine).unwrap();
    }
    let once = back_off(&routine, &SEED);
    assert!(Knob::ALL.iter().all(|k| k.get(&once) <= k.get(&routine)));
    assert_eq!(
        back_off(&back_off(&back_off(&once, &SEED), &SEED), &SEED),
        SEED
    );
}

#[test]
fn progression_is_off_by_default_and_each_change_can_be_undone() {
    let mut progress = Progress::default();
    days(&[(2, 2, Feel::Easy), (2, 2, Feel::Easy), (2, 2, Feel::Easy)])
        .into_iter()
        .for_each(|r| progress.record(r));
    assert_eq!(progress.progress_routine(10 * DAY), None, "off by default");

    progress.progression = true;
    let change = progress.progress_routine(10 * DAY).expect("raised");
    assert_eq!(change.describe(), "Wall Slides: hold 5 s → 7 s");
    assert_eq!(progress.routine.wall_slide_hold_secs, 7);
    assert_eq!(
        progress.progress_routine(10 * DAY),
        None,
        "sessions before the change are spent"
    );

    progress.undo_last_change(11 * DAY);
    assert_eq!(progress.routine, SEED);
    assert!(progress.undoable_change().is_none());
    assert_eq!(
        progress.routine_changes.len(),
        1,
        "the log keeps the undone change"
    );
    assert_eq!(
        progress.progress_routine(11 * DAY),
        None,
        "an undo also starts a new count"
    );
}

#[test]
fn changes_by_hand_are_logged_and_reset_restores_the_seed() {
    let mut progress = Progress::default();
    let mine = Routine {
        rest_secs: 10,
        warm_up_secs: 300,
        ..SEED
    };
    progress.change_routine(mine, ChangeReason::ChangedByYou, DAY);
    assert_eq!(
        progress.routine_changes[0].describe(),
        "Rest between repetitions 5 s → 10 s; Warm-up 180 s → 300 s"
    );
    assert_eq!(
        progress.change_routine(mine, ChangeReason::ChangedByYou, DAY),
        None
    );
    progress.change_routine(SEED, ChangeReason::Reset, 2 * DAY);
    assert_eq!(progress.routine, SEED);
    assert_eq!(progress.routine_changes.len(), 2);
}

#[test]
fn settings_outside_the_safe_ranges_get_a_clear_message() {
    assert_eq!(unsafe_setting(&SEED), None);
    assert_eq!(Knob::WallSlideHold.parse("12"), Ok(12));
    assert_eq!(
        Knob::WallSlideHold.parse("45"),
        Err("Wall Slides: hold must be a whole number from 3 to 30 s.".into())
    );
    assert_eq!(
        Knob::LegRaiseRounds.parse("lots"),
        Err("Leg Raise: rounds per leg must be a whole number from 1 to 10 times.".into())
    );
    assert!(Knob::WarmUp.parse("-5").is_err());
    assert!(Knob::Rest.parse("1").is_err());
    let too_long = Routine {
        leg_raise_hold_secs: 31,
        ..SEED
    };
    assert!(unsafe_setting(&too_long)
        .unwrap()
        .contains("Leg Raise: hold"));
}

#[test]
fn changes_can_be_undone_one_by_one_back_to_the_first() {
    let mut progress = Progress::default();
    let mut routine = SEED;
    for day in 1..=3 {
        routine = step_up(&routine).unwrap();
        progress.change_routine(routine, ChangeReason::Progressed, day * DAY);
    }
    for day in 4..=6 {
        assert!(progress.undoable_change().is_some());
        progress.undo_last_change(day * DAY);
    }
    assert_eq!(progress.routine, SEED);
    assert!(progress.undoable_change().is_none());
    assert!(progress
        .routine_changes
        .iter()
        .all(|c| c.undone_at_ms.is_some()));
    // A change the routine has moved on from (e.g. edited by hand since) is not undone.
    let mut moved_on = Progress::default();
    moved_on.change_routine(step_up(&SEED).unwrap(), ChangeReason::Progressed, DAY);
    moved_on.routine.rest_secs = 9;
    moved_on.undo_last_change(2 * DAY);
    assert_eq!(moved_on.routine.rest_secs, 9);
}
