//! Moving progress between devices: export to a JSON file, and an import that is checked in
//! full before anything changes. A refused file changes nothing and says why.

use super::calendar::format_day;
use super::progress::Progress;
use super::records::{Outcome, SessionRecord, MAX_PAIN};
use super::routine_limits::unsafe_setting;
use super::storage_codec::{decode, encode, Decoded, JsonText};

pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// 2000-01-01 and 2100-01-01 in epoch ms: sessions outside are not real sessions.
const EARLIEST_MS: i64 = 946_684_800_000;
const LATEST_MS: i64 = 4_102_444_800_000;
const DAY_MS: i64 = 86_400_000;
/// Time zones run from UTC−12 to UTC+14.
const OFFSET_RANGE_MIN: std::ops::RangeInclusive<i32> = -12 * 60..=14 * 60;

pub fn export<J: JsonText>(progress: &Progress) -> String {
    encode::<J>(progress)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    pub imported: Progress,
    pub sessions: usize,
    pub completed: usize,
    /// First and last local day, as text.
    pub range: Option<(String, String)>,
}

impl ImportPreview {
    pub fn summary(&self) -> String {
        let sessions = match self.sessions {
            1 => "1 session".to_owned(),
            n => format!("{n} sessions"),
        };
        match &self.range {
            Some((first, last)) if first == last => {
                format!("{sessions} on {first} ({} completed)", self.completed)
            }
            Some((first, last)) => {
                format!(
                    "{sessions} from {first} to {last} ({} completed)",
                    self.completed
                )
            }
            None => "No sessions in this file".into(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Adds the file's sessions to the ones on this device.
    Merge,
    /// The file's history and settings take the place of this device's.
    Replace,
}

/// Checks a file completely; `Err` is the message for the user.
pub fn inspect<J: JsonText>(size_bytes: usize, text: &str) -> Result<ImportPreview, String> {
    if size_bytes > MAX_IMPORT_BYTES {
        return Err(format!(
            "This file is {} MB; a Lumbar export is far smaller (the limit is 5 MB).",
            megabytes_one_decimal(size_bytes)
        ));
    }
    let imported = match decode::<J>(text) {
        Decoded::Readable(progress) => progress,
        Decoded::Newer { version } => {
            return Err(format!(
                "This file was made by a newer Lumbar (data version {version}). Update Lumbar, then import it."
            ))
        }
        Decoded::Unreadable { reason } => {
            return Err(format!("This is not a Lumbar export: {reason}."))
        }
    };
    if let Some((index, why)) = imported
        .history
        .iter()
        .enumerate()
        .find_map(|(i, record)| implausible(record).map(|why| (i + 1, why)))
    {
        return Err(format!(
            "Session {index} in this file is not plausible: {why}."
        ));
    }
    if let Some(why) = unsafe_setting(&imported.routine) {
        return Err(format!(
            "The routine in this file is not safe to use: {why}"
        ));
    }
    let days: Vec<i64> = imported
        .history
        .iter()
        .map(SessionRecord::local_day)
        .collect();
    let range = days
        .iter()
        .min()
        .zip(days.iter().max())
        .map(|(first, last)| (format_day(*first), format_day(*last)));
    Ok(ImportPreview {
        sessions: imported.history.len(),
        completed: imported
            .history
            .iter()
            .filter(|r| r.outcome == Outcome::Completed)
            .count(),
        range,
        imported,
    })
}

fn implausible(record: &SessionRecord) -> Option<&'static str> {
    if !(EARLIEST_MS..LATEST_MS).contains(&record.started_at_ms) {
        Some("its date is before 2000 or after 2100")
    } else if record.ended_at_ms < record.started_at_ms {
        Some("it ends before it starts")
    } else if record.ended_at_ms - record.started_at_ms > DAY_MS {
        Some("it lasts more than a day")
    } else if record.active_ms < 0 || record.active_ms > record.ended_at_ms - record.started_at_ms {
        Some("its exercise time does not fit its start and end")
    } else if record.steps_done > record.steps_total || record.steps_total > 10_000 {
        Some("its step counts are impossible")
    } else if !OFFSET_RANGE_MIN.contains(&record.utc_offset_min) {
        Some("its time zone does not exist")
    } else if [record.pain_before, record.pain_after]
        .iter()
        .flatten()
        .any(|pain| *pain > MAX_PAIN)
    {
        Some("its pain score is above 10")
    } else {
        None
    }
}

/// Applies a checked import. The session in progress and the safety acknowledgement of this
/// device are kept either way; a merge keeps this device's routine and adds the file's
/// check-ins to sessions both know.
pub fn apply(current: &mut Progress, imported: Progress, mode: ImportMode) {
    match mode {
        ImportMode::Merge => {
            let history_only = Progress {
                history: imported.history,
                ..Progress::default()
            };
            current.merge(history_only);
        }
        ImportMode::Replace => {
            current.history = Vec::new();
            imported.history.into_iter().for_each(|r| current.record(r));
            current.settings = imported.settings;
            current.routine = imported.routine;
            current.progression = imported.progression;
            current.routine_changes = imported.routine_changes;
        }
    }
}

/// "5.2" for 5.2 MB, in integers: float formatting would add several KB to the wasm.
fn megabytes_one_decimal(bytes: usize) -> String {
    let tenths = (bytes * 10 + 524_288) / 1_048_576;
    format!("{}.{}", tenths / 10, tenths % 10)
}
