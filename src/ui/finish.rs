use leptos::prelude::*;

use crate::domain::calendar::{format_days, format_duration};
use crate::domain::lessons;
use crate::domain::records::Outcome;
use crate::domain::red_flags::{Urgency, EMERGENCY_ADVICE, RED_FLAGS};
use crate::model::Event;
use crate::platform::clock;
use crate::ui::after_check_in::AfterCheckIn;
use crate::ui::routine_change_note::RoutineChangeNote;
use crate::ui::state::AppState;

#[component]
pub fn Finish() -> impl IntoView {
    let app = expect_context::<AppState>();
    let Some(record) = app
        .model
        .with_untracked(|m| m.finished().map(|f| f.record.clone()))
    else {
        return ().into_any();
    };
    let streak =
        app.with_progress_untracked(|p| p.current_streak(clock::now_ms(), clock::utc_offset_min()));
    let next_lesson = app.with_progress_untracked(|p| lessons::next_unread(&p.lessons_read));
    if record.stopped_for_pain {
        return view! { <PainAdvice/> }.into_any();
    }
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
            <AfterCheckIn/>
            {next_lesson.map(|lesson| view! {
                <div class="lesson-offer">
                    <p>"A short read for today"</p>
                    <button on:click=move |_| app.dispatch(Event::OpenLesson(lesson.id))>
                        {lesson.title}
                    </button>
                </div>
            })}
            <button class="primary big" on:click=move |_| app.dispatch(Event::DismissFinish)>
                "Done"
            </button>
        </section>
    }
    .into_any()
}

/// After "Stop — this hurts": the seed's advice, and the signs that need help at once (the
/// warning-sign questions the NHS grades as 999 or A&E).
#[component]
fn PainAdvice() -> impl IntoView {
    let app = expect_context::<AppState>();
    view! {
        <section class="finish pain" aria-labelledby="pain-title">
            <h1 id="pain-title">"Stop here for today"</h1>
            <p class="finish-line">
                "You were right to stop. Rest in a position that feels comfortable, and talk to your doctor before you do these exercises again."
            </p>
            <div class="urgent" role="note" aria-labelledby="urgent-title">
                <h2 id="urgent-title">"Get medical help now if the answer to any of these is yes"</h2>
                <ul>
                    {RED_FLAGS
                        .iter()
                        .filter(|flag| flag.urgency == Urgency::Emergency)
                        .map(|flag| view! { <li>{flag.question}</li> })
                        .collect_view()}
                </ul>
                <p>{EMERGENCY_ADVICE}</p>
            </div>
            <RoutineChangeNote/>
            <button class="primary big" on:click=move |_| app.dispatch(Event::DismissFinish)>
                "Done"
            </button>
        </section>
    }
}
