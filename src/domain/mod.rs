//! Pure Rust: the routine, its plan, the session engine and stored progress.
//! Nothing here touches the browser; time is always passed in as epoch milliseconds.

pub mod calendar;
pub mod cue;
pub mod plan;
pub mod pose;
pub mod progress;
pub mod routine;
pub mod session;
pub mod storage_codec;
pub mod transfer;
