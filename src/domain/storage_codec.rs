//! The stored form of [`Progress`]: a versioned JSON envelope `{"version": N, "progress": …}`.
//!
//! Decoding never panics and never guesses: anything it cannot read is reported so the
//! shell can keep the raw text under a backup key and tell the user.

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use super::progress::Progress;

/// The schema version this build writes. Bump it with a migration and a fixture of the old
/// version under `tests/fixtures/`.
///
/// - 1: history, session in progress, coach settings.
/// - 2: check-ins on records, the user's routine with its change log, progression. A build
///   that knows only version 1 would drop these when saving, so it must see "newer" and
///   leave the data alone. Version 1 data needs no rewriting: every new field has a default.
pub const VERSION: u64 = 2;

#[derive(Debug, PartialEq)]
pub enum Decoded {
    Readable(Progress),
    /// Not something this build understands; `reason` is for the user.
    Unreadable {
        reason: String,
    },
    /// Written by a newer Lumbar: must be kept as it is, never downgraded.
    Newer {
        version: u64,
    },
}

#[derive(Serialize)]
struct Envelope<'a> {
    version: u64,
    progress: &'a Progress,
}

pub fn encode(progress: &Progress) -> String {
    serde_json::to_string(&Envelope {
        version: VERSION,
        progress,
    })
    .expect("progress holds only plain numbers, strings and enums")
}

/// Reads only the version, skipping (but still checking the syntax of) everything else: the
/// body is read only once the version says this build understands it.
#[derive(Deserialize)]
struct VersionOnly {
    #[serde(default)]
    version: Option<u64>,
}

#[derive(Deserialize)]
struct Body {
    progress: Progress,
}

/// Reads the text twice, as typed structs, rather than once into a `serde_json::Value`: the
/// `Value` path made every stored type's deserializer exist twice in the wasm.
pub fn decode(raw: &str) -> Decoded {
    let unreadable = |reason: String| Decoded::Unreadable { reason };
    let not_json = |err: &serde_json::Error| !err.is_data();
    // A derived struct also reads `[1, 2]` as its fields in order; an envelope is an object.
    if !raw.trim_start().starts_with('{') {
        return match serde_json::from_str::<IgnoredAny>(raw) {
            Err(err) if not_json(&err) => unreadable(format!("it is not valid JSON ({err})")),
            _ => unreadable("it has no version number".into()),
        };
    }
    let version = match serde_json::from_str::<VersionOnly>(raw) {
        Ok(VersionOnly {
            version: Some(version),
        }) => version,
        Err(err) if not_json(&err) => {
            return unreadable(format!("it is not valid JSON ({err})"));
        }
        Ok(_) | Err(_) => return unreadable("it has no version number".into()),
    };
    if version > VERSION {
        return Decoded::Newer { version };
    }
    if version == 0 {
        return unreadable("version 0 is not one Lumbar ever wrote".into());
    }
    let progress = match serde_json::from_str::<Body>(raw) {
        Ok(body) => body.progress,
        Err(err) if not_json(&err) => return unreadable(format!("it is not valid JSON ({err})")),
        Err(err) => return unreadable(format!("its contents do not fit ({err})")),
    };
    let impossible = progress
        .active
        .as_ref()
        .and_then(|s| s.routine.out_of_bounds())
        .map(|why| format!("in the session in progress, the {why}"))
        .or_else(|| {
            progress
                .routine
                .out_of_bounds()
                .map(|why| format!("in the routine, the {why}"))
        });
    match impossible {
        Some(why) => unreadable(why),
        None => Decoded::Readable(progress),
    }
}
