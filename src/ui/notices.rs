use leptos::prelude::*;

use crate::ui::state::AppState;

/// Storage and recovery messages, kept until the user has read and dismissed them.
#[component]
pub fn Notices() -> impl IntoView {
    let app = expect_context::<AppState>();
    // Rarely more than one message at a time, so the list is patched by position rather than
    // keyed: a keyed `<For>` cost 3.9 KB of brotli for this one list (its hash set of keys).
    // The price: after a dismissal, a screen reader may read the messages below it again.
    let notice = move |message: String| {
        let dismissed = message.clone();
        view! {
            <div class="notice">
                <p>{message}</p>
                <button
                    class="notice-close"
                    aria-label="Dismiss this message"
                    on:click=move |_| app.notices.update(|n| n.retain(|m| *m != dismissed))
                >
                    "×"
                </button>
            </div>
        }
    };
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || app.notices.get().into_iter().map(notice).collect_view().into_any()}
        </div>
    }
}
