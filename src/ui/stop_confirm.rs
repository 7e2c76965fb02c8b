use leptos::prelude::*;

use crate::model::{Event, SessionCommand};
use crate::ui::state::AppState;
use crate::ui::ticker::Ticker;

/// Asks before ending a session. The player pauses before showing it; "Keep going" resumes
/// only if the session was running when the user tapped Stop.
#[component]
pub fn StopConfirm(
    ticker: Ticker,
    was_running: bool,
    closed: RwSignal<Option<bool>>,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let keep_going = move |_| {
        if was_running {
            ticker.run(SessionCommand::Resume);
        }
        closed.set(None);
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
                    <button class="danger" on:click=move |_| app.dispatch(Event::Stop)>
                        "End session"
                    </button>
                </div>
            </div>
        </div>
    }
}
