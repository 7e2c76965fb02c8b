use lumbar::domain::progress::{Feel, Outcome, Progress};
use lumbar::domain::progression::ChangeReason;
use lumbar::domain::routine::Routine;
use lumbar::domain::step_clock::StepClock;
use lumbar::domain::storage_codec::{decode, encode, Decoded, VERSION};

/// One fixture per schema version that ever shipped, kept forever.
const V1_FIXTURE: &str = include_str!("fixtures/progress-v1.json");
const V2_FIXTURE: &str = include_str!("fixtures/progress-v2.json");

fn unreadable(raw: &str) -> String {
    match decode(raw) {
        Decoded::Unreadable { reason } => reason,
        other => panic!("{raw:?} should be unreadable, got {other:?}"),
    }
}

#[test]
fn the_version_1_fixture_still_decodes() {
    let Decoded::Readable(progress) = decode(V1_FIXTURE) else {
        panic!("v1 fixture must stay readable")
    };
    assert!(progress.safety_acknowledged());
    assert_eq!(progress.history.len(), 2);
    assert_eq!(progress.history[0].outcome, Outcome::Completed);
    assert_eq!(progress.active.as_ref().unwrap().step_index, 4);
}

#[test]
fn version_1_migrates_to_the_seed_routine_without_check_ins() {
    let Decoded::Readable(progress) = decode(V1_FIXTURE) else {
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
    assert!(encode(&progress).starts_with("{\"version\":2,"));
}

#[test]
fn the_version_2_fixture_decodes_and_encodes_to_the_same_text() {
    let Decoded::Readable(progress) = decode(V2_FIXTURE) else {
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
    assert_eq!(encode(&progress), V2_FIXTURE.trim_end());
}

#[test]
fn encoding_then_decoding_gives_back_the_same_progress() {
    let Decoded::Readable(progress) = decode(V1_FIXTURE) else {
        unreachable!()
    };
    let encoded = encode(&progress);
    assert!(encoded.starts_with(&format!("{{\"version\":{VERSION},")));
    assert_eq!(decode(&encoded), Decoded::Readable(progress));
    assert_eq!(
        decode(&encode(&Progress::default())),
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
    let Decoded::Readable(progress) = decode(&V2_FIXTURE.replace(running, paused)) else {
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
    assert_eq!(decode(&future), Decoded::Newer { version: 7 });
}

#[test]
fn hostile_nesting_is_refused_without_a_panic() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(unreadable(&nested(100_000)).contains("no version number"));
    let inside = format!(
        "{{\"version\":2,\"progress\":{{\"history\":{}}}}}",
        nested(100_000)
    );
    assert!(unreadable(&inside).contains("do not fit"));
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
    let Decoded::Readable(mut progress) = decode(V1_FIXTURE) else {
        unreachable!()
    };
    assert!(
        !progress.history[1].stopped_for_pain,
        "absent in older data means false"
    );
    assert!(!encode(&progress).contains("stopped_for_pain"));
    progress.history[1].stopped_for_pain = true;
    let encoded = encode(&progress);
    assert!(encoded.contains("\"stopped_for_pain\":true"));
    assert_eq!(decode(&encoded), Decoded::Readable(progress));
}
