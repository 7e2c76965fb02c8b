//! A panic must not leave a blank page. The release build aborts on a panic at once, with no
//! hook (docs/SIZE.md), so the wasm module traps and the script in index.html's head, which
//! needs no wasm, shows the crash screen.

/// `?crash-test` in the address makes the app panic on purpose, to check that screen.
pub fn test_requested() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|search| search.contains("crash-test"))
}
