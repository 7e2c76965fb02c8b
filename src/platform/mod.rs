//! Thin adapters over browser APIs. Each one is small, never panics, and whatever it
//! registers (timers, listeners) is released when its handle is dropped.

pub mod animations;
pub mod audio;
pub mod clock;
pub mod crash;
pub mod cues;
pub mod files;
pub mod flash;
pub mod js;
pub mod json;
pub mod keys;
pub mod media_session;
pub mod persist;
pub mod service_worker;
pub mod storage;
pub mod tasks;
pub mod track;
pub mod visibility;
pub mod wake_lock;
