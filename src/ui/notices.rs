use leptos::prelude::*;

use crate::model::{Event, Notice};
use crate::ui::state::AppState;

/// Storage and recovery messages, kept until the user has read and dismissed them. Keyed, so
/// that dismissing one leaves the others' elements alone and a screen reader does not read
/// them again.
#[component]
pub fn Notices() -> impl IntoView {
    let app = expect_context::<AppState>();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For
                each=move || app.model.with(|m| m.notices.clone())
                key=|notice| notice.id
                children=move |Notice { id, text }| view! {
                    <div class="notice">
                        <p>{text}</p>
                        <button
                            class="notice-close"
                            aria-label="Dismiss this message"
                            on:click=move |_| app.dispatch(Event::DismissNotice(id))
                        >
                            "×"
                        </button>
                    </div>
                }
            />
        </div>
    }
}
