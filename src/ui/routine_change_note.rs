use leptos::prelude::*;

use crate::platform::clock;
use crate::ui::state::AppState;

/// What progression just changed, why, and a way to take it back.
#[component]
pub fn RoutineChangeNote() -> impl IntoView {
    let app = expect_context::<AppState>();
    move || {
        app.routine_change
            .get()
            .map(|change| {
                view! {
                    <div class="routine-change" role="status">
                        <p>
                            <strong>"Your routine changed: "</strong>
                            {change.describe()}
                            {format!(" ({}).", change.why())}
                        </p>
                        <button on:click=move |_| app.undo_routine_change(clock::now_ms())>
                            "Undo this change"
                        </button>
                    </div>
                }
            })
            .into_any()
    }
}
