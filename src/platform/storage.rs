//! `localStorage` for [`Progress`]. Never panics, never silently drops data: unreadable text
//! is copied to a backup key first, data from a newer Lumbar is left untouched, and when
//! storage is missing the app keeps working in memory and says so.

use std::cell::{Cell, RefCell};

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Storage, StorageEvent};

use crate::domain::progress::Progress;
use crate::domain::storage_codec::{self, Decoded};
use crate::platform::clock;
use crate::platform::json::BrowserJson;

pub const PROGRESS_KEY: &str = "lumbar.progress";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreNotice {
    Unavailable,
    Recovered {
        backup_key: String,
        reason: String,
    },
    NotBackedUp {
        reason: String,
    },
    Newer {
        version: u64,
    },
    WriteFailed,
    /// Storage was full; old detail was dropped and the save then went through.
    Compacted,
}

impl StoreNotice {
    pub fn message(&self) -> String {
        match self {
            StoreNotice::Unavailable => {
                "This browser is not letting Lumbar save anything, so your progress will not be \
                 kept after you close it."
                    .into()
            }
            StoreNotice::Recovered { backup_key, reason } => format!(
                "Your saved progress could not be read ({reason}). It has been kept as a backup \
                 under \u{201c}{backup_key}\u{201d} and Lumbar has started afresh."
            ),
            StoreNotice::NotBackedUp { reason } => format!(
                "Your saved progress could not be read ({reason}) and there was no room to back \
                 it up, so it has been left as it was. Nothing new will be saved."
            ),
            StoreNotice::Newer { version } => format!(
                "Your progress was saved by a newer version of Lumbar (data version {version}). \
                 Reload to update; until then nothing will be saved, so it stays safe."
            ),
            StoreNotice::WriteFailed => {
                "Lumbar could not save your latest progress (storage may be full). Your earlier \
                 progress is still there."
                    .into()
            }
            StoreNotice::Compacted => {
                "Storage on this phone is nearly full. To save your latest session Lumbar let go \
                 of the oldest entries in your routine's change log; every session and check-in \
                 is kept. Downloading a copy from Your data is a good idea."
                    .into()
            }
        }
    }
}

pub struct ProgressStore {
    storage: Option<Storage>,
    key: String,
    /// Set when writing could destroy something we could not read or back up.
    read_only: Cell<bool>,
    /// The text this tab wrote last, or the unreadable text it found and backed up at start:
    /// if storage still holds it, no other tab has written since, and the merge (a full parse
    /// of years of history) or a second backup of the same text can be skipped.
    last_written: RefCell<Option<String>>,
}

pub struct Opened {
    pub store: ProgressStore,
    pub progress: Progress,
    pub notices: Vec<StoreNotice>,
}

impl ProgressStore {
    pub fn open(key: &str, now_ms: i64) -> Opened {
        let mut store = ProgressStore {
            storage: None,
            key: key.to_owned(),
            read_only: Cell::new(false),
            last_written: RefCell::new(None),
        };
        let Some((storage, raw)) = usable_storage(key) else {
            return Opened {
                store,
                progress: Progress::default(),
                notices: vec![StoreNotice::Unavailable],
            };
        };
        let (progress, notice) = match raw.as_deref().map(storage_codec::decode::<BrowserJson>) {
            None => (Progress::default(), None),
            Some(Decoded::Readable(progress)) => (progress, None),
            Some(Decoded::Newer { version }) => {
                store.read_only.set(true);
                (Progress::default(), Some(StoreNotice::Newer { version }))
            }
            Some(Decoded::Unreadable { reason }) => {
                let raw = raw.unwrap_or_default();
                let notice = store
                    .keep_unreadable(&storage, &raw, reason, now_ms)
                    .inspect(|_| *store.last_written.borrow_mut() = Some(raw.clone()))
                    .unwrap_or_else(|not_backed_up| {
                        store.read_only.set(true);
                        not_backed_up
                    });
                (Progress::default(), Some(notice))
            }
        };
        store.storage = Some(storage);
        Opened {
            store,
            progress,
            notices: notice.into_iter().collect(),
        }
    }

    /// Writes `progress` merged with whatever another tab saved since, and returns what was
    /// written, so this tab can show the other tab's sessions too, with anything to tell.
    pub fn save(&self, progress: &Progress) -> Result<Saved, StoreNotice> {
        let mut saved = Saved {
            progress: progress.clone(),
            notice: None,
        };
        let Some(storage) = self.storage.as_ref().filter(|_| !self.read_only.get()) else {
            return Ok(saved);
        };
        let stored = storage.get_item(&self.key).ok().flatten();
        let unchanged = stored.is_some() && *self.last_written.borrow() == stored;
        match stored
            .as_deref()
            .filter(|_| !unchanged)
            .map(storage_codec::decode::<BrowserJson>)
        {
            Some(Decoded::Readable(theirs)) => saved.progress.merge(theirs),
            // A newer Lumbar in another tab wrote this: leave it be from now on.
            Some(Decoded::Newer { version }) => {
                self.read_only.set(true);
                return Err(StoreNotice::Newer { version });
            }
            // Spoilt since start-up: keep it under a backup key before writing over it.
            Some(Decoded::Unreadable { reason }) => {
                let raw = stored.unwrap_or_default();
                let recovered = self.keep_unreadable(storage, &raw, reason, clock::now_ms())?;
                saved.notice = Some(recovered);
            }
            None => {}
        }
        let mut encoded = storage_codec::encode::<BrowserJson>(&saved.progress);
        if storage.set_item(&self.key, &encoded).is_err() {
            // Most likely the quota: make the data smaller and try once more. A failed
            // set_item leaves the stored value as it was, so nothing is lost either way.
            if !saved.progress.compact() {
                return Err(StoreNotice::WriteFailed);
            }
            encoded = storage_codec::encode::<BrowserJson>(&saved.progress);
            storage
                .set_item(&self.key, &encoded)
                .map_err(|_| StoreNotice::WriteFailed)?;
            saved.notice = saved.notice.or(Some(StoreNotice::Compacted));
        }
        *self.last_written.borrow_mut() = Some(encoded);
        Ok(saved)
    }

    fn backup_key(&self, now_ms: i64) -> String {
        format!("{}.backup.{now_ms}", self.key)
    }

    /// Copies text this build cannot read to a backup key before anything may overwrite it:
    /// `Ok(Recovered)` to tell the user where it is, `Err(NotBackedUp)` if there was no room.
    fn keep_unreadable(
        &self,
        storage: &Storage,
        raw: &str,
        reason: String,
        now_ms: i64,
    ) -> Result<StoreNotice, StoreNotice> {
        let backup_key = self.backup_key(now_ms);
        match storage.set_item(&backup_key, raw) {
            Ok(()) => Ok(StoreNotice::Recovered { backup_key, reason }),
            Err(_) => Err(StoreNotice::NotBackedUp { reason }),
        }
    }

    /// Keeps a copy of `progress` under a backup key (before an import replaces it).
    pub fn back_up(&self, progress: &Progress, now_ms: i64) -> Result<String, StoreNotice> {
        let Some(storage) = &self.storage else {
            return Err(StoreNotice::Unavailable);
        };
        let key = self.backup_key(now_ms);
        storage
            .set_item(&key, &storage_codec::encode::<BrowserJson>(progress))
            .map_err(|_| StoreNotice::WriteFailed)?;
        Ok(key)
    }

    /// Backups kept so far, as (key, raw text), oldest first.
    pub fn backups(&self) -> Vec<(String, String)> {
        self.storage
            .as_ref()
            .map(|storage| entries_with_prefix(storage, &format!("{}.backup.", self.key)))
            .unwrap_or_default()
    }
}

/// Every stored (key, value) whose key starts with `prefix`, sorted by key.
pub fn entries_with_prefix(storage: &Storage, prefix: &str) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    // A handful of keys, inserted in order: no sort routine in the wasm for them.
    for key in (0..storage.length().unwrap_or(0)).filter_map(|i| storage.key(i).ok().flatten()) {
        if !key.starts_with(prefix) {
            continue;
        }
        if let Some(value) = storage.get_item(&key).ok().flatten() {
            let at = found.partition_point(|(earlier, _)| *earlier < key);
            found.insert(at, (key, value));
        }
    }
    found
}

#[derive(Debug, PartialEq)]
pub struct Saved {
    pub progress: Progress,
    pub notice: Option<StoreNotice>,
}

/// Calls `callback` with the progress another tab has just saved under `key`.
pub fn on_saved_elsewhere(
    key: &str,
    callback: impl Fn(Progress) + 'static,
) -> Option<EventListener> {
    let window = web_sys::window()?;
    let key = key.to_owned();
    Some(EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<StorageEvent>() else {
            return;
        };
        if event.key().as_deref() != Some(key.as_str()) {
            return;
        }
        if let Some(Decoded::Readable(progress)) = event
            .new_value()
            .as_deref()
            .map(storage_codec::decode::<BrowserJson>)
        {
            callback(progress);
        }
    }))
}

/// The storage and the current raw value, if storage can be both read and written.
fn usable_storage(key: &str) -> Option<(Storage, Option<String>)> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let raw = storage.get_item(key).ok()?;
    // Some browsers expose storage that throws on every write (private modes, quota 0).
    let probe = format!("{key}.probe");
    storage.set_item(&probe, "1").ok()?;
    let _ = storage.remove_item(&probe);
    Some((storage, raw))
}
