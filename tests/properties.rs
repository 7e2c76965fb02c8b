//! Properties of the session engine and the storage decoder over generated inputs.
#![cfg(not(target_arch = "wasm32"))]

use lumbar::domain::plan::Plan;
use lumbar::domain::progress::Outcome;
use lumbar::domain::routine::Routine;
use lumbar::domain::session::Session;
use lumbar::domain::storage_codec::{decode, encode, Decoded};
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

fn routine() -> impl Strategy<Value = Routine> {
    (
        1u32..=10,
        1u32..=8,
        1u32..=20,
        1u32..=6,
        0u32..=300,
        0u32..=30,
    )
        .prop_map(|(hold, reps, leg_hold, rounds, warm_up, rest)| Routine {
            wall_slide_hold_secs: hold,
            wall_slide_reps: reps,
            leg_raise_hold_secs: leg_hold,
            leg_raise_rounds_per_leg: rounds,
            warm_up_secs: warm_up,
            rest_secs: rest,
        })
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
    fn the_decoder_never_panics_on_any_text(raw in ".{0,400}") {
        let _ = decode(&raw);
    }

    #[test]
    fn whatever_decodes_encodes_back_to_the_same(raw in r#"\{"version":1,"progress":\{"safety_acknowledged_at_ms":(null|[0-9]{1,13}),"history":\[\],"active":null\}\}"#) {
        if let Decoded::Readable(progress) = decode(&raw) {
            prop_assert_eq!(decode(&encode(&progress)), Decoded::Readable(progress));
        }
    }
}
