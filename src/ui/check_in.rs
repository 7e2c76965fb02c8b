use leptos::prelude::*;

use crate::model::Event;
use crate::platform::cues;
use crate::ui::choice_chips::{ChoiceChips, PAIN_ENDS, PAIN_LABELS};
use crate::ui::state::AppState;

/// Pain this high before starting deserves a word of caution rather than a workout.
const HIGH_PAIN: u8 = 7;

/// "How is your back right now?" between Start and the first step; skippable.
#[component]
pub fn CheckIn() -> impl IntoView {
    let app = expect_context::<AppState>();
    let pain = RwSignal::new(None::<u8>);
    let begin = move |answer: Option<u8>| {
        // Inside the tap: the only moment iOS lets sound start.
        cues::unlock();
        app.dispatch(Event::Start {
            pain_before: answer,
        });
    };
    view! {
        <section class="check-in" aria-labelledby="check-in-title">
            <h1 id="check-in-title">"How is your back right now?"</h1>
            <p class="muted">"Lumbar keeps your answers on this phone and charts them in your history."</p>
            <ChoiceChips
                legend="Pain right now, from 0 to 10"
                name="pain-before"
                labels=&PAIN_LABELS
                value=pain
                ends=PAIN_ENDS
            />
            {move || pain.get().is_some_and(|p| p >= HIGH_PAIN).then(|| view! {
                <p class="caution" role="note">
                    "That is a lot of pain. It may be wiser to rest today and talk to your doctor before exercising."
                </p>
            }).into_any()}
            <button
                class="primary big"
                prop:disabled=move || pain.get().is_none()
                on:click=move |_| begin(pain.get_untracked())
            >
                "Start the routine"
            </button>
            <div class="data-actions">
                <button class="ghost" on:click=move |_| begin(None)>"Skip"</button>
                <button class="ghost" on:click=move |_| app.dispatch(Event::CloseCheckIn)>"Back"</button>
            </div>
        </section>
    }
}
