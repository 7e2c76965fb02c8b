use leptos::prelude::*;

use crate::platform::animations;

/// Where the draining ring is when it is drawn: the step's length, what is left of it, and
/// whether the clock runs. The ring is drawn again only when this changes (a new step, a
/// pause, a resume); in between, its CSS animation drains it on the compositor, with no
/// work for the page's main thread.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RingSpan {
    pub step_number: usize,
    pub step_ms: i64,
    pub left_ms: i64,
    pub running: bool,
}

impl RingSpan {
    /// The animation's length, how far into it the ring starts (a negative delay), and the
    /// step's whole seconds, by which it steps under `prefers-reduced-motion`: the values of
    /// `--ring-ms`, `--ring-at` and `--ring-steps`.
    pub fn css_values(&self) -> [String; 3] {
        let step_ms = self.step_ms.max(1);
        let elapsed_ms = (step_ms - self.left_ms).clamp(0, step_ms);
        [
            format!("{step_ms}ms"),
            format!("-{elapsed_ms}ms"),
            ((step_ms + 999) / 1000).to_string(),
        ]
    }
}

/// The ring itself, drawn as `span` says; its animation drains it in between. A new span
/// restarts the animations on the same elements: a new element for each step cost the main
/// thread more than the whole animation (0.4 s a minute at 4× CPU, make bench).
#[component]
pub fn Ring(span: Memo<RingSpan>) -> impl IntoView {
    let ring = NodeRef::<leptos::html::Div>::new();
    // A browser that cannot restart animations (Safari before 14, Firefox before 75) would
    // show the first step's drain for every step: it shows the track alone, and the number.
    let still = !animations::can_restart();
    Effect::new(move |_| {
        span.track();
        if let Some(ring) = ring.get() {
            animations::restart_within(&ring);
        }
    });
    // Set through the CSSOM, which the Content Security Policy allows (a style attribute it
    // would refuse).
    let value = move |index: usize| move || span.with(|s| s.css_values()[index].clone());
    view! {
        <div
            node_ref=ring
            class="ring"
            class:still=still
            class:running=move || span.with(|s| s.running)
            style:--ring-ms=value(0)
            style:--ring-at=value(1)
            style:--ring-steps=value(2)
            aria-hidden="true"
        >
            <div class="ring-half ring-left">
                <div class="ring-arc ring-first"></div>
            </div>
            <div class="ring-half ring-right">
                <div class="ring-arc ring-second"></div>
                <div class="ring-arc ring-full"></div>
            </div>
        </div>
    }
}
