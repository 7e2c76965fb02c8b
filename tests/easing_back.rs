//! Easing back after a painful session returns what progression added, a step at a time,
//! down to the routine the person chose, whether that is below, at or above the seed.

mod common;

use common::{checked_in, DAY, HOUR};
use lumbar::domain::progress::{Progress, CHANGES_KEPT_WHEN_COMPACT};
use lumbar::domain::progression::{chosen_routine, step_up};
use lumbar::domain::records::Feel;
use lumbar::domain::records::{ChangeReason, RoutineChange};
use lumbar::domain::routine::Routine;

const SEED: Routine = Routine::AS_WRITTEN;

/// A person with progression on, using `routine` from day 0.
struct Person {
    progress: Progress,
    day: i64,
}

impl Person {
    fn new() -> Person {
        Person {
            progress: Progress {
                progression: true,
                ..Progress::default()
            },
            day: 0,
        }
    }

    /// Sets the routine in *Your routine*, between sessions.
    fn choose(&mut self, routine: Routine) {
        self.day += 1;
        self.progress
            .change_routine(routine, ChangeReason::ChangedByYou, self.day * DAY);
    }

    /// One session on its own day, checked in afterwards, as the app does.
    fn session(&mut self, before: u8, after: u8, feel: Feel) -> Option<RoutineChange> {
        self.day += 1;
        let started = self.day * DAY;
        self.progress
            .record(checked_in(started, before, after, feel));
        self.progress.progress_routine(started + HOUR)
    }

    /// Three easy sessions with no more pain after than before: one step up.
    fn comfortable_run(&mut self) -> RoutineChange {
        self.session(3, 3, Feel::Easy);
        self.session(3, 2, Feel::AboutRight);
        let change = self.session(2, 2, Feel::Easy).expect("a step up");
        assert_eq!(change.reason, ChangeReason::Progressed);
        change
    }

    /// Rated hard, pain 3 before and 6 after.
    fn painful(&mut self) -> Option<RoutineChange> {
        self.session(3, 6, Feel::Hard)
    }

    fn routine(&self) -> Routine {
        self.progress.routine
    }
}

#[test]
fn below_the_seed_a_painful_session_takes_back_progressions_step_to_the_persons_choice() {
    let mine = Routine {
        wall_slide_reps: 1,
        leg_raise_rounds_per_leg: 1,
        ..SEED
    };
    let mut person = Person::new();
    person.choose(mine);
    person.comfortable_run();
    assert_eq!(person.routine().wall_slide_reps, 2);

    let eased = person.painful().expect("eased");
    assert_eq!(eased.reason, ChangeReason::BackedOff);
    assert_eq!(
        eased.describe(),
        "Wall Slides: repetitions 2 times → 1 times"
    );
    assert_eq!(person.routine(), mine);
    assert_eq!(person.painful(), None, "never below what the person chose");
    assert_eq!(person.routine(), mine);
}

#[test]
fn at_the_seed_easing_back_stops_at_the_routine_as_written() {
    let mut person = Person::new();
    person.comfortable_run();
    assert_eq!(person.routine().wall_slide_hold_secs, 7);
    person.painful().expect("eased");
    assert_eq!(person.routine(), SEED);
    assert_eq!(person.painful(), None);
    assert_eq!(person.routine(), SEED);
}

#[test]
fn above_the_seed_the_persons_own_numbers_are_never_lowered() {
    let mine = Routine {
        wall_slide_hold_secs: 12,
        ..SEED
    };
    let mut person = Person::new();
    person.choose(mine);
    let raised = person.comfortable_run();
    assert_eq!(raised.describe(), "Leg Raise: hold 10 s → 12 s");

    let eased = person.painful().expect("eased");
    assert_eq!(eased.describe(), "Leg Raise: hold 12 s → 10 s");
    assert_eq!(person.routine(), mine, "their 12 s hold stays");
    assert_eq!(person.painful(), None);
}

#[test]
fn a_change_of_their_own_between_two_steps_is_kept_while_both_steps_come_back() {
    let mut person = Person::new();
    person.comfortable_run();
    assert_eq!(person.routine().wall_slide_hold_secs, 7);
    let mine = Routine {
        wall_slide_reps: 8,
        ..person.routine()
    };
    person.choose(mine);
    person.comfortable_run();
    assert_eq!(person.routine().leg_raise_hold_secs, 12);

    let eased = person.painful().expect("eased");
    assert_eq!(
        eased.describe(),
        "Wall Slides: hold 7 s → 5 s; Leg Raise: hold 12 s → 10 s",
        "each of progression's rungs one step down"
    );
    assert_eq!(
        person.routine(),
        Routine {
            wall_slide_reps: 8,
            ..SEED
        },
        "their 8 repetitions untouched"
    );
    assert_eq!(person.painful(), None);
}

#[test]
fn a_number_they_set_over_progressions_step_is_theirs() {
    let mut person = Person::new();
    person.comfortable_run();
    let mine = Routine {
        wall_slide_hold_secs: 9,
        ..SEED
    };
    person.choose(mine);
    assert_eq!(person.painful(), None, "9 s is theirs, not progression's");
    assert_eq!(person.routine(), mine);
}

#[test]
fn easing_back_goes_a_step_at_a_time() {
    let mut person = Person::new();
    for _ in 0..4 {
        person.comfortable_run();
    }
    // Each rung raised once: holds 7 s and 12 s, 7 repetitions, 6 rounds.
    person.comfortable_run();
    assert_eq!(person.routine().wall_slide_hold_secs, 9);
    person.painful().expect("eased");
    assert_eq!(
        person.routine(),
        Routine {
            wall_slide_hold_secs: 7,
            ..SEED
        }
    );
    person.painful().expect("eased again");
    assert_eq!(person.routine(), SEED);
}

#[test]
fn an_undone_choice_no_longer_sets_the_floor() {
    let mut person = Person::new();
    person.choose(Routine {
        wall_slide_reps: 2,
        ..SEED
    });
    person.progress.undo_last_change(person.day * DAY + HOUR);
    assert_eq!(chosen_routine(&person.progress.routine_changes), SEED);
}

#[test]
fn compaction_keeps_what_the_person_chose() {
    let mine = Routine {
        wall_slide_reps: 1,
        leg_raise_rounds_per_leg: 1,
        ..SEED
    };
    let mut progress = Progress::default();
    progress.change_routine(mine, ChangeReason::ChangedByYou, DAY);
    let mut routine = mine;
    for day in 2..(2 + 2 * CHANGES_KEPT_WHEN_COMPACT as i64) {
        routine = step_up(&routine).unwrap();
        progress.change_routine(routine, ChangeReason::Progressed, day * DAY);
    }
    assert!(progress.compact());
    assert_eq!(
        progress.routine_changes.len(),
        CHANGES_KEPT_WHEN_COMPACT + 1
    );
    assert_eq!(
        progress.routine_changes[0].reason,
        ChangeReason::ChangedByYou
    );
    assert_eq!(chosen_routine(&progress.routine_changes), mine);
    assert!(!progress.compact(), "nothing more to free");
}
