use leptos::prelude::*;

use crate::domain::records::Feel;
use crate::model::Event;
use crate::ui::choice_chips::{ChoiceChips, PAIN_ENDS, PAIN_LABELS};
use crate::ui::routine_change_note::RoutineChangeNote;
use crate::ui::state::AppState;

const FEEL_LABELS: [&str; 3] = ["Easy", "About right", "Hard"];

/// After a session: the pain question again and "How did that feel?". Optional; Done skips.
#[component]
pub fn AfterCheckIn() -> impl IntoView {
    let app = expect_context::<AppState>();
    let pain = RwSignal::new(None::<u8>);
    let feel = RwSignal::new(None::<u8>);
    let save = move |_| {
        let feel = feel
            .get_untracked()
            .and_then(|i| Feel::ALL.get(usize::from(i)).copied());
        app.dispatch(Event::CheckInAfter {
            pain: pain.get_untracked(),
            feel,
        });
    };
    let answered = move || pain.get().is_some() || feel.get().is_some();
    view! {
        <div class="after-check-in">
            {move || if app.model.with(|m| m.finished().is_some_and(|f| f.checked_in)) {
                view! {
                    <p class="saved" role="status">"Thanks — your answers are saved."</p>
                    <RoutineChangeNote/>
                }.into_any()
            } else {
                view! {
                    <ChoiceChips
                        legend="How is your back now? 0 to 10"
                        name="pain-after"
                        labels=&PAIN_LABELS
                        value=pain
                        ends=PAIN_ENDS
                    />
                    <ChoiceChips legend="How did that feel?" name="feel" labels=&FEEL_LABELS value=feel/>
                    <button class="primary" prop:disabled=move || !answered() on:click=save>
                        "Save answers"
                    </button>
                }.into_any()
            }}
        </div>
    }
}
