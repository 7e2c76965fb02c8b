use leptos::prelude::*;

use crate::domain::progress::Settings;
use crate::ui::state::AppState;

/// The sound and voice switches, remembered with the rest of the progress.
#[component]
pub fn CoachSettings() -> impl IntoView {
    let app = expect_context::<AppState>();
    let switch =
        |label: &'static str, hint: &'static str, field: fn(&mut Settings) -> &mut bool| {
            let on = move || app.progress.with(|p| *field(&mut p.settings.clone()));
            view! {
                <label class="switch">
                    <span class="switch-text">
                        <span class="switch-label">{label}</span>
                        <span class="switch-hint">{hint}</span>
                    </span>
                    <input
                        type="checkbox"
                        role="switch"
                        prop:checked=on
                        on:change=move |_| app.change_settings(|s| *field(s) = !*field(s))
                    />
                </label>
            }
        };
    view! {
        <fieldset class="coach-settings">
            <legend>"Coaching"</legend>
            {switch("Sound", "Beeps for holds and the last 3 seconds", |s| &mut s.sound)}
            {switch("Voice", "Says each step and counts down", |s| &mut s.voice)}
        </fieldset>
    }
}
