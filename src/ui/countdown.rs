use leptos::prelude::*;

use crate::domain::calendar::format_countdown;

/// The ring's length in its own units (`pathLength`), so the drained part is a whole number.
const RING_LENGTH: u32 = 1000;

/// The big number inside a ring that drains with the step, readable from the floor.
#[component]
pub fn Countdown(
    #[prop(into)] seconds: Signal<u32>,
    #[prop(into)] permille_left: Signal<u32>,
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
                        (RING_LENGTH - permille_left.get().min(RING_LENGTH)).to_string()
                    }
                ></circle>
            </svg>
            <div
                class=move || { if seconds.get() >= 60 { "count long" } else { "count" } }
                role="timer"
                aria-label="Time left in this step"
            >
                {move || format_countdown(seconds.get())}
            </div>
        </div>
    }
}
