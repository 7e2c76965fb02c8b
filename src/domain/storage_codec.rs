//! The stored form of [`Progress`]: a versioned JSON envelope `{"version": N, "progress": …}`,
//! written and read by serde_json through the domain types' serde derives.
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

/// The version alone: the body of a newer version may not fit this build's types.
#[derive(Deserialize)]
struct Version {
    version: u64,
}

#[derive(Deserialize)]
struct Body {
    progress: Progress,
}

pub fn encode(progress: &Progress) -> String {
    let envelope = Envelope {
        version: VERSION,
        progress,
    };
    // Serializing fails only for maps with non-string keys, which the stored types lack.
    serde_json::to_string(&envelope).expect("the stored types always serialize")
}

/// Reads the text in three passes: its grammar as a whole, then only the version, then,
/// once the version says this build understands it, the body. Each is cheap next to the
/// storage read itself.
pub fn decode(raw: &str) -> Decoded {
    let unreadable = |reason: String| Decoded::Unreadable { reason };
    if let Err(err) = serde_json::from_str::<IgnoredAny>(raw) {
        return unreadable(format!("it is not valid JSON ({err})"));
    }
    // Derived structs also read arrays (fields by position); the envelope must be an object.
    let is_object = raw
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{');
    let version = match serde_json::from_str::<Version>(raw) {
        Ok(Version { version }) if is_object => version,
        _ => return unreadable("it has no version number".into()),
    };
    if version > VERSION {
        return Decoded::Newer { version };
    }
    if version == 0 {
        return unreadable("version 0 is not one Lumbar ever wrote".into());
    }
    let progress = match serde_json::from_str::<Body>(raw) {
        Ok(body) => body.progress,
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
