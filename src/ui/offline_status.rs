use leptos::prelude::*;

use crate::ui::state::AppState;

/// Whether Lumbar opens without a network: people install it to use where the signal is poor.
#[component]
pub fn OfflineStatus() -> impl IntoView {
    let app = expect_context::<AppState>();
    move || {
        app.model
            .with(|m| m.offline_ready)
            .then(|| view! { <p class="offline">"Lumbar works offline on this device."</p> })
    }
}
