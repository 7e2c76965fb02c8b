//! The stored form of [`Progress`]: a versioned JSON envelope `{"version": N, "progress": …}`,
//! written and read through the domain types' serde derives.
//!
//! Decoding never panics and never guesses: anything it cannot read is reported so the
//! shell can keep the raw text under a backup key and tell the user.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::progress::Progress;

/// The schema version this build writes. Bump it with a migration and a fixture of the old
/// version under `tests/fixtures/`.
///
/// - 1: history, session in progress, coach settings.
/// - 2: check-ins on records, the user's routine with its change log, progression. A build
///   that knows only version 1 would drop these when saving, so it must see "newer" and
///   leave the data alone. Version 1 data needs no rewriting: every new field has a default.
/// - 3: the answers to the warning-sign questions, and the lessons read. Version 2 data
///   needs no rewriting either.
pub const VERSION: u64 = 3;

// Made once per read of storage and taken apart at once: boxing the progress would cost an
// allocation and buy nothing.
#[allow(clippy::large_enum_variant)]
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

/// JSON text in and out. In the app this is the browser's own `JSON.parse`/`JSON.stringify`
/// through serde-wasm-bindgen (`platform::json`), which measured 4.8 KB less brotli than
/// serde_json's parser and printer in the wasm; natively it is serde_json ([`SerdeJson`]),
/// which reads and writes the same text into the same types. The wasm tests check the
/// browser's against the same fixtures, byte for byte.
pub trait JsonText {
    /// A parsed document, before it is read into a type.
    type Value;
    /// `Err` says why the text is not JSON at all.
    fn parse(raw: &str) -> Result<Self::Value, String>;
    fn is_object(value: &Self::Value) -> bool;
    fn read<T: DeserializeOwned>(value: &Self::Value) -> Result<T, String>;
    fn write<T: Serialize>(value: &T) -> String;
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

pub fn encode<J: JsonText>(progress: &Progress) -> String {
    J::write(&Envelope {
        version: VERSION,
        progress,
    })
}

/// Parses the text once, then reads only the version, then, once the version says this
/// build understands it, the body.
pub fn decode<J: JsonText>(raw: &str) -> Decoded {
    let unreadable = |reason: String| Decoded::Unreadable { reason };
    let value = match J::parse(raw) {
        Ok(value) => value,
        Err(err) => return unreadable(format!("it is not valid JSON ({err})")),
    };
    // Derived structs also read arrays (fields by position); the envelope must be an object.
    let version = match J::read::<Version>(&value) {
        Ok(Version { version }) if J::is_object(&value) => version,
        _ => return unreadable("it has no version number".into()),
    };
    if version > VERSION {
        return Decoded::Newer { version };
    }
    if version == 0 {
        return unreadable("version 0 is not one Lumbar ever wrote".into());
    }
    let progress = match J::read::<Body>(&value) {
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

/// serde_json, for everything that runs natively: the tests, the fuzzer.
#[cfg(not(target_arch = "wasm32"))]
pub struct SerdeJson;

#[cfg(not(target_arch = "wasm32"))]
impl JsonText for SerdeJson {
    type Value = serde_json::Value;

    fn parse(raw: &str) -> Result<serde_json::Value, String> {
        serde_json::from_str(raw).map_err(|err| err.to_string())
    }

    fn is_object(value: &serde_json::Value) -> bool {
        value.is_object()
    }

    fn read<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, String> {
        T::deserialize(value).map_err(|err| err.to_string())
    }

    fn write<T: Serialize>(value: &T) -> String {
        // Serializing fails only for maps with non-string keys, which the stored types lack.
        serde_json::to_string(value).expect("the stored types always serialize")
    }
}
