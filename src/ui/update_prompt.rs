use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::Screen;
use crate::platform::service_worker;
use crate::ui::state::AppState;

/// "New version — reload", offered only outside a session so an update never interrupts one.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let app = expect_context::<AppState>();
    // A memo, so moving between other screens does not build the prompt again (it is a
    // status: a screen reader would announce it again).
    let shown = Memo::new(move |_| {
        app.model
            .with(|m| m.update_ready && m.screen != Screen::Session)
    });
    move || {
        shown.get().then(|| {
            view! {
                <div class="update" role="status">
                    <p>"A new version of Lumbar is ready."</p>
                    <button
                        class="primary"
                        on:click=move |_| spawn_local(service_worker::activate_update())
                    >
                        "Reload"
                    </button>
                </div>
            }
        })
    }
}
