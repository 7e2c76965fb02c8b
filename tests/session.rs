#![cfg(not(target_arch = "wasm32"))]

use lumbar::domain::cue::{Cue, Tone};
use lumbar::domain::plan::{Phase, Plan};
use lumbar::domain::progress::Progress;
use lumbar::domain::records::Outcome;
use lumbar::domain::routine::{Exercise, Routine, Side};
use lumbar::domain::session::{Session, StepClock, ABANDON_AFTER_MS};

const T0: i64 = 1_795_000_000_000;
const TOTAL_MS: i64 = 476_000;

fn started() -> (Plan, Session) {
    let plan = Plan::for_routine(&Routine::AS_WRITTEN);
    let (session, _) = Session::start(Routine::AS_WRITTEN, &plan, T0, 60);
    (plan, session)
}

/// Milliseconds from the start of the session to the start of step `index`.
fn offset_of(plan: &Plan, index: usize) -> i64 {
    plan.steps()[..index].iter().map(|s| s.duration_ms()).sum()
}

fn first_leg_raise_hold(plan: &Plan, side: Side, round: u32) -> usize {
    plan.steps()
        .iter()
        .position(|s| {
            s.exercise == Exercise::LegRaise
                && s.is_hold()
                && s.side == Some(side)
                && s.count.unwrap().number == round
        })
        .unwrap()
}

#[test]
fn a_fake_clock_drives_a_whole_session_through_every_step_in_order() {
    let (plan, mut session) = started();
    let mut seen = vec![0usize];
    let mut cues = Vec::new();
    let mut now = T0;
    while !session.is_finished() {
        let since = now;
        now += 250;
        cues.extend(session.advance(&plan, since, now));
        if seen.last() != Some(&session.step_index) && !session.is_finished() {
            seen.push(session.step_index);
        }
        assert!(now < T0 + TOTAL_MS + 1000, "the session must end on time");
    }
    assert_eq!(
        seen,
        (0..plan.len()).collect::<Vec<_>>(),
        "no step skipped or repeated"
    );
    assert_eq!(
        session.clock,
        StepClock::Finished {
            at_ms: T0 + TOTAL_MS
        }
    );
    let record = session.record(&plan, now, Outcome::Completed);
    assert_eq!(record.active_ms, TOTAL_MS);
    assert_eq!((record.steps_done, record.steps_total), (65, 65));

    let holds_started = cues
        .iter()
        .filter(|c| **c == Cue::Beep(Tone::HoldStart))
        .count();
    let countdown = cues
        .iter()
        .filter(|c| **c == Cue::Beep(Tone::Countdown))
        .count();
    assert_eq!(
        holds_started, 16,
        "6 wall-slide holds and 10 leg-raise holds"
    );
    assert_eq!(countdown, 16 * 3, "3, 2, 1 before the end of every hold");
    assert_eq!(
        cues.iter()
            .filter(|c| **c == Cue::Beep(Tone::Finished))
            .count(),
        1
    );
    assert!(cues.contains(&Cue::Say("Right leg. Tighten and raise it.".into())));
    assert!(cues.contains(&Cue::Say("Hold for 10 seconds.".into())));
}

#[test]
fn the_snapshot_shows_the_step_its_position_and_what_is_next() {
    let (plan, mut session) = started();
    let hold = first_leg_raise_hold(&plan, Side::Right, 2);
    let at = T0 + offset_of(&plan, hold) + 3_400;
    session.advance(&plan, T0, at);
    let snap = session.snapshot(&plan, at).unwrap();
    assert_eq!(snap.step.phase, Phase::Hold);
    assert_eq!(
        snap.step.position_label().unwrap(),
        "Right leg — round 2 of 5"
    );
    assert_eq!(snap.remaining_ms, 6_600);
    assert_eq!(snap.seconds_left(), 7);
    assert_eq!(snap.next.unwrap().phase, Phase::Lower);
    assert_eq!(snap.step_number, hold + 1);
}

#[test]
fn pausing_stops_the_clock_exactly_and_resuming_continues_from_the_same_time() {
    let (plan, mut session) = started();
    let at = T0 + 2_300;
    session.pause(&plan, at);
    assert!(session.is_paused());
    let later = at + 60_000;
    assert!(session.advance(&plan, at, later).is_empty());
    assert_eq!(
        session.snapshot(&plan, later).unwrap().remaining_ms,
        177_700
    );
    assert_eq!(
        session.next_wake_in_ms(later),
        None,
        "no timer while paused"
    );
    session.resume(later);
    assert_eq!(
        session.clock,
        StepClock::Running {
            deadline_ms: later + 177_700
        }
    );
    session.pause(&plan, later + 1_000);
    session.resume(later + 31_000);
    assert_eq!(session.paused_total_ms, 90_000);
    let record = session.record(&plan, later + 32_000, Outcome::Stopped);
    assert_eq!(record.active_ms, 2_300 + 1_000 + 1_000);
}

#[test]
fn a_session_stopped_while_paused_does_not_count_the_pause_as_exercise() {
    let (plan, mut session) = started();
    session.pause(&plan, T0 + 10_000);
    let record = session.record(&plan, T0 + 70_000, Outcome::Stopped);
    assert_eq!(record.active_ms, 10_000);
    assert_eq!(record.steps_done, 0);
}

#[test]
fn skip_and_back_move_one_step_and_restart_its_full_time() {
    let (plan, mut session) = started();
    let cues = session.skip(&plan, T0 + 5_000);
    assert_eq!(session.step_index, 1);
    assert_eq!(
        session.clock,
        StepClock::Running {
            deadline_ms: T0 + 5_000 + 10_000
        }
    );
    assert!(cues.contains(&Cue::Say(format!(
        "Get in position. {}",
        plan.get(1).unwrap().instruction()
    ))));
    session.back(&plan, T0 + 6_000);
    assert_eq!(session.step_index, 0);
    assert_eq!(
        session.snapshot(&plan, T0 + 6_000).unwrap().remaining_ms,
        180_000
    );
    session.back(&plan, T0 + 7_000);
    assert_eq!(
        session.step_index, 0,
        "back from the first step restarts it"
    );
}

#[test]
fn skipping_while_paused_stays_paused_on_the_next_step() {
    let (plan, mut session) = started();
    session.pause(&plan, T0 + 1_000);
    session.skip(&plan, T0 + 2_000);
    assert_eq!(
        session.clock,
        StepClock::Paused {
            remaining_ms: 10_000,
            since_ms: T0 + 1_000
        }
    );
}

#[test]
fn skipping_the_last_step_finishes_the_session() {
    let (plan, mut session) = started();
    let last = plan.len() - 1;
    let at = T0 + offset_of(&plan, last) + 1_000;
    session.advance(&plan, T0, at);
    assert_eq!(session.step_index, last);
    let cues = session.skip(&plan, at);
    assert_eq!(session.clock, StepClock::Finished { at_ms: at });
    assert!(cues.contains(&Cue::Beep(Tone::Finished)));
    assert_eq!(
        session
            .record(&plan, at + 5_000, Outcome::Completed)
            .steps_done,
        65
    );
}

#[test]
fn a_stored_session_resumes_from_its_deadline_after_a_reload() {
    let (plan, mut session) = started();
    let hold = first_leg_raise_hold(&plan, Side::Left, 3);
    let at = T0 + offset_of(&plan, hold) + 4_000;
    session.advance(&plan, T0, at);
    let stored = serde_json::to_string(&session).unwrap();
    let reloaded_at = at + 1_500;
    let mut restored = serde_json::from_str::<Session>(&stored).unwrap();
    restored.advance(&plan, reloaded_at, reloaded_at);
    let snap = restored.snapshot(&plan, reloaded_at).unwrap();
    assert_eq!(
        snap.step.position_label().unwrap(),
        "Left leg — round 3 of 5"
    );
    assert_eq!(snap.remaining_ms, 4_500);
}

#[test]
fn a_clock_jump_forward_completes_the_steps_it_passed_without_a_backlog_of_cues() {
    let (plan, mut session) = started();
    let jump_to = T0 + offset_of(&plan, 30) + 1_234;
    let cues = session.advance(&plan, T0 + 1_000, jump_to);
    assert_eq!(session.step_index, 30);
    assert_eq!(
        session.snapshot(&plan, jump_to).unwrap().remaining_ms,
        plan.get(30).unwrap().duration_ms() - 1_234
    );
    let step_30 = *plan.get(30).unwrap();
    assert_eq!(
        cues,
        lumbar::domain::cue::entering(plan.get(29), &step_30),
        "only step 30 began within the last 2 s"
    );
    let cues = session.advance(&plan, jump_to, T0 + TOTAL_MS + 600_000);
    assert!(session.is_finished());
    assert!(cues.is_empty());
    assert_eq!(
        session.clock,
        StepClock::Finished {
            at_ms: T0 + TOTAL_MS
        }
    );
}

#[test]
fn a_jump_landing_just_after_a_step_change_still_announces_the_new_step() {
    let (plan, mut session) = started();
    let cues = session.advance(&plan, T0, T0 + 180_500);
    assert_eq!(session.step_index, 1);
    assert_eq!(cues[0], Cue::Beep(Tone::StepStart));
}

#[test]
fn a_clock_that_jumps_back_never_shows_more_than_the_step_nor_less_than_zero() {
    let (plan, mut session) = started();
    let back = T0 - 3_600_000;
    session.advance(&plan, T0, back);
    let snap = session.snapshot(&plan, back).unwrap();
    assert_eq!(snap.remaining_ms, 180_000);
    assert_eq!(
        session.clock,
        StepClock::Running {
            deadline_ms: back + 180_000
        }
    );
    let far = back + 10_000_000;
    assert_eq!(session.snapshot(&plan, far).unwrap().remaining_ms, 0);
    let record = session.record(&plan, back, Outcome::Stopped);
    assert!(record.ended_at_ms >= record.started_at_ms);
    assert!(record.active_ms >= 0);
}

#[test]
fn a_session_through_a_clock_jumped_back_records_a_sane_duration() {
    let (plan, mut session) = started();
    session.advance(&plan, T0, T0 + 60_000);
    let back = T0 + 60_000 - 3_600_000;
    session.advance(&plan, T0 + 60_000, back);
    let mut now = back;
    while !session.is_finished() {
        now += 1_000;
        session.advance(&plan, now - 1_000, now);
    }
    let record = session.record(&plan, now, Outcome::Completed);
    // The jump is taken out of the session's timeline: nothing lost, nothing added.
    assert_eq!(record.active_ms, TOTAL_MS);
    assert_eq!(record.ended_at_ms, back + TOTAL_MS - 60_000);
    assert!(record.started_at_ms < record.ended_at_ms);
}

#[test]
fn the_ticker_wakes_on_the_next_displayed_second() {
    let (_, session) = started();
    let deadline = T0 + 180_000;
    assert_eq!(session.next_wake_in_ms(deadline - 4_200), Some(200));
    assert_eq!(session.next_wake_in_ms(deadline - 4_000), Some(1_000));
    assert_eq!(session.next_wake_in_ms(deadline - 1), Some(1));
    assert_eq!(session.next_wake_in_ms(deadline + 50), Some(0));
}

#[test]
fn a_session_left_for_hours_is_recorded_as_stopped_not_resumed() {
    let (plan, mut session) = started();
    session.advance(&plan, T0, T0 + 200_000);
    let last_touch = session.updated_at_ms;
    let mut progress = Progress {
        active: Some(session.clone()),
        ..Progress::default()
    };
    assert!(!progress.retire_abandoned_session(last_touch + ABANDON_AFTER_MS));
    assert!(
        progress.active.is_some(),
        "three hours is not yet abandoned"
    );
    assert!(progress.retire_abandoned_session(last_touch + ABANDON_AFTER_MS + 1));
    assert!(progress.active.is_none());
    let record = &progress.history[0];
    assert_eq!(record.outcome, Outcome::Stopped);
    assert_eq!(record.ended_at_ms, last_touch);
    assert_eq!(record.steps_done, session.step_index as u32);
}
