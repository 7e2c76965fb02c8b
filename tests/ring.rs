//! The draining ring's animation starts where the step is when it is drawn.

use lumbar::ui::ring::RingSpan;

fn style(step_ms: i64, left_ms: i64) -> String {
    css(RingSpan {
        step_number: 1,
        step_ms,
        left_ms,
        running: true,
    })
}

fn css(span: RingSpan) -> String {
    let [length, at, steps] = span.css_values();
    format!("--ring-ms:{length};--ring-at:{at};--ring-steps:{steps}")
}

#[test]
fn the_ring_starts_its_animation_as_far_in_as_the_step_is() {
    assert_eq!(
        style(5_000, 5_000),
        "--ring-ms:5000ms;--ring-at:-0ms;--ring-steps:5"
    );
    assert_eq!(
        style(10_000, 8_800),
        "--ring-ms:10000ms;--ring-at:-1200ms;--ring-steps:10"
    );
    assert_eq!(
        style(180_000, 1),
        "--ring-ms:180000ms;--ring-at:-179999ms;--ring-steps:180"
    );
}

#[test]
fn a_clock_off_either_end_never_overfills_or_overdrains_the_ring() {
    assert_eq!(
        style(5_000, 7_000),
        "--ring-ms:5000ms;--ring-at:-0ms;--ring-steps:5"
    );
    assert_eq!(
        style(5_000, -300),
        "--ring-ms:5000ms;--ring-at:-5000ms;--ring-steps:5"
    );
    assert_eq!(
        css(RingSpan::default()),
        "--ring-ms:1ms;--ring-at:-1ms;--ring-steps:1",
        "no session: an empty ring"
    );
}
