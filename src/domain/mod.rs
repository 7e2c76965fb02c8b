//! Pure Rust: the routine, its plan, the session engine and stored progress.
//! Nothing here touches the browser; time is always passed in as epoch milliseconds.

pub mod calendar;
pub mod clinician_document;
pub mod clinician_summary;
pub mod coaching;
pub mod cue;
pub mod cue_track;
pub mod history;
pub mod lessons;
pub mod plan;
pub mod pose;
pub mod progress;
pub mod progression;
pub mod records;
pub mod red_flags;
pub mod reminder;
pub mod routine;
pub mod routine_limits;
pub mod session;
pub mod step_clock;
pub mod storage_codec;
pub mod tone_ledger;
pub mod transfer;
