use leptos::prelude::*;

use crate::domain::calendar::format_countdown;
use crate::ui::ring::{Ring, RingSpan};

/// The big number inside a ring that drains with the step, readable from the floor. The
/// ring is two halves of a circle that turn (`transform` and `opacity` only, which the
/// compositor animates): a stroke drawn anew every frame kept the main thread busy for a
/// fifth of the session.
#[component]
pub fn Countdown(
    seconds: impl Fn() -> u32 + Copy + Send + Sync + 'static,
    ring: impl Fn() -> RingSpan + Send + Sync + 'static,
) -> impl IntoView {
    let span = Memo::new(move |_| ring());
    view! {
        <div class="countdown">
            <Ring span/>
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
