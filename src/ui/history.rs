use leptos::prelude::*;

use crate::domain::calendar::{format_days, local_day};
use crate::domain::history::{session_line, summarize, Summary};
use crate::model::Event;
use crate::platform::clock;
use crate::ui::month_calendar::MonthCalendar;
use crate::ui::pain_chart::PainChartView;
use crate::ui::state::AppState;

/// Sessions listed under the chart; the calendar covers the rest.
const RECENT: usize = 10;

/// Streaks and totals, the month calendar, the pain chart and the latest sessions.
#[component]
pub fn History() -> impl IntoView {
    let app = expect_context::<AppState>();
    let today = local_day(clock::now_ms(), clock::utc_offset_min());
    let stat = move |label: &'static str, value: fn(&Summary) -> String| {
        view! {
            <div class="stat">
                <dt>{label}</dt>
                <dd>{move || app.with_progress(|p| value(&summarize(&p.history, today)))}</dd>
            </div>
        }
    };
    let recent = move || {
        app.with_progress(|p| {
            p.history
                .iter()
                .rev()
                .take(RECENT)
                .map(session_line)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="history" aria-labelledby="history-title">
            <button class="ghost back" on:click=move |_| app.dispatch(Event::CloseHistory)>
                "‹ Home"
            </button>
            <h1 id="history-title">"Your history"</h1>
            <dl class="stats">
                {stat("Current streak", |s| format_days(s.current_streak))}
                {stat("Best streak", |s| format_days(s.best_streak))}
                {stat("Sessions", |s| format!("{} ({} completed)", s.sessions, s.completed))}
                {stat("Time exercising", |s| format!("{} min", s.active_minutes))}
            </dl>
            <MonthCalendar today=today/>
            <PainChartView/>
            <h2>"Latest sessions"</h2>
            <ul class="sessions" data-testid="recent-sessions">
                {move || {
                    let mut lines = recent();
                    if lines.is_empty() {
                        lines.push("None yet. Your sessions will show here.".into());
                    }
                    lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view().into_any()
                }}
            </ul>
        </section>
    }
}
