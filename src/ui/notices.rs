use leptos::prelude::*;

use crate::ui::state::AppState;

/// Storage and recovery messages, kept until the user has read and dismissed them.
#[component]
pub fn Notices() -> impl IntoView {
    let app = expect_context::<AppState>();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For each=move || app.notices.get() key=String::clone let:message>
                <div class="notice">
                    <p>{message.clone()}</p>
                    <button
                        class="notice-close"
                        aria-label="Dismiss this message"
                        on:click=move |_| app.notices.update(|n| n.retain(|m| *m != message))
                    >
                        "×"
                    </button>
                </div>
            </For>
        </div>
    }
}
