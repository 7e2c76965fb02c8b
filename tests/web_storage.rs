//! The localStorage adapter against the browser's real localStorage.
#![cfg(target_arch = "wasm32")]

mod common;

use lumbar::domain::progress::{Progress, CHANGES_KEPT_WHEN_COMPACT};
use lumbar::domain::records::ChangeReason;
use lumbar::domain::records::{Outcome, SessionRecord};
use lumbar::domain::routine::Routine;
use lumbar::domain::storage_codec::{self, Decoded};
use lumbar::platform::json::BrowserJson;
use lumbar::platform::storage::{entries_with_prefix, ProgressStore, StoreNotice};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

#[wasm_bindgen(inline_js = "
export function limit_writes(key, max) {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    if (k === key && v.length > max) throw new DOMException('full', 'QuotaExceededError');
    return setItem.call(this, k, v);
  };
  return () => { Storage.prototype.setItem = setItem; };
}
")]
extern "C" {
    /// Makes writes of more than `max` characters under `key` fail as a full disk does;
    /// returns the function that lifts the limit.
    fn limit_writes(key: &str, max: usize) -> js_sys::Function;
}

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn fresh_key(name: &str) -> String {
    let key = format!("lumbar.test.{name}");
    let storage = local_storage();
    let stale: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(&key))
        .collect();
    stale.iter().for_each(|k| storage.remove_item(k).unwrap());
    key
}

fn some_progress() -> Progress {
    let mut progress = Progress {
        safety_acknowledged_at_ms: Some(1_795_000_000_000),
        ..Progress::default()
    };
    progress.record(common::completed(1_795_000_100_000, 60));
    progress
}

#[wasm_bindgen_test]
fn progress_round_trips_through_real_local_storage() {
    let key = fresh_key("roundtrip");
    let opened = ProgressStore::open(&key, 1);
    assert_eq!(opened.progress, Progress::default());
    assert!(opened.notices.is_empty());
    assert_eq!(
        opened.store.save(&some_progress()).unwrap().progress,
        some_progress()
    );

    let raw = local_storage().get_item(&key).unwrap().unwrap();
    assert!(raw.starts_with(&format!("{{\"version\":{},", storage_codec::VERSION)));
    let reopened = ProgressStore::open(&key, 2);
    assert_eq!(reopened.progress, some_progress());
    assert!(reopened.notices.is_empty());
}

#[wasm_bindgen_test]
fn unreadable_data_is_backed_up_before_anything_is_written() {
    let key = fresh_key("corrupt");
    let garbage = "{\"version\":1,\"progress\":{\"history\":[{\"started_at_ms\":\"oops\"";
    local_storage().set_item(&key, garbage).unwrap();

    let opened = ProgressStore::open(&key, 42);
    let backup_key = format!("{key}.backup.42");
    match &opened.notices[..] {
        [StoreNotice::Recovered {
            backup_key: kept,
            reason,
        }] => {
            assert_eq!(kept, &backup_key);
            assert!(reason.contains("not valid JSON"), "{reason}");
        }
        other => panic!("expected a recovery notice, got {other:?}"),
    }
    assert_eq!(
        local_storage().get_item(&backup_key).unwrap().as_deref(),
        Some(garbage)
    );
    assert!(opened.notices[0].message().contains(&backup_key));
    assert_eq!(opened.progress, Progress::default());

    // Kept once is enough: the first save writes over it without a second backup or notice.
    let saved = opened.store.save(&some_progress()).unwrap();
    assert_eq!(saved.notice, None);
    let backups = entries_with_prefix(&local_storage(), &format!("{key}.backup."));
    assert_eq!(backups, [(backup_key, garbage.to_owned())]);
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_is_never_overwritten() {
    let key = fresh_key("future");
    let future = "{\"version\":9,\"progress\":{\"something\":\"new\"}}";
    local_storage().set_item(&key, future).unwrap();

    let opened = ProgressStore::open(&key, 1);
    assert_eq!(opened.notices, vec![StoreNotice::Newer { version: 9 }]);
    opened.store.save(&some_progress()).unwrap();
    assert_eq!(
        local_storage().get_item(&key).unwrap().as_deref(),
        Some(future)
    );
    assert!(matches!(
        storage_codec::decode::<BrowserJson>(future),
        Decoded::Newer { version: 9 }
    ));
}

#[wasm_bindgen_test]
fn a_save_merges_what_another_tab_wrote_meanwhile() {
    let key = fresh_key("two-tabs");
    let this_tab = ProgressStore::open(&key, 1);
    let other_tab = ProgressStore::open(&key, 1);
    // This tab has written before: it must still notice the other tab's later write.
    this_tab.store.save(&Progress::default()).unwrap();
    other_tab.store.save(&some_progress()).unwrap();

    let mut mine = Progress::default();
    mine.record(SessionRecord {
        started_at_ms: 1_795_100_000_000,
        outcome: Outcome::Stopped,
        ..some_progress().history[0].clone()
    });
    let written = this_tab.store.save(&mine).unwrap().progress;
    assert_eq!(written.history.len(), 2, "both tabs' sessions are kept");
    assert!(written.safety_acknowledged());
    let reopened = ProgressStore::open(&key, 2);
    assert_eq!(reopened.progress, written);
}

#[wasm_bindgen_test]
fn a_newer_version_written_by_another_tab_stops_this_tab_writing() {
    let key = fresh_key("newer-elsewhere");
    let this_tab = ProgressStore::open(&key, 1);
    let future = "{\"version\":5,\"progress\":{}}";
    local_storage().set_item(&key, future).unwrap();
    assert_eq!(
        this_tab.store.save(&some_progress()),
        Err(StoreNotice::Newer { version: 5 })
    );
    this_tab.store.save(&some_progress()).unwrap();
    assert_eq!(
        local_storage().get_item(&key).unwrap().as_deref(),
        Some(future)
    );
}

#[wasm_bindgen_test]
fn data_spoilt_after_start_up_is_backed_up_before_the_next_save() {
    let key = fresh_key("spoilt-later");
    let opened = ProgressStore::open(&key, 1);
    local_storage()
        .set_item(&key, "{\"version\":1,\"progress\":")
        .unwrap();
    let saved = opened.store.save(&some_progress()).unwrap();
    let Some(StoreNotice::Recovered { backup_key, .. }) = saved.notice else {
        panic!("the user must be told");
    };
    assert_eq!(
        local_storage().get_item(&backup_key).unwrap().as_deref(),
        Some("{\"version\":1,\"progress\":")
    );
    assert_eq!(ProgressStore::open(&key, 2).progress, some_progress());
}

#[wasm_bindgen_test]
fn a_full_disk_is_retried_after_compacting_old_detail_and_never_loses_what_is_stored() {
    let key = fresh_key("quota");
    let opened = ProgressStore::open(&key, 1);
    let mut progress = some_progress();
    for i in 0..30 {
        let routine = Routine {
            rest_secs: 2 + i % 2,
            ..Routine::AS_WRITTEN
        };
        progress.change_routine(routine, ChangeReason::ChangedByYou, i64::from(i));
    }
    let full_size = storage_codec::encode::<BrowserJson>(&progress).len();
    let lift = limit_writes(&key, full_size - 1);

    let saved = opened.store.save(&progress).unwrap();
    assert_eq!(saved.notice, Some(StoreNotice::Compacted));
    assert_eq!(
        saved.progress.routine_changes.len(),
        CHANGES_KEPT_WHEN_COMPACT
    );
    assert_eq!(saved.progress.history, progress.history);
    let stored = local_storage().get_item(&key).unwrap().unwrap();
    assert_eq!(
        stored,
        storage_codec::encode::<BrowserJson>(&saved.progress)
    );

    // Nothing left to drop: the write fails, is reported, and the stored text stays.
    let mut bigger = saved.progress.clone();
    bigger.record(SessionRecord {
        started_at_ms: 1_795_100_000_000,
        ..some_progress().history[0].clone()
    });
    let _ = lift.call0(&JsValue::NULL);
    let lift_again = limit_writes(&key, stored.len());
    assert_eq!(opened.store.save(&bigger), Err(StoreNotice::WriteFailed));
    assert_eq!(local_storage().get_item(&key).unwrap().unwrap(), stored);
    let _ = lift_again.call0(&JsValue::NULL);
}

#[wasm_bindgen_test]
fn entries_under_a_prefix_come_sorted_by_key() {
    let prefix = fresh_key("prefixed");
    let storage = local_storage();
    for name in ["b", "a", "c"] {
        storage.set_item(&format!("{prefix}.{name}"), name).unwrap();
    }
    storage.set_item(&format!("{prefix}x"), "other").unwrap();
    let found = entries_with_prefix(&storage, &format!("{prefix}."));
    let expected: Vec<(String, String)> = ["a", "b", "c"]
        .iter()
        .map(|name| (format!("{prefix}.{name}"), (*name).to_owned()))
        .collect();
    assert_eq!(found, expected);
}

/// One fixture per schema version that ever shipped (tests/storage_codec.rs reads them
/// natively through serde_json; here the browser's own JSON reads and writes them).
const FIXTURES: [&str; 3] = [
    include_str!("fixtures/progress-v1.json"),
    include_str!("fixtures/progress-v2.json"),
    include_str!("fixtures/progress-v3.json"),
];

#[wasm_bindgen_test]
fn the_browser_json_reads_every_stored_version_and_writes_this_one_byte_for_byte() {
    let [v1, v2, v3] = FIXTURES.map(|text| match storage_codec::decode::<BrowserJson>(text) {
        Decoded::Readable(progress) => progress,
        other => panic!("a fixture must stay readable: {other:?}"),
    });
    assert_eq!(v1.history.len(), 2);
    assert_eq!(v1.active.as_ref().map(|s| s.step_index), Some(4));
    assert_eq!(
        storage_codec::encode::<BrowserJson>(&v3),
        FIXTURES[2].trim_end(),
        "version 3 is what this build writes"
    );
    assert_eq!(
        storage_codec::encode::<BrowserJson>(&v2),
        FIXTURES[1]
            .trim_end()
            .replacen("{\"version\":2,", "{\"version\":3,", 1),
        "version 2 gains nothing but its number"
    );
}

#[wasm_bindgen_test]
fn the_browser_json_refuses_what_is_not_ours_with_a_reason() {
    for (text, reason) in [
        ("{\"version\":", "not valid JSON"),
        ("[3, {}]", "no version number"),
        ("{\"version\":3,\"progress\":{\"history\":7}}", "do not fit"),
    ] {
        match storage_codec::decode::<BrowserJson>(text) {
            Decoded::Unreadable { reason: why } => assert!(why.contains(reason), "{text}: {why}"),
            other => panic!("{text} was read: {other:?}"),
        }
    }
}
