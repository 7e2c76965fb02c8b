use leptos::prelude::*;

use crate::platform::clock;
use crate::ui::state::AppState;
use crate::ui::ticker::Ticker;

/// Asks before ending a session. The clock waits while the user decides.
#[component]
pub fn StopConfirm(ticker: Ticker, confirming: RwSignal<bool>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let was_running = app
        .progress
        .with_untracked(|p| p.active.as_ref().is_some_and(|s| !s.is_paused()));
    ticker.run(|s, p, now| {
        s.pause(p, now);
        Vec::new()
    });
    let keep_going = move |_| {
        if was_running {
            ticker.run(|s, _, now| {
                s.resume(now);
                Vec::new()
            });
        }
        confirming.set(false);
    };
    view! {
        <div class="dialog-backdrop">
            <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="stop-title">
                <h2 id="stop-title">"End this session?"</h2>
                <p>"What you have done so far is kept in your history."</p>
                <div class="dialog-actions">
                    <button class="primary" on:click=keep_going>
                        "Keep going"
                    </button>
                    <button class="danger" on:click=move |_| app.stop(clock::now_ms())>
                        "End session"
                    </button>
                </div>
            </div>
        </div>
    }
}
