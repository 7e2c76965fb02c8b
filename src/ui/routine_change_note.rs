use leptos::prelude::*;

use crate::model::Event;
use crate::ui::state::AppState;

/// What progression just changed, why, and a way to take it back.
#[component]
pub fn RoutineChangeNote() -> impl IntoView {
    let app = expect_context::<AppState>();
    move || {
        app.model
            .with(|m| m.finished().and_then(|f| f.change.clone()))
            .map(|change| {
                view! {
                    <div class="routine-change" role="status">
                        <p>
                            <strong>"Your routine changed: "</strong>
                            {change.describe()}
                            {format!(" ({}).", change.why())}
                        </p>
                        <button on:click=move |_| app.dispatch(Event::UndoRoutineChange)>
                            "Undo this change"
                        </button>
                    </div>
                }
            })
            .into_any()
    }
}
