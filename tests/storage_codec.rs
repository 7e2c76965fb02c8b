//! The stored form: every version that ever shipped, read and written through serde_json.
// Natively only: in the browser the same text goes through its own JSON (tests/web_storage.rs).
#![cfg(not(target_arch = "wasm32"))]

use lumbar::domain::progress::Progress;
use lumbar::domain::records::{ChangeReason, RoutineChange};
use lumbar::domain::records::{Feel, Outcome, SessionRecord, Settings};
use lumbar::domain::red_flags::Screening;
use lumbar::domain::routine::Routine;
use lumbar::domain::session::Session;
use lumbar::domain::step_clock::StepClock;
use lumbar::domain::storage_codec::{decode, encode, Decoded, SerdeJson, VERSION};

/// One fixture per schema version that ever shipped, kept forever.
const V1_FIXTURE: &str = include_str!("fixtures/progress-v1.json");
const V2_FIXTURE: &str = include_str!("fixtures/progress-v2.json");
const V3_FIXTURE: &str = include_str!("fixtures/progress-v3.json");

fn unreadable(raw: &str) -> String {
    match decode::<SerdeJson>(raw) {
        Decoded::Unreadable { reason } => reason,
        other => panic!("{raw:?} should be unreadable, got {other:?}"),
    }
}

fn routine(hold: u32, leg_hold: u32) -> Routine {
    Routine {
        wall_slide_hold_secs: hold,
        leg_raise_hold_secs: leg_hold,
        ..Routine::AS_WRITTEN
    }
}

fn record(started_at_ms: i64, ended_at_ms: i64, active_ms: i64, outcome: Outcome) -> SessionRecord {
    let steps_done = if outcome == Outcome::Completed { 65 } else { 3 };
    SessionRecord {
        started_at_ms,
        ended_at_ms,
        active_ms,
        utc_offset_min: 60,
        outcome,
        steps_done,
        steps_total: 65,
        stopped_for_pain: false,
        pain_before: None,
        pain_after: None,
        feel: None,
    }
}

fn session_in_progress(routine: Routine, pain_before: Option<u8>) -> Session {
    Session {
        routine,
        started_at_ms: 1_795_172_900_000,
        utc_offset_min: 60,
        step_index: 4,
        clock: StepClock::Running {
            deadline_ms: 1_795_173_100_000,
        },
        paused_total_ms: 0,
        updated_at_ms: 1_795_173_095_000,
        pain_before,
    }
}

/// Everything `progress-v1.json` holds, and the defaults for what version 1 lacked.
fn v1_expected() -> Progress {
    Progress {
        safety_acknowledged_at_ms: Some(1_795_000_000_000),
        history: vec![
            record(
                1_795_000_100_000,
                1_795_000_571_000,
                471_000,
                Outcome::Completed,
            ),
            record(
                1_795_086_500_000,
                1_795_086_620_000,
                120_000,
                Outcome::Stopped,
            ),
        ],
        active: Some(session_in_progress(Routine::AS_WRITTEN, None)),
        settings: Settings::default(),
        routine: Routine::AS_WRITTEN,
        progression: false,
        routine_changes: Vec::new(),
        screening: None,
        lessons_read: Vec::new(),
    }
}

/// Everything `progress-v2.json` holds.
fn v2_expected() -> Progress {
    let change = |at_ms, from, to, reason, undone_at_ms| RoutineChange {
        at_ms,
        from,
        to,
        reason,
        undone_at_ms,
    };
    Progress {
        safety_acknowledged_at_ms: Some(1_795_000_000_000),
        history: vec![
            SessionRecord {
                pain_before: Some(4),
                pain_after: Some(3),
                feel: Some(Feel::Easy),
                ..record(
                    1_795_000_100_000,
                    1_795_000_576_000,
                    476_000,
                    Outcome::Completed,
                )
            },
            SessionRecord {
                stopped_for_pain: true,
                pain_before: Some(5),
                ..record(
                    1_795_086_500_000,
                    1_795_086_620_000,
                    120_000,
                    Outcome::Stopped,
                )
            },
        ],
        active: Some(session_in_progress(routine(9, 12), Some(2))),
        settings: Settings {
            sound: true,
            voice: false,
            flash: false,
        },
        routine: routine(9, 12),
        progression: true,
        routine_changes: vec![
            change(
                1_794_900_000_000,
                routine(5, 10),
                routine(7, 10),
                ChangeReason::Progressed,
                None,
            ),
            change(
                1_794_950_000_000,
                routine(7, 10),
                routine(9, 12),
                ChangeReason::ChangedByYou,
                None,
            ),
            change(
                1_794_960_000_000,
                routine(9, 12),
                routine(5, 10),
                ChangeReason::Reset,
                Some(1_794_970_000_000),
            ),
        ],
        screening: None,
        lessons_read: Vec::new(),
    }
}

/// Everything `progress-v3.json` holds: version 2's, with the warning-sign answers (one
/// "yes", checked by a doctor since) and two lessons read.
fn v3_expected() -> Progress {
    Progress {
        screening: Some(Screening {
            answered_at_ms: 1_794_990_000_000,
            yes: vec!["cancer-history".into()],
            doctor_checked_at_ms: Some(1_794_995_000_000),
        }),
        lessons_read: vec!["common".into(), "keep-active".into()],
        ..v2_expected()
    }
}

#[test]
fn the_fixtures_decode_to_exactly_what_they_hold() {
    assert_eq!(
        decode::<SerdeJson>(V1_FIXTURE),
        Decoded::Readable(v1_expected())
    );
    assert_eq!(
        decode::<SerdeJson>(V2_FIXTURE),
        Decoded::Readable(v2_expected())
    );
    assert_eq!(
        decode::<SerdeJson>(V3_FIXTURE),
        Decoded::Readable(v3_expected())
    );
}

#[test]
fn the_version_3_fixture_is_what_this_build_writes_byte_for_byte() {
    assert_eq!(encode::<SerdeJson>(&v3_expected()), V3_FIXTURE.trim_end());
}

#[test]
fn version_2_is_rewritten_as_version_3_with_nothing_else_changed() {
    let expected = V2_FIXTURE
        .trim_end()
        .replacen("{\"version\":2,", "{\"version\":3,", 1);
    assert_eq!(encode::<SerdeJson>(&v2_expected()), expected);
}

#[test]
fn version_1_is_rewritten_as_version_3_with_its_defaults_spelled_out() {
    let active_routine = "\"warm_up_secs\":180},\"started_at_ms\"";
    assert!(V1_FIXTURE.contains(active_routine));
    let expected = V1_FIXTURE
        .trim_end()
        .replacen("{\"version\":1,", "{\"version\":3,", 1)
        .replacen(
            active_routine,
            "\"warm_up_secs\":180,\"rest_secs\":5},\"started_at_ms\"",
            1,
        )
        .strip_suffix("}}")
        .unwrap()
        .to_owned()
        + ",\"settings\":{\"sound\":true,\"voice\":true},\"routine\":{\"wall_slide_hold_secs\":5,\"wall_slide_reps\":6,\"leg_raise_hold_secs\":10,\"leg_raise_rounds_per_leg\":5,\"warm_up_secs\":180,\"rest_secs\":5},\"progression\":false}}";
    assert_eq!(encode::<SerdeJson>(&v1_expected()), expected);
}

#[test]
fn the_version_1_fixture_still_decodes() {
    let Decoded::Readable(progress) = decode::<SerdeJson>(V1_FIXTURE) else {
        panic!("v1 fixture must stay readable")
    };
    assert!(progress.safety_acknowledged());
    assert_eq!(progress.history.len(), 2);
    assert_eq!(progress.history[0].outcome, Outcome::Completed);
    assert_eq!(progress.active.as_ref().unwrap().step_index, 4);
}

#[test]
fn version_1_migrates_to_the_seed_routine_without_check_ins() {
    let Decoded::Readable(progress) = decode::<SerdeJson>(V1_FIXTURE) else {
        unreachable!()
    };
    assert_eq!(progress.routine, Routine::AS_WRITTEN);
    assert!(!progress.progression, "progression stays off");
    assert!(progress.routine_changes.is_empty());
    assert_eq!(progress.active.as_ref().unwrap().routine.rest_secs, 5);
    assert!(progress
        .history
        .iter()
        .all(|r| r.pain_before.is_none() && r.pain_after.is_none() && r.feel.is_none()));
    assert!(encode::<SerdeJson>(&progress).starts_with("{\"version\":3,"));
}

#[test]
fn the_version_2_fixture_decodes_to_what_it_holds() {
    let Decoded::Readable(progress) = decode::<SerdeJson>(V2_FIXTURE) else {
        panic!("v2 fixture must stay readable")
    };
    let first = &progress.history[0];
    assert_eq!(
        (first.pain_before, first.pain_after, first.feel),
        (Some(4), Some(3), Some(Feel::Easy))
    );
    assert!(progress.history[1].stopped_for_pain);
    assert_eq!(progress.active.as_ref().unwrap().pain_before, Some(2));
    assert_eq!(progress.routine.wall_slide_hold_secs, 9);
    assert!(progress.progression);
    assert_eq!(progress.routine_changes.len(), 3);
    assert_eq!(progress.routine_changes[2].reason, ChangeReason::Reset);
    assert!(!progress.settings.voice);
    assert!(progress.screening.is_none() && progress.lessons_read.is_empty());
}

#[test]
fn encoding_then_decoding_gives_back_the_same_progress() {
    let Decoded::Readable(progress) = decode::<SerdeJson>(V1_FIXTURE) else {
        unreachable!()
    };
    let encoded = encode::<SerdeJson>(&progress);
    assert!(encoded.starts_with(&format!("{{\"version\":{VERSION},")));
    assert_eq!(decode::<SerdeJson>(&encoded), Decoded::Readable(progress));
    assert_eq!(
        decode::<SerdeJson>(&encode::<SerdeJson>(&Progress::default())),
        Decoded::Readable(Progress::default())
    );
}

#[test]
fn corrupted_text_is_unreadable_with_a_reason() {
    assert!(unreadable("{\"version\":1,\"progress\":{\"hist").contains("not valid JSON"));
    assert!(unreadable("").contains("not valid JSON"));
    assert!(unreadable("null").contains("no version"));
    assert!(unreadable("[1,2,3]").contains("no version"));
    assert!(unreadable("{\"progress\":{}}").contains("no version"));
    // Fields by position, which serde's derives would read from an array, are not ours.
    assert!(unreadable("[2,{\"history\":[]}]").contains("no version"));
}

#[test]
fn wrong_types_and_missing_fields_are_unreadable_not_defaulted() {
    let wrong_type = V1_FIXTURE.replace("\"active_ms\":471000", "\"active_ms\":\"471000\"");
    assert!(unreadable(&wrong_type).contains("do not fit"));
    let missing = V1_FIXTURE.replace("\"outcome\":\"completed\",", "");
    assert!(unreadable(&missing).contains("outcome"));
    assert!(unreadable("{\"version\":1}").contains("do not fit"));
    assert!(unreadable("{\"version\":\"1\",\"progress\":{}}").contains("no version"));
    assert!(unreadable("{\"version\":0,\"progress\":{}}").contains("version 0"));
}

#[test]
fn a_step_clock_without_the_time_its_state_needs_is_unreadable() {
    let running = "\"clock\":{\"state\":\"running\",\"deadline_ms\":1795173100000}";
    assert!(V2_FIXTURE.contains(running));
    for broken in [
        "\"clock\":{\"state\":\"running\"}",
        "\"clock\":{\"state\":\"paused\",\"remaining_ms\":4000}",
        "\"clock\":{\"state\":\"finished\",\"deadline_ms\":1795173100000}",
        "\"clock\":{\"state\":\"sleeping\",\"deadline_ms\":1795173100000}",
    ] {
        let reason = unreadable(&V2_FIXTURE.replace(running, broken));
        assert!(reason.contains("do not fit"), "{broken}: {reason}");
    }
    let paused =
        "\"clock\":{\"state\":\"paused\",\"remaining_ms\":4000,\"since_ms\":1795173096000}";
    let Decoded::Readable(progress) = decode::<SerdeJson>(&V2_FIXTURE.replace(running, paused))
    else {
        panic!("a paused clock is readable");
    };
    assert_eq!(
        progress.active.map(|session| session.clock),
        Some(StepClock::Paused {
            remaining_ms: 4000,
            since_ms: 1_795_173_096_000
        })
    );
}

#[test]
fn a_newer_version_is_recognised_and_not_read_as_ours() {
    let future = V1_FIXTURE.replace("{\"version\":1,", "{\"version\":7,");
    assert_eq!(decode::<SerdeJson>(&future), Decoded::Newer { version: 7 });
}

#[test]
fn hostile_nesting_is_refused_without_a_panic() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    // serde_json stops at its recursion limit; the browser parses it, and finds no version.
    let reason = unreadable(&nested(100_000));
    assert!(
        reason.contains("recursion limit") || reason.contains("no version number"),
        "{reason}"
    );
    let inside = format!(
        "{{\"version\":2,\"progress\":{{\"history\":{}}}}}",
        nested(100_000)
    );
    let reason = unreadable(&inside);
    assert!(
        reason.contains("recursion limit") || reason.contains("do not fit"),
        "{reason}"
    );
}

#[test]
fn a_session_with_impossible_numbers_is_unreadable_rather_than_exhausting_memory() {
    let huge = V1_FIXTURE.replace("\"wall_slide_reps\":6", "\"wall_slide_reps\":4294967295");
    assert!(unreadable(&huge).contains("wall-slide repetitions of 4294967295 is outside 1–100"));
    let zero = V1_FIXTURE.replace("\"leg_raise_hold_secs\":10", "\"leg_raise_hold_secs\":0");
    assert!(unreadable(&zero).contains("leg-raise hold of 0"));
}

#[test]
fn stopped_for_pain_is_written_only_when_true_so_older_builds_still_read_the_data() {
    let Decoded::Readable(mut progress) = decode::<SerdeJson>(V1_FIXTURE) else {
        unreachable!()
    };
    assert!(
        !progress.history[1].stopped_for_pain,
        "absent in older data means false"
    );
    assert!(!encode::<SerdeJson>(&progress).contains("stopped_for_pain"));
    progress.history[1].stopped_for_pain = true;
    let encoded = encode::<SerdeJson>(&progress);
    assert!(encoded.contains("\"stopped_for_pain\":true"));
    assert_eq!(decode::<SerdeJson>(&encoded), Decoded::Readable(progress));
}
