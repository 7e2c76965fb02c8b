//! Properties of the session engine and the storage decoder over generated inputs.
#![cfg(not(target_arch = "wasm32"))]

use lumbar::domain::plan::Plan;
use lumbar::domain::progress::Progress;
use lumbar::domain::records::{ChangeReason, RoutineChange};
use lumbar::domain::records::{Feel, Outcome, SessionRecord, Settings};
use lumbar::domain::red_flags::Screening;
use lumbar::domain::routine::Routine;
use lumbar::domain::session::Session;
use lumbar::domain::step_clock::StepClock;
use lumbar::domain::storage_codec::{decode, encode, Decoded, SerdeJson, VERSION};
use proptest::prelude::*;

const T0: i64 = 1_795_000_000_000;

#[derive(Clone, Debug)]
enum Command {
    /// Time passes (ms); negative values are the wall clock set back.
    Wait(i64),
    Pause,
    Resume,
    Skip,
    Back,
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![
        6 => (1i64..20_000).prop_map(Command::Wait),
        1 => (20_000i64..900_000).prop_map(Command::Wait),
        1 => (-3_600_000i64..0).prop_map(Command::Wait),
        2 => Just(Command::Pause),
        2 => Just(Command::Resume),
        1 => Just(Command::Skip),
        1 => Just(Command::Back),
    ]
}

fn routine_of([hold, reps, leg_hold, rounds, warm_up, rest]: [u32; 6]) -> Routine {
    Routine {
        wall_slide_hold_secs: hold,
        wall_slide_reps: reps,
        leg_raise_hold_secs: leg_hold,
        leg_raise_rounds_per_leg: rounds,
        warm_up_secs: warm_up,
        rest_secs: rest,
    }
}

fn routine() -> impl Strategy<Value = Routine> {
    (
        1u32..=10,
        1u32..=8,
        1u32..=20,
        1u32..=6,
        0u32..=300,
        0u32..=30,
    )
        .prop_map(|(hold, reps, leg_hold, rounds, warm_up, rest)| {
            routine_of([hold, reps, leg_hold, rounds, warm_up, rest])
        })
}

/// Any routine at all, as a change log may hold: only the routines in use are bounded.
fn any_routine() -> impl Strategy<Value = Routine> {
    any::<[u32; 6]>().prop_map(routine_of)
}

fn record() -> impl Strategy<Value = SessionRecord> {
    let feel = prop_oneof![Just(Feel::Easy), Just(Feel::AboutRight), Just(Feel::Hard)];
    let outcome = prop_oneof![Just(Outcome::Completed), Just(Outcome::Stopped)];
    (
        (any::<i64>(), any::<i64>(), any::<i64>(), any::<i32>()),
        (outcome, any::<u32>(), any::<u32>(), any::<bool>()),
        (
            any::<Option<u8>>(),
            any::<Option<u8>>(),
            prop::option::of(feel),
        ),
    )
        .prop_map(
            |(
                (started_at_ms, ended_at_ms, active_ms, utc_offset_min),
                (outcome, steps_done, steps_total, stopped_for_pain),
                (pain_before, pain_after, feel),
            )| SessionRecord {
                started_at_ms,
                ended_at_ms,
                active_ms,
                utc_offset_min,
                outcome,
                steps_done,
                steps_total,
                stopped_for_pain,
                pain_before,
                pain_after,
                feel,
            },
        )
}

fn clock() -> impl Strategy<Value = StepClock> {
    prop_oneof![
        any::<i64>().prop_map(|deadline_ms| StepClock::Running { deadline_ms }),
        (any::<i64>(), any::<i64>()).prop_map(|(remaining_ms, since_ms)| StepClock::Paused {
            remaining_ms,
            since_ms
        }),
        any::<i64>().prop_map(|at_ms| StepClock::Finished { at_ms }),
    ]
}

fn session() -> impl Strategy<Value = Session> {
    (
        routine(),
        (any::<i64>(), any::<i32>(), any::<usize>(), clock()),
        (any::<i64>(), any::<i64>(), any::<Option<u8>>()),
    )
        .prop_map(
            |(
                routine,
                (started_at_ms, utc_offset_min, step_index, clock),
                (paused_total_ms, updated_at_ms, pain_before),
            )| Session {
                routine,
                started_at_ms,
                utc_offset_min,
                step_index,
                clock,
                paused_total_ms,
                updated_at_ms,
                pain_before,
            },
        )
}

fn change() -> impl Strategy<Value = RoutineChange> {
    let reason = prop_oneof![
        Just(ChangeReason::Progressed),
        Just(ChangeReason::BackedOff),
        Just(ChangeReason::ChangedByYou),
        Just(ChangeReason::Reset),
    ];
    (
        any::<i64>(),
        any_routine(),
        any_routine(),
        reason,
        any::<Option<i64>>(),
    )
        .prop_map(|(at_ms, from, to, reason, undone_at_ms)| RoutineChange {
            at_ms,
            from,
            to,
            reason,
            undone_at_ms,
        })
}

fn screening() -> impl Strategy<Value = Screening> {
    (
        any::<i64>(),
        prop::collection::vec("[a-z-]{1,16}", 0..4),
        any::<Option<i64>>(),
    )
        .prop_map(|(answered_at_ms, yes, doctor_checked_at_ms)| Screening {
            answered_at_ms,
            yes,
            doctor_checked_at_ms,
        })
}

/// Any progress the app could hold: the routines in use within their bounds, all else free.
fn progress() -> impl Strategy<Value = Progress> {
    (
        any::<Option<i64>>(),
        prop::collection::vec(record(), 0..6),
        prop::option::of(session()),
        (any::<bool>(), any::<bool>(), any::<bool>()),
        routine(),
        any::<bool>(),
        prop::collection::vec(change(), 0..4),
        (
            prop::option::of(screening()),
            prop::collection::vec("[a-z-]{1,12}", 0..4),
        ),
    )
        .prop_map(
            |(
                safety,
                history,
                active,
                (sound, voice, flash),
                routine,
                progression,
                changes,
                (screening, lessons_read),
            )| Progress {
                safety_acknowledged_at_ms: safety,
                history,
                active,
                settings: Settings {
                    sound,
                    voice,
                    flash,
                },
                routine,
                progression,
                routine_changes: changes,
                screening,
                lessons_read,
            },
        )
}

/// A few byte edits: the text gets past the first byte and into the body, where it breaks.
fn edits() -> impl Strategy<Value = Vec<(prop::sample::Index, u8, u8)>> {
    prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<u8>()), 1..6)
}

fn edited(text: &str, edits: &[(prop::sample::Index, u8, u8)]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for (at, kind, byte) in edits {
        let at = at.index(bytes.len() + 1);
        match kind {
            0 if at < bytes.len() => bytes[at] = *byte,
            1 if at < bytes.len() => {
                bytes.remove(at);
            }
            _ => bytes.insert(at, *byte),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

proptest! {
    #[test]
    fn the_engine_never_shows_negative_time_or_leaves_the_plan(
        routine in routine(),
        commands in prop::collection::vec(command(), 0..60),
    ) {
        let plan = Plan::for_routine(&routine);
        let (mut session, _) = Session::start(routine, &plan, T0, 0);
        let mut now = T0;
        for command in commands {
            match command {
                Command::Wait(ms) => {
                    let since = now;
                    now += ms;
                    session.advance(&plan, since, now);
                }
                Command::Pause => session.pause(&plan, now),
                Command::Resume => session.resume(now),
                Command::Skip => { session.skip(&plan, now); }
                Command::Back => { session.back(&plan, now); }
            }
            prop_assert!(session.step_index <= plan.len());
            if let Some(snapshot) = session.snapshot(&plan, now) {
                prop_assert!(snapshot.remaining_ms >= 0);
                prop_assert!(snapshot.remaining_ms <= snapshot.step.duration_ms());
            } else {
                prop_assert!(session.is_finished());
            }
            let record = session.record(&plan, now, Outcome::Stopped);
            prop_assert!(record.active_ms >= 0);
            prop_assert!(record.ended_at_ms >= record.started_at_ms);
        }
    }

    #[test]
    fn a_finished_session_lasted_the_plan_plus_its_pauses(
        routine in routine(),
        waits in prop::collection::vec((1i64..30_000, any::<bool>()), 1..400),
    ) {
        let plan = Plan::for_routine(&routine);
        let (mut session, _) = Session::start(routine, &plan, T0, 0);
        let mut now = T0;
        for (ms, toggle) in waits {
            let since = now;
            now += ms;
            session.advance(&plan, since, now);
            if toggle {
                if session.is_paused() { session.resume(now) } else { session.pause(&plan, now) }
            }
        }
        session.resume(now);
        let since = now;
        now += i64::from(plan.total_secs()) * 1000 + 1;
        session.advance(&plan, since, now);
        prop_assert!(session.is_finished());
        let record = session.record(&plan, now, Outcome::Completed);
        prop_assert_eq!(record.active_ms, i64::from(plan.total_secs()) * 1000);
        prop_assert_eq!(record.ended_at_ms - record.started_at_ms, record.active_ms + session.paused_total_ms);
    }

    #[test]
    fn any_progress_encodes_and_decodes_to_itself(progress in progress()) {
        let encoded = encode::<SerdeJson>(&progress);
        prop_assert_eq!(decode::<SerdeJson>(&encoded), Decoded::Readable(progress));
    }

    #[test]
    fn an_edited_document_decodes_to_something_that_encodes_back_to_the_same(
        progress in progress(),
        edits in edits(),
    ) {
        let raw = edited(&encode::<SerdeJson>(&progress), &edits);
        match decode::<SerdeJson>(&raw) {
            Decoded::Readable(decoded) => {
                prop_assert_eq!(decode::<SerdeJson>(&encode::<SerdeJson>(&decoded)), Decoded::Readable(decoded));
            }
            Decoded::Unreadable { reason } => prop_assert!(!reason.is_empty()),
            Decoded::Newer { version } => prop_assert!(version > VERSION),
        }
    }

    #[test]
    fn the_decoder_never_panics_on_any_text(raw in ".{0,400}") {
        let _ = decode::<SerdeJson>(&raw);
    }

    #[test]
    fn a_version_1_document_without_history_reads_and_encodes_back_to_the_same(
        safety in any::<Option<u32>>(),
    ) {
        let safety_text = safety.map_or("null".to_owned(), |ms| ms.to_string());
        let raw = format!(
            r#"{{"version":1,"progress":{{"safety_acknowledged_at_ms":{safety_text},"history":[],"active":null}}}}"#
        );
        let expected = Progress {
            safety_acknowledged_at_ms: safety.map(i64::from),
            ..Progress::default()
        };
        prop_assert_eq!(decode::<SerdeJson>(&raw), Decoded::Readable(expected.clone()));
        prop_assert_eq!(decode::<SerdeJson>(&encode::<SerdeJson>(&expected)), Decoded::Readable(expected));
    }
}
