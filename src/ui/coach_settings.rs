use leptos::prelude::*;

use crate::domain::records::Settings;
use crate::model::Event;
use crate::ui::state::AppState;

/// The sound, voice and flash switches, remembered with the rest of the progress. Where the
/// device has no voice, the voice switch says that tones coach instead.
#[component]
pub fn CoachSettings() -> impl IntoView {
    let app = expect_context::<AppState>();
    let has_voice = Memo::new(move |_| app.model.with(|m| m.voice));
    let switch =
        |label: &'static str, hint: Signal<&'static str>, field: fn(&mut Settings) -> &mut bool| {
            let on = move || app.with_progress(|p| *field(&mut p.settings.clone()));
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
                        on:change=move |_| {
                            let mut settings = app.with_progress_untracked(|p| p.settings);
                            *field(&mut settings) = !*field(&mut settings);
                            app.dispatch(Event::ChangeSettings(settings));
                        }
                    />
                </label>
            }
        };
    let voice_hint = Signal::derive(move || {
        if has_voice.get() {
            "Says each step and counts down"
        } else {
            "No voice on this device: tones coach instead"
        }
    });
    view! {
        <fieldset class="coach-settings">
            <legend>"Coaching"</legend>
            {switch("Sound", Signal::stored("Beeps for holds and the last 3 seconds"), |s| &mut s.sound)}
            {switch("Voice", voice_hint, |s| &mut s.voice)}
            {switch(
                "Flash the screen",
                Signal::stored("A brief flash as each hold starts and ends"),
                |s| &mut s.flash,
            )}
        </fieldset>
    }
}
