//! A mutation fuzzer for the stored-data path that runs on stable Rust (cargo-fuzz needs a
//! nightly toolchain these machines cannot install). It mutates valid and hostile seeds and
//! feeds each result to the decoder; whatever decodes is merged, re-encoded and replayed.
//!
//! `make test` runs it for LUMBAR_FUZZ_SECONDS (default 3); `make fuzz` runs it for longer.
//! A failing input is printed; the seed (LUMBAR_FUZZ_SEED) makes a run repeatable.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use lumbar::domain::history::{summarize, Month, PainChart};
use lumbar::domain::plan::Plan;
use lumbar::domain::progress::Progress;
use lumbar::domain::storage_codec::{decode, encode, Decoded, SerdeJson, VERSION};
use lumbar::domain::transfer::inspect;

const SEEDS: &[&str] = &[
    include_str!("fixtures/progress-v1.json"),
    include_str!("fixtures/progress-v2.json"),
    r#"{"version":1,"progress":{"safety_acknowledged_at_ms":null,"history":[],"active":null}}"#,
    r#"{"version":1,"progress":{"history":[{"started_at_ms":-1,"ended_at_ms":9223372036854775807,"active_ms":-5,"utc_offset_min":-2147483648,"outcome":"stopped","steps_done":4294967295,"steps_total":0}]}}"#,
    r#"{"version":1,"progress":{"history":[],"active":{"routine":{"wall_slide_hold_secs":4294967295,"wall_slide_reps":4294967295,"leg_raise_hold_secs":0,"leg_raise_rounds_per_leg":0,"warm_up_secs":4294967295},"started_at_ms":0,"utc_offset_min":0,"step_index":18446744073709551615,"clock":{"state":"paused","remaining_ms":-1,"since_ms":-9223372036854775808},"paused_total_ms":0,"updated_at_ms":0}}}"#,
    r#"{"version":1,"progress":{"history":[{"outcome":"<img src=x onerror=alert(1)>"}]}}"#,
    r#"{"version":1e999,"progress":NaN}"#,
    r#"{"version":18446744073709551616}"#,
];

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "-1",
    "0",
    "1e999",
    "NaN",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551615",
    "\"completed\"",
    "\"running\"",
    "\"deadline_ms\"",
    "\"version\"",
    "\\u0000",
    "\u{202e}",
    "<script>",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: tiny, deterministic, good enough to pick mutations.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn mutate(rng: &mut Rng, input: &str) -> String {
    let mut bytes = input.as_bytes().to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 if !bytes.is_empty() => {
                let last = bytes.len() - 1;
                bytes[at.min(last)] = rng.next() as u8;
            }
            1 => bytes
                .splice(at..at, TOKENS[rng.below(TOKENS.len())].bytes())
                .for_each(drop),
            2 => bytes.truncate(at),
            3 => {
                let end = (at + rng.below(40)).min(bytes.len());
                bytes.drain(at..end);
            }
            4 => {
                let end = (at + rng.below(60)).min(bytes.len());
                let span = bytes[at..end].to_vec();
                bytes.splice(at..at, span).for_each(drop);
            }
            _ => {
                let depth = rng.below(300);
                let nest = "[".repeat(depth) + &"]".repeat(depth);
                bytes.splice(at..at, nest.bytes()).for_each(drop);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Everything the app does with stored data it has just read.
fn exercise(raw: &str) -> Result<(), String> {
    let Decoded::Readable(progress) = decode::<SerdeJson>(raw) else {
        return Ok(());
    };
    let encoded = encode::<SerdeJson>(&progress);
    if decode::<SerdeJson>(&encoded) != Decoded::Readable(progress.clone()) {
        return Err("a decoded value did not survive encoding".into());
    }
    let mut merged = Progress::default();
    merged.merge(progress.clone());
    merged.merge(progress.clone());
    let mut retired = progress.clone();
    retired.retire_abandoned_session(1_795_000_000_000);
    // What the history screen and the progression rule do with the same data.
    summarize(&progress.history, 20_780);
    Month::of(&progress.history, 2026, 11);
    PainChart::of(&progress.history, 30);
    let mut adjusted = progress.clone();
    adjusted.progression = true;
    adjusted.progress_routine(1_795_000_000_000);
    adjusted.undo_last_change(1_795_000_000_001);
    adjusted.compact();
    let _ = inspect::<SerdeJson>(raw.len(), raw);
    if let Some(mut session) = progress.active {
        // The decoder only lets through routines whose plan is small enough to build.
        let plan = Plan::for_routine(&session.routine);
        let mut now = session.updated_at_ms;
        for step in [1_000, 60_000, -3_600_000, 10_000_000] {
            let since = now;
            now = now.saturating_add(step);
            session.advance(&plan, since, now);
            if let Some(snapshot) = session.snapshot(&plan, now) {
                if snapshot.remaining_ms < 0 || snapshot.remaining_ms > snapshot.step.duration_ms()
                {
                    return Err(format!(
                        "remaining {} outside its step",
                        snapshot.remaining_ms
                    ));
                }
            }
        }
    }
    Ok(())
}

#[test]
fn stored_data_fuzzing_finds_no_panic_and_no_broken_invariant() {
    let seconds: u64 = std::env::var("LUMBAR_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let seed: u64 = std::env::var("LUMBAR_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x1u64 << 40 | 0x2b);
    let mut rng = Rng(seed);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut runs, mut readable, mut unreadable, mut newer) = (0u64, 0u64, 0u64, 0u64);
    while Instant::now() < deadline {
        for _ in 0..256 {
            let seed_input = SEEDS[rng.below(SEEDS.len())];
            let input = mutate(&mut rng, seed_input);
            let outcome = std::panic::catch_unwind(|| exercise(&input));
            match outcome {
                Ok(Ok(())) => {}
                Ok(Err(broken)) => panic!("{broken}\ninput: {input:?}"),
                Err(_) => panic!("panicked on input: {input:?}"),
            }
            match decode::<SerdeJson>(&input) {
                Decoded::Readable(_) => readable += 1,
                Decoded::Unreadable { reason } => {
                    assert!(!reason.is_empty(), "no reason for {input:?}");
                    unreadable += 1;
                }
                Decoded::Newer { version } => {
                    assert!(version > VERSION, "{version} is not newer: {input:?}");
                    newer += 1;
                }
            }
            runs += 1;
        }
    }
    println!(
        "fuzz: {runs} inputs in {seconds} s (seed {seed}): {readable} readable, \
         {unreadable} unreadable, {newer} newer"
    );
    // A harness whose mutations never reach the body, or break every input, tests nothing.
    assert!(
        readable * 100 > runs,
        "only {readable} of {runs} inputs decoded: the mutations rarely leave a document whole"
    );
    assert!(
        unreadable * 2 > runs,
        "only {unreadable} of {runs} inputs were unreadable: the mutations rarely break anything"
    );
}

#[test]
fn every_seed_the_fuzzer_starts_from_is_decoded_as_expected() {
    let outcomes: Vec<&str> = SEEDS
        .iter()
        .map(|seed| match decode::<SerdeJson>(seed) {
            Decoded::Readable(_) => "readable",
            Decoded::Unreadable { .. } => "unreadable",
            Decoded::Newer { .. } => "newer",
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            "readable",
            "readable",
            "readable",
            "readable",
            "unreadable",
            "unreadable",
            "unreadable",
            "unreadable"
        ]
    );
}
