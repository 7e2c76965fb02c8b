use leptos::prelude::*;

use crate::domain::history::{pain_y, PainChart, CHART_HEIGHT, CHART_WIDTH};
use crate::ui::state::AppState;

/// Sessions shown in the chart: a month of daily sessions reads well on a phone.
const CHART_SESSIONS: usize = 30;

/// Pain before and after each session, drawn by the app as SVG.
#[component]
pub fn PainChartView() -> impl IntoView {
    let app = expect_context::<AppState>();
    let view_box = format!("0 0 {CHART_WIDTH} {CHART_HEIGHT}");
    move || {
        let Some(chart) = app.with_progress(|p| PainChart::of(&p.history, CHART_SESSIONS)) else {
            return view! {
                <p class="muted chart-empty">
                    "Answer \u{201c}How is your back?\u{201d} before and after a session to see your pain over time here."
                </p>
            }
            .into_any();
        };
        let describe = |points: &[(u32, u8)]| match (points.first(), points.last()) {
            (Some(first), Some(last)) => format!("from {} to {}", first.1, last.1),
            _ => "not answered".into(),
        };
        let label = format!(
            "Pain over your last {} sessions with answers, {} to {}: before, {}; after, {}.",
            chart.sessions,
            chart.first_day,
            chart.last_day,
            describe(&chart.before),
            describe(&chart.after)
        );
        let grid: String = [0, 5, 10]
            .iter()
            .map(|pain| format!("M24 {y}H292", y = pain_y(*pain)))
            .collect();
        view! {
            <figure class="chart">
                <figcaption>
                    <h2>"Pain before and after"</h2>
                    <span class="key before"></span>" before "
                    <span class="key after"></span>" after"
                </figcaption>
                <svg viewBox=view_box.clone() role="img" aria-label=label data-testid="pain-chart">
                    <path class="grid" d=grid/>
                    <text x="18" y=pain_y(10) + 4>"10"</text>
                    <text x="18" y=pain_y(5) + 4>"5"</text>
                    <text x="18" y=pain_y(0) + 4>"0"</text>
                    <path class="line before" d=PainChart::path(&chart.before)/>
                    <path class="dots before" d=PainChart::dots(&chart.before)/>
                    <path class="line after" d=PainChart::path(&chart.after)/>
                    <path class="dots after" d=PainChart::dots(&chart.after)/>
                </svg>
                <p class="chart-range muted">
                    <span>{chart.first_day.clone()}</span>
                    <span>{chart.last_day.clone()}</span>
                </p>
            </figure>
        }
        .into_any()
    }
}
