use leptos::prelude::*;

use crate::domain::calendar::format_countdown;

const RADIUS: f64 = 88.0;

/// The big number inside a ring that drains with the step, readable from the floor.
#[component]
pub fn Countdown(
    #[prop(into)] seconds: Signal<u32>,
    #[prop(into)] fraction_left: Signal<f64>,
) -> impl IntoView {
    let circumference = 2.0 * std::f64::consts::PI * RADIUS;
    view! {
        <div class="countdown">
            <svg class="ring" viewBox="0 0 200 200" aria-hidden="true">
                <circle class="ring-track" cx="100" cy="100" r=RADIUS></circle>
                <circle
                    class="ring-fill"
                    cx="100"
                    cy="100"
                    r=RADIUS
                    stroke-dasharray=circumference
                    style:stroke-dashoffset=move || {
                        format!("{:.2}", circumference * (1.0 - fraction_left.get()))
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
