//! Records for tests that need history without running sessions.

// Each test crate compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use lumbar::domain::records::{Feel, Outcome, SessionRecord};

pub const DAY: i64 = 86_400_000;
pub const HOUR: i64 = 3_600_000;

pub fn completed(started_at_ms: i64, utc_offset_min: i32) -> SessionRecord {
    SessionRecord {
        started_at_ms,
        ended_at_ms: started_at_ms + 476_000,
        active_ms: 476_000,
        utc_offset_min,
        outcome: Outcome::Completed,
        steps_done: 65,
        steps_total: 65,
        stopped_for_pain: false,
        pain_before: None,
        pain_after: None,
        feel: None,
    }
}

pub fn checked_in(started_at_ms: i64, before: u8, after: u8, feel: Feel) -> SessionRecord {
    SessionRecord {
        pain_before: Some(before),
        pain_after: Some(after),
        feel: Some(feel),
        ..completed(started_at_ms, 0)
    }
}
