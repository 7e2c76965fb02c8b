//! Export and import, through serde_json.
// Natively only: in the browser the same text goes through its own JSON (tests/web_storage.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{completed, DAY};
use lumbar::domain::progress::Progress;
use lumbar::domain::records::{Outcome, SessionRecord, Settings};
use lumbar::domain::storage_codec::{decode, Decoded, SerdeJson};
use lumbar::domain::transfer::{apply, export, inspect, ImportMode, MAX_IMPORT_BYTES};

const V2_FIXTURE: &str = include_str!("fixtures/progress-v2.json");
const V1_FIXTURE: &str = include_str!("fixtures/progress-v1.json");
const NOV_23: i64 = 20_780 * DAY;

fn record(started_at_ms: i64, outcome: Outcome) -> SessionRecord {
    SessionRecord {
        outcome,
        ..completed(started_at_ms, 0)
    }
}

fn progress(records: &[SessionRecord]) -> Progress {
    let mut p = Progress::default();
    records.iter().cloned().for_each(|r| p.record(r));
    p
}

fn refused(text: &str) -> String {
    inspect::<SerdeJson>(text.len(), text).expect_err(&format!("{text:.80} should be refused"))
}

#[test]
fn an_export_imports_back_to_the_same_history() {
    let mine = progress(&[
        record(NOV_23, Outcome::Completed),
        record(NOV_23 + DAY, Outcome::Stopped),
    ]);
    let file = export::<SerdeJson>(&mine);
    let preview = inspect::<SerdeJson>(file.len(), &file).unwrap();
    assert_eq!(preview.sessions, 2);
    assert_eq!(preview.completed, 1);
    assert_eq!(
        preview.summary(),
        "2 sessions from Mon 23 Nov 2026 to Tue 24 Nov 2026 (1 completed)"
    );
    let mut fresh = Progress::default();
    apply(&mut fresh, preview.imported, ImportMode::Replace);
    assert_eq!(fresh.history, mine.history);
}

#[test]
fn the_table_of_bad_files_is_refused_with_a_reason() {
    let with_record = |field: &str, value: &str| {
        let mut text = export::<SerdeJson>(&progress(&[record(NOV_23, Outcome::Completed)]));
        let at = text.find(&format!("\"{field}\":")).unwrap() + field.len() + 3;
        let end = at + text[at..].find([',', '}']).unwrap();
        text.replace_range(at..end, value);
        text
    };
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "not JSON",
            "hello, this is a photo".into(),
            "not a Lumbar export: it is not valid JSON",
        ),
        (
            "JSON of another shape",
            "{\"sessions\":[]}".into(),
            "no version number",
        ),
        ("an array", "[]".into(), "no version number"),
        (
            "wrong types",
            V1_FIXTURE.replace("\"steps_done\":65", "\"steps_done\":\"all\""),
            "contents do not fit",
        ),
        (
            "HTML in a string field",
            V1_FIXTURE.replace(
                "\"outcome\":\"completed\"",
                "\"outcome\":\"<img src=x onerror=alert(1)>\"",
            ),
            "unknown variant",
        ),
        (
            "a future version",
            V1_FIXTURE.replace("{\"version\":1,", "{\"version\":4,"),
            "newer Lumbar (data version 4)",
        ),
        (
            "deep nesting",
            format!(
                "{{\"version\":1,\"progress\":{}{}}}",
                "[".repeat(10_000),
                "]".repeat(10_000)
            ),
            "not a Lumbar export",
        ),
        (
            "an overflowing number",
            with_record("active_ms", "1e999"),
            "not a Lumbar export",
        ),
        (
            "a negative exercise time",
            with_record("active_ms", "-5"),
            "exercise time does not fit",
        ),
        (
            "an end before the start",
            with_record("ended_at_ms", "1"),
            "ends before it starts",
        ),
        (
            "the year 3000",
            with_record("started_at_ms", "32503680000000"),
            "before 2000 or after 2100",
        ),
        (
            "more steps done than exist",
            with_record("steps_done", "66"),
            "step counts are impossible",
        ),
        (
            "a time zone of 10000 minutes",
            with_record("utc_offset_min", "10000"),
            "time zone does not exist",
        ),
        (
            "a pain score of 11",
            with_record("steps_total", "65,\"pain_before\":11"),
            "pain score is above 10",
        ),
        (
            "a negative pain score",
            with_record("steps_total", "65,\"pain_after\":-1"),
            "contents do not fit",
        ),
        (
            "a 90 s wall-slide hold",
            V2_FIXTURE.replace("\"wall_slide_hold_secs\":9", "\"wall_slide_hold_secs\":90"),
            "not safe to use: Wall Slides: hold must be",
        ),
        (
            "a billion repetitions",
            V2_FIXTURE.replace("\"wall_slide_reps\":6", "\"wall_slide_reps\":1000000000"),
            "the wall-slide repetitions of 1000000000 is outside 1–100",
        ),
        (
            "a feeling that is not on the list",
            V2_FIXTURE.replace("\"feel\":\"easy\"", "\"feel\":\"fine\""),
            "unknown variant",
        ),
    ];
    for (what, text, expected) in cases {
        let message = refused(&text);
        assert!(message.contains(expected), "{what}: {message}");
    }
}

#[test]
fn a_file_over_5_mb_is_refused_before_it_is_read() {
    let message = inspect::<SerdeJson>(MAX_IMPORT_BYTES + 1, "").unwrap_err();
    assert!(message.contains("limit is 5 MB"), "{message}");
    assert!(message.starts_with("This file is 5.0 MB;"), "{message}");
    let bigger = inspect::<SerdeJson>(7 * 1024 * 1024 + 300 * 1024, "").unwrap_err();
    assert!(bigger.starts_with("This file is 7.3 MB;"), "{bigger}");
}

#[test]
fn merge_adds_sessions_and_replace_swaps_history_keeping_this_devices_session() {
    let mut mine = progress(&[record(NOV_23, Outcome::Completed)]);
    mine.safety_acknowledged_at_ms = Some(1);
    let theirs = Progress {
        settings: Settings {
            sound: false,
            voice: true,
            flash: false,
        },
        ..progress(&[
            record(NOV_23, Outcome::Completed),
            record(NOV_23 - DAY, Outcome::Stopped),
        ])
    };
    let mut merged = mine.clone();
    apply(&mut merged, theirs.clone(), ImportMode::Merge);
    assert_eq!(merged.history.len(), 2);
    assert_eq!(
        merged.settings, mine.settings,
        "a merge keeps this device's settings"
    );

    let mut replaced = mine.clone();
    apply(&mut replaced, theirs.clone(), ImportMode::Replace);
    assert_eq!(replaced.history, theirs.history);
    assert_eq!(replaced.settings, theirs.settings);
    assert_eq!(replaced.safety_acknowledged_at_ms, Some(1));
}

#[test]
fn the_exported_file_is_the_versioned_envelope() {
    let file = export::<SerdeJson>(&progress(&[record(NOV_23, Outcome::Completed)]));
    assert!(file.starts_with("{\"version\":3,\"progress\":"));
    assert!(matches!(decode::<SerdeJson>(&file), Decoded::Readable(_)));
}
