use leptos::prelude::*;

use crate::domain::calendar::format_countdown;

/// The ring's length in its own units (`pathLength`), so the drained part is a whole number.
const RING_LENGTH: u32 = 1000;

/// The big number inside a ring that drains with the step, readable from the floor. Closures,
/// not `Signal`s, for the same reason as the figure's pose.
#[component]
pub fn Countdown(
    seconds: impl Fn() -> u32 + Copy + Send + Sync + 'static,
    permille_left: impl Fn() -> u32 + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="countdown">
            <svg class="ring" viewBox="0 0 200 200" aria-hidden="true">
                <circle class="ring-track" cx="100" cy="100" r="88"></circle>
                <circle
                    class="ring-fill"
                    cx="100"
                    cy="100"
                    r="88"
                    pathLength=RING_LENGTH
                    stroke-dasharray=RING_LENGTH
                    style:stroke-dashoffset=move || {
                        (RING_LENGTH - permille_left().min(RING_LENGTH)).to_string()
                    }
                ></circle>
            </svg>
            <div
                class="count"
                class:long=move || { seconds() >= 60 }
                role="timer"
                aria-label="Time left in this step"
            >
                {move || format_countdown(seconds())}
            </div>
        </div>
    }
}
