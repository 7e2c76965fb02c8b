use leptos::prelude::*;

use crate::domain::history::PainChart;
use crate::ui::state::AppState;

/// Sessions shown in the chart: a month of daily sessions reads well on a phone.
const CHART_SESSIONS: usize = 30;

/// Pain before and after each session, drawn by the domain as SVG (`PainChart::svg`, which
/// the clinician's summary prints too).
#[component]
pub fn PainChartView() -> impl IntoView {
    let app = expect_context::<AppState>();
    move || {
        match app.with_progress(|p| PainChart::of(&p.history, CHART_SESSIONS)) {
        Some(chart) => view! { <div inner_html=chart.svg()></div> }.into_any(),
        None => view! {
            <p class="muted chart-empty">
                "Answer \u{201c}How is your back?\u{201d} before and after a session to see your pain over time here."
            </p>
        }
        .into_any(),
    }
    }
}
