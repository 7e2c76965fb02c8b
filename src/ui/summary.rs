use leptos::prelude::*;

use crate::domain::calendar::local_day;
use crate::domain::clinician_document;
use crate::model::Event;
use crate::platform::clock;
use crate::ui::state::AppState;

/// A page for a doctor or physiotherapist, made for printing (the document itself is built
/// in the domain: `clinician_document`).
#[component]
pub fn Summary() -> impl IntoView {
    let app = expect_context::<AppState>();
    let offset = clock::utc_offset_min();
    let today = local_day(clock::now_ms(), offset);
    let document = app.with_progress_untracked(|p| clinician_document::document(p, today, offset));
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            // A browser without a print dialog leaves the page as it is.
            let _ = window.print();
        }
    };
    view! {
        <section class="summary" aria-labelledby="summary-title">
            <div class="no-print data-actions">
                <button class="ghost back" on:click=move |_| app.dispatch(Event::CloseSummary)>"‹ Home"</button>
                <button class="primary" on:click=print>"Print or save as PDF"</button>
            </div>
            <h1 id="summary-title">"Lower-back exercise: summary for your clinician"</h1>
            <div inner_html=document></div>
        </section>
    }
}
