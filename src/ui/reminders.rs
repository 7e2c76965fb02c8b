use leptos::prelude::*;

use crate::domain::calendar::local_day;
use crate::domain::plan::Plan;
use crate::domain::reminder::{Reminder, WEEKDAY_NAMES};
use crate::platform::{clock, files};
use crate::ui::result_line::ResultLine;
use crate::ui::state::AppState;

/// Days and a time, turned into a calendar file the phone's own calendar reminds from.
#[component]
pub fn Reminders() -> impl IntoView {
    let app = expect_context::<AppState>();
    let reminder = RwSignal::new(Reminder::default());
    let message = RwSignal::new(None::<(bool, String)>);
    let download = move |_| {
        let now = clock::now_ms();
        let minutes =
            app.with_progress_untracked(|p| Plan::for_routine(&p.routine).approx_minutes());
        let ics =
            reminder
                .get_untracked()
                .to_ics(local_day(now, clock::utc_offset_min()), now, minutes);
        message.set(Some(
            match ics
                .and_then(|text| files::download("lumbar-reminder.ics", "text/calendar", &text))
            {
                Ok(()) => (
                    true,
                    "Open the downloaded file to add the reminder to your calendar.".into(),
                ),
                Err(why) => (false, why),
            },
        ));
    };
    view! {
        <details class="panel reminders">
            <summary>"Reminders"</summary>
            <p class="muted">"Your phone's calendar reminds you; Lumbar needs no connection for it."</p>
            <fieldset class="chips-field">
                <legend>"Days"</legend>
                <div class="chips">
                    {(0..7)
                        .map(|day| view! {
                            <label class="chip">
                                <input
                                    type="checkbox"
                                    class="visually-hidden"
                                    prop:checked=move || reminder.with(|r| r.days[day])
                                    on:change=move |_| reminder.update(|r| r.days[day] = !r.days[day])
                                />
                                <span>{WEEKDAY_NAMES[day]}</span>
                            </label>
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <label class="knob">
                <span>"Time"</span>
                <input
                    type="time"
                    prop:value=move || reminder.with(Reminder::time_text)
                    on:change=move |e| {
                        if let Some(next) = reminder.get_untracked().with_time(&event_target_value(&e)) {
                            reminder.set(next);
                        }
                    }
                />
            </label>
            <button on:click=download>"Download calendar reminder"</button>
            <ResultLine message=message/>
        </details>
    }
}
