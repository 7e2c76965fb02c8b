use leptos::prelude::*;

use crate::domain::calendar::{format_day, local_day};
use crate::domain::red_flags::{self, Screening, DOCTOR_CHECKED, RED_FLAGS, WHY_WE_ASK};
use crate::model::Event;
use crate::platform::clock;
use crate::ui::state::AppState;

/// The warning signs that need a doctor before this routine: asked after the safety screen,
/// before the first session and every 90 days, and changeable from the home screen.
#[component]
pub fn ScreeningScreen() -> impl IntoView {
    let app = expect_context::<AppState>();
    let now = clock::now_ms();
    // Answers that keep the routine locked show what to do, until the person changes them.
    let changing = RwSignal::new(false);
    // The ids ticked "yes", starting from the last answers. Kept here, not in the questions:
    // they are built again whenever the app changes (the service worker's news, a save), and
    // what has been ticked must survive that.
    let ticked = RwSignal::new(app.with_progress_untracked(|p| {
        p.screening
            .as_ref()
            .map(|s| s.yes.clone())
            .unwrap_or_default()
    }));
    let locked = move || {
        app.with_progress(|p| {
            p.screening
                .clone()
                .filter(|s| !red_flags::due(Some(s), now) && !s.clears_routine())
        })
    };
    move || match locked().filter(|_| !changing.get()) {
        Some(screening) => view! { <Advice screening=screening changing=changing/> }.into_any(),
        None => view! { <Questions ticked=ticked/> }.into_any(),
    }
}

#[component]
fn Questions(ticked: RwSignal<Vec<String>>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let questions = RED_FLAGS
        .iter()
        .map(|flag| {
            let on = move || ticked.with(|t| t.iter().any(|id| id == flag.id));
            view! {
                <li>
                    <label class="flag">
                        <input
                            type="checkbox"
                            prop:checked=on
                            on:change=move |_| ticked.update(|t| match t.iter().position(|id| id == flag.id) {
                                Some(at) => {
                                    t.remove(at);
                                }
                                None => t.push(flag.id.into()),
                            })
                        />
                        <span>{flag.question}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="screening" aria-labelledby="screening-title">
            <h1 id="screening-title">"Warning signs to check first"</h1>
            <p class="why">{WHY_WE_ASK}</p>
            <fieldset>
                <legend>"Tick any that are true for you now"</legend>
                <ul class="flags">{questions}</ul>
            </fieldset>
            <button
                class="primary big"
                on:click=move |_| app.dispatch(Event::AnswerScreening(ticked.get_untracked()))
            >
                {move || String::from(if ticked.with(Vec::is_empty) { "None of these apply to me" } else { "Continue" })}
            </button>
            <div class="data-actions">
                <button class="ghost" on:click=move |_| app.dispatch(Event::CloseScreening)>
                    "Not now"
                </button>
            </div>
        </section>
    }
}

/// What to do about the signs reported, graded as the NHS grades them.
#[component]
fn Advice(screening: Screening, changing: RwSignal<bool>) -> impl IntoView {
    let app = expect_context::<AppState>();
    let urgency = screening
        .worst()
        .unwrap_or(red_flags::Urgency::SeeDoctorFirst);
    let answered = format_day(local_day(screening.answered_at_ms, clock::utc_offset_min()));
    let reported = RED_FLAGS
        .iter()
        .filter(|flag| screening.yes.iter().any(|id| id == flag.id))
        .map(|flag| view! { <li>{flag.question}</li> })
        .collect_view();
    view! {
        <section class="screening" aria-labelledby="advice-title">
            <div class="urgent" role="note">
                <h1 id="advice-title">{urgency.title()}</h1>
                <p>{urgency.advice()}</p>
            </div>
            <h2>{format!("What you told Lumbar on {answered}")}</h2>
            <ul class="reported">{reported}</ul>
            <button class="primary big" on:click=move |_| app.dispatch(Event::ConfirmDoctorChecked)>
                {DOCTOR_CHECKED}
            </button>
            <div class="data-actions">
                <button class="ghost" on:click=move |_| changing.set(true)>"Change my answers"</button>
                <button class="ghost" on:click=move |_| app.dispatch(Event::CloseScreening)>"Home"</button>
            </div>
        </section>
    }
}
