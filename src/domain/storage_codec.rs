//! The stored form of [`Progress`]: a versioned JSON envelope `{"version": N, "progress": …}`.
//!
//! Decoding never panics and never guesses: anything it cannot read is reported so the
//! shell can keep the raw text under a backup key and tell the user.

use super::json::{Error, ObjectWriter, Reader};
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

pub fn encode(progress: &Progress) -> String {
    let mut out = String::new();
    ObjectWriter::new(&mut out)
        .field("version", &VERSION)
        .field("progress", progress)
        .end();
    out
}

/// Reads the text in three passes: its grammar as a whole, then only the version, then,
/// once the version says this build understands it, the body. Each is cheap next to the
/// storage read itself.
pub fn decode(raw: &str) -> Decoded {
    let unreadable = |reason: String| Decoded::Unreadable { reason };
    let mut grammar = Reader::new(raw);
    if let Err(err) = grammar.skip().and_then(|()| grammar.end()) {
        return unreadable(format!("it is not valid JSON ({err})"));
    }
    let version = match read_version(raw) {
        Some(version) => version,
        None => return unreadable("it has no version number".into()),
    };
    if version > VERSION {
        return Decoded::Newer { version };
    }
    if version == 0 {
        return unreadable("version 0 is not one Lumbar ever wrote".into());
    }
    let progress = match read_body(raw) {
        Ok(progress) => progress,
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

/// The top-level `version`, if the text is an object with a whole number there.
fn read_version(raw: &str) -> Option<u64> {
    let mut reader = Reader::new(raw);
    let mut version = None;
    reader
        .object(&mut |reader, key| match key {
            "version" => reader.field(&mut version, key),
            _ => reader.skip(),
        })
        .ok()?;
    version.flatten()
}

fn read_body(raw: &str) -> Result<Progress, Error> {
    let mut reader = Reader::new(raw);
    let mut progress = None;
    reader.object(&mut |reader, key| match key {
        "progress" => reader.field(&mut progress, key),
        _ => reader.skip(),
    })?;
    reader.required(progress, "progress")
}
