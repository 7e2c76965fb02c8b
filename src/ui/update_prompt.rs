use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::platform::service_worker;
use crate::ui::state::{AppState, Screen};

/// "New version — reload", offered only outside a session so an update never interrupts one.
#[component]
pub fn UpdatePrompt(screen: Memo<Screen>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let shown = move || app.update_ready.get() && screen.get() != Screen::Player;
    view! {
        <Show when=shown>
            <div class="update" role="status">
                <p>"A new version of Lumbar is ready."</p>
                <button
                    class="primary"
                    on:click=move |_| spawn_local(service_worker::activate_update())
                >
                    "Reload"
                </button>
            </div>
        </Show>
    }
}
