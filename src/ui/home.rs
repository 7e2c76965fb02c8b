use leptos::prelude::*;

use crate::domain::calendar::{format_day, format_days, format_duration, local_day};
use crate::domain::plan::Plan;
use crate::domain::routine::Exercise;
use crate::model::Event;
use crate::platform::{clock, service_worker};
use crate::ui::coach_settings::CoachSettings;
use crate::ui::offline_status::OfflineStatus;
use crate::ui::reminders::Reminders;
use crate::ui::routine_settings::RoutineSettings;
use crate::ui::state::AppState;
use crate::ui::your_data::YourData;

#[component]
pub fn Home() -> impl IntoView {
    let app = expect_context::<AppState>();
    let routine = move || app.with_progress(|p| p.routine);
    let minutes = move || Plan::for_routine(&routine()).approx_minutes();
    let streak =
        move || app.with_progress(|p| p.current_streak(clock::now_ms(), clock::utc_offset_min()));
    let last = move || {
        app.with_progress(|p| {
            p.last_session().map(|r| {
                format!(
                    "{} · {} · {}",
                    format_day(r.local_day()),
                    format_duration(r.active_ms),
                    r.outcome_label()
                )
            })
        })
    };

    let screening_line = move || {
        app.with_progress(|p| match &p.screening {
            Some(s) => format!(
                "Warning signs: checked {}",
                format_day(local_day(s.answered_at_ms, clock::utc_offset_min()))
            ),
            None => "Check the warning signs".into(),
        })
    };
    view! {
        <section class="home" aria-labelledby="home-title">
            <header class="home-header">
                <p class="brand">"Lumbar"</p>
                <h1 id="home-title">"Lower-back routine"</h1>
                <p class="home-summary">{move || format!("2 exercises · about {} minutes", minutes())}</p>
            </header>
            <ol class="exercise-list">
                {[Exercise::WarmUp, Exercise::WallSlides, Exercise::LegRaise]
                    .into_iter()
                    .map(|exercise| {
                        view! {
                            <li class="exercise-card">
                                <h2>{exercise.name()}</h2>
                                <p>{move || exercise.summary(&routine())}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <button class="primary big start" on:click=move |_| app.dispatch(Event::OpenCheckIn)>
                "Start"
            </button>
            <CoachSettings/>
            <dl class="stats">
                <div class="stat">
                    <dt>"Current streak"</dt>
                    <dd data-testid="streak">
                        {move || format_days(streak())}
                    </dd>
                </div>
                <div class="stat">
                    <dt>"Last session"</dt>
                    <dd data-testid="last-session">
                        {move || last().unwrap_or_else(|| "None yet".into())}
                    </dd>
                </div>
            </dl>
            <nav class="home-links" aria-label="More">
                <button class="history-link" on:click=move |_| app.dispatch(Event::OpenHistory)>
                    "See your history"
                </button>
                <button class="history-link" on:click=move |_| app.dispatch(Event::OpenLessons)>
                    "Learn about back pain"
                </button>
                <button class="history-link" on:click=move |_| app.dispatch(Event::OpenSummary)>
                    "Summary for your doctor or physio"
                </button>
                <button class="history-link" on:click=move |_| app.dispatch(Event::OpenScreening)>
                    {screening_line}
                </button>
            </nav>
            <RoutineSettings/>
            <Reminders/>
            <YourData/>
            <p class="reminder">"Stop if the pain gets worse, and talk to your doctor."</p>
            <OfflineStatus/>
            <p class="version">
                {service_worker::build_version().map(|v| format!("Version {v}"))}
            </p>
        </section>
    }
}
