use leptos::prelude::*;

use crate::domain::calendar::format_countdown;
use crate::domain::plan::Plan;
use crate::domain::session::Snapshot;
use crate::ui::state::AppState;
use crate::ui::stop_confirm::StopConfirm;
use crate::ui::ticker::Ticker;

/// The coach: what to do now, a big countdown, what comes next, and the controls.
#[component]
pub fn Player() -> impl IntoView {
    let app = expect_context::<AppState>();
    let ticker = Ticker::mount(app);
    let session = Memo::new(move |_| app.progress.with(|p| p.active.clone()));
    let plan =
        Memo::new(move |_| session.with(|s| s.as_ref().map(|s| Plan::for_routine(&s.routine))));
    let snapshot = Memo::new(move |_| {
        let now = ticker.now.get();
        session.with(|session| {
            plan.with(|plan| match (session, plan) {
                (Some(session), Some(plan)) => session.snapshot(plan, now),
                _ => None,
            })
        })
    });
    let text = move |f: fn(&Snapshot) -> String| {
        move || snapshot.with(|s| s.as_ref().map(f).unwrap_or_default())
    };
    let paused = move || snapshot.with(|s| s.as_ref().is_some_and(|s| s.paused));
    let is_hold = move || snapshot.with(|s| s.as_ref().is_some_and(|s| s.step.is_hold()));
    // Some(was_running) while the stop dialog is open; the clock waits while the user decides.
    let confirming = RwSignal::new(None::<bool>);
    let ask_to_stop = move |_| {
        let was_running = !paused();
        ticker.run(|s, p, now| {
            s.pause(p, now);
            Vec::new()
        });
        confirming.set(Some(was_running));
    };

    view! {
        <section class="player" class:hold=is_hold class:paused=paused aria-label="Exercise coach">
            <header class="player-top">
                <div>
                    <p class="exercise-name">{text(|s| s.step.exercise.name().into())}</p>
                    <p class="step-count">
                        {text(|s| format!("Step {} of {}", s.step_number, s.steps_total))}
                    </p>
                </div>
                <button class="ghost" on:click=ask_to_stop>
                    "Stop"
                </button>
            </header>
            <p class="position">{text(|s| s.step.position_label().unwrap_or_default())}</p>
            <h1 class="phase" aria-live="polite">{text(|s| s.step.title().into())}</h1>
            <div class="count" role="timer" aria-label="Seconds left in this step">
                {text(|s| format_countdown(s.seconds_left()))}
            </div>
            <div class="step-bar" aria-hidden="true">
                <div
                    class="step-bar-fill"
                    style:transform=move || {
                        let left = snapshot.with(|s| s.as_ref().map_or(0.0, Snapshot::fraction_left));
                        format!("scaleX({left:.3})")
                    }
                ></div>
            </div>
            <p class="instruction">{text(|s| s.step.instruction())}</p>
            <p class="next">
                {text(|s| {
                    s.next
                        .map(|next| match next.position_label() {
                            Some(at) => format!("Next: {} · {at}", next.title()),
                            None => format!("Next: {}", next.title()),
                        })
                        .unwrap_or_else(|| "Last step".into())
                })}
            </p>
            <nav class="controls" aria-label="Session controls">
                <button class="control" on:click=move |_| ticker.run(|s, p, now| s.back(p, now))>
                    "Back"
                </button>
                <button
                    class="control primary"
                    on:click=move |_| {
                        ticker
                            .run(|s, p, now| {
                                if s.is_paused() { s.resume(now) } else { s.pause(p, now) }
                                Vec::new()
                            })
                    }
                >
                    {move || if paused() { "Resume" } else { "Pause" }}
                </button>
                <button class="control" on:click=move |_| ticker.run(|s, p, now| s.skip(p, now))>
                    "Skip"
                </button>
            </nav>
            {move || {
                confirming
                    .get()
                    .map(|was_running| {
                        view! { <StopConfirm ticker=ticker was_running=was_running closed=confirming/> }
                    })
            }}
        </section>
    }
}
