//! The line the crash screen shows and the console prints: the version, the panic's place
//! and its message, on one line.

use std::panic;
use std::sync::{Arc, Mutex};

use lumbar::platform::crash::report_line;

fn report_of(panicking: impl FnOnce() + panic::UnwindSafe) -> String {
    let seen = Arc::new(Mutex::new(String::new()));
    let into = Arc::clone(&seen);
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        *into.lock().unwrap() = report_line("0.1.0 (build 0123456789ab)", info);
    }));
    let outcome = panic::catch_unwind(panicking);
    panic::set_hook(previous);
    assert!(outcome.is_err(), "the closure was meant to panic");
    let line = seen.lock().unwrap().clone();
    line
}

#[test]
fn a_panic_is_reported_with_its_message_and_place_on_one_line() {
    let line = line!() + 1;
    let report = report_of(|| panic!("the step index {} is past the plan", 14));
    assert_eq!(
        report,
        format!(
            "Lumbar 0.1.0 (build 0123456789ab) panicked at tests/crash_report.rs:{line}:31: \
             the step index 14 is past the plan"
        )
    );

    let report = report_of(|| panic!("first line\nsecond line"));
    assert!(report.ends_with(": first line second line"), "{report}");

    let report = report_of(|| std::panic::panic_any(7_u8));
    assert!(report.ends_with(": (no message)"), "{report}");
}
