use leptos::prelude::*;

use crate::model::Event;
use crate::ui::state::AppState;

/// Shown until acknowledged once: the seed's own safety tip, plus when to stop.
#[component]
pub fn Safety() -> impl IntoView {
    let app = expect_context::<AppState>();
    view! {
        <section class="safety" aria-labelledby="safety-title">
            <h1 id="safety-title">"Before you start"</h1>
            <ul class="safety-list">
                <li>
                    <strong>"Talk to your doctor"</strong>
                    " about these exercises before you begin this or any lower-back routine."
                </li>
                <li>
                    <strong>"Warm up first."</strong>
                    " A few minutes of easy movement and stretching prepares your body and lowers the risk of injury. Lumbar starts every session with a warm-up."
                </li>
                <li>
                    <strong>"Stop if the pain gets worse"</strong>
                    " and talk to your doctor before trying again."
                </li>
            </ul>
            <button
                class="primary big"
                on:click=move |_| app.dispatch(Event::AcknowledgeSafety)
            >
                "I understand"
            </button>
        </section>
    }
}
