//! A panic must not leave a blank page, nor a bug report without its cause. The hook writes
//! one line (the version, where the panic happened and its message) to the console and
//! onto the page's root element; the release build then aborts, the wasm module traps, and
//! the script in index.html's head, which needs no wasm, shows the crash screen with that
//! line for the user to copy.

use std::panic::PanicHookInfo;

/// Where the crash screen finds the line: `data-panic` on `<html>`.
const PANIC_ATTRIBUTE: &str = "data-panic";

/// `?crash-test` in the address makes the app panic on purpose, to check that screen.
pub fn test_requested() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|search| search.contains("crash-test"))
}

/// The line a user copies into a bug report:
/// `Lumbar <version> panicked at <file>:<line>:<column>: <message>`.
pub fn report_line(version: &str, info: &PanicHookInfo) -> String {
    let payload = info.payload();
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(no message)");
    let place = info.location().map_or_else(
        || "an unknown place".to_owned(),
        |at| format!("{}:{}:{}", at.file(), at.line(), at.column()),
    );
    // One line, so that a copy of it is the whole report.
    let message = message.replace('\n', " ");
    format!("Lumbar {version} panicked at {place}: {message}")
}

/// Installed first thing in `main`, before anything can panic.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let package = env!("CARGO_PKG_VERSION");
        let version = match super::service_worker::build_version() {
            Some(build) => format!("{package} (build {build})"),
            None => package.to_owned(),
        };
        let line = report_line(&version, info);
        web_sys::console::error_1(&line.as_str().into());
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute(PANIC_ATTRIBUTE, &line);
        }
    }));
}
