//! Wall-clock time for the domain. `std::time::Instant::now()` panics on wasm32.

use crate::model::Now;

pub fn now() -> Now {
    Now {
        ms: now_ms(),
        utc_offset_min: utc_offset_min(),
    }
}

pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Local time minus UTC in minutes (JavaScript's `getTimezoneOffset` has the opposite sign).
pub fn utc_offset_min() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}
