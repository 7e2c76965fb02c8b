use leptos::prelude::*;

use crate::domain::calendar::{format_days, format_duration};
use crate::domain::progress::Outcome;
use crate::platform::clock;
use crate::ui::state::AppState;

#[component]
pub fn Finish() -> impl IntoView {
    let app = expect_context::<AppState>();
    let Some(record) = app.finished.get_untracked() else {
        return ().into_any();
    };
    let streak = app
        .progress
        .with_untracked(|p| p.current_streak(clock::now_ms(), clock::utc_offset_min()));
    let (title, line) = match record.outcome {
        Outcome::Completed => ("Well done", "You finished the whole routine."),
        Outcome::Stopped => ("Session ended", "Stopped early — what you did is saved."),
    };
    view! {
        <section class="finish" aria-labelledby="finish-title">
            <h1 id="finish-title">{title}</h1>
            <p class="finish-line">{line}</p>
            <dl class="stats">
                <div class="stat">
                    <dt>"Time exercising"</dt>
                    <dd>{format_duration(record.active_ms)}</dd>
                </div>
                <div class="stat">
                    <dt>"Steps done"</dt>
                    <dd>{format!("{} of {}", record.steps_done, record.steps_total)}</dd>
                </div>
                <div class="stat">
                    <dt>"Current streak"</dt>
                    <dd data-testid="finish-streak">
                        {format_days(streak)}
                    </dd>
                </div>
            </dl>
            <button class="primary big" on:click=move |_| app.dismiss_finish()>
                "Done"
            </button>
        </section>
    }
    .into_any()
}
