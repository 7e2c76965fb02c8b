use leptos::prelude::*;

use crate::domain::pose::Pose;
use crate::domain::routine::Side;
use crate::domain::session::Snapshot;
use crate::model::{Event, SessionCommand};
use crate::platform::wake_lock::WakeStatus;
use crate::platform::{clock, cues, keys};
use crate::ui::countdown::Countdown;
use crate::ui::figure::Figure;
use crate::ui::ring::RingSpan;
use crate::ui::state::AppState;
use crate::ui::stop_confirm::StopConfirm;
use crate::ui::ticker::Ticker;

/// The coach: a picture of the position, what to do now, a big countdown, what comes next,
/// and the controls.
#[component]
pub fn Player() -> impl IntoView {
    let app = expect_context::<AppState>();
    let ticker = Ticker::mount(app);
    let snapshot = Memo::new(move |_| {
        let now = ticker.now.get();
        app.with_progress(|progress| {
            app.plan.with(|plan| match (&progress.active, plan) {
                (Some(session), Some(plan)) => session.snapshot(plan, now),
                _ => None,
            })
        })
    });
    let text = move |f: fn(&Snapshot) -> String| {
        move || snapshot.with(|s| s.as_ref().map(f).unwrap_or_default())
    };
    let step = Memo::new(move |_| snapshot.with(|s| s.as_ref().map(|s| (s.step, s.step_number))));
    let paused = Memo::new(move |_| snapshot.with(|s| s.as_ref().is_some_and(|s| s.paused)));
    let is_hold = move || step.with(|s| s.is_some_and(|(step, _)| step.is_hold()));
    let side = move || step.with(|s| s.and_then(|(step, _)| step.side));
    let pose = move || step.with(|s| s.map_or(Pose::Standing, |(step, _)| step.pose()));

    // The ring is drawn again when a step starts, pauses or resumes, never per tick.
    let ring_moment = Memo::new(move |_| {
        app.with_progress(|p| p.active.as_ref().map(|s| (s.step_index, s.clock)))
    });
    let ring = move || {
        // Read, not only tracked: a memo hears of changes once it has been computed.
        let _moment = ring_moment.get();
        let now = clock::now_ms();
        app.with_progress_untracked(|p| {
            app.plan.with_untracked(|plan| match (&p.active, plan) {
                (Some(session), Some(plan)) => session.snapshot(plan, now),
                _ => None,
            })
        })
        .map(|s| RingSpan {
            step_number: s.step_number,
            step_ms: s.step.duration_ms(),
            left_ms: s.remaining_ms,
            running: !s.paused,
        })
        .unwrap_or_default()
    };

    let wake_status = app.wake_status;
    // A tap anywhere is the user activation that a refused wake lock and a locked audio
    // context wait for (WebKit after a reload mid-session, iOS after a call).
    let retake_on_tap = move || {
        cues::unlock();
        app.retake_wake_lock();
    };
    let toggle_pause = move || ticker.run(SessionCommand::TogglePause);
    let space = StoredValue::new_local(keys::on_space(toggle_pause));
    on_cleanup(move || {
        space.try_update_value(|space| space.take());
    });

    // Some(was_running) while the stop dialog is open; the clock waits while the user decides.
    let confirming = RwSignal::new(None::<bool>);
    let ask_to_stop = move |_| {
        let was_running = !paused.get_untracked();
        ticker.run(SessionCommand::Pause);
        confirming.set(Some(was_running));
    };
    let announcement = move || {
        step.with(|s| {
            s.map(|(step, _)| match step.position_label() {
                Some(at) => format!("{}. {at}. {}", step.title(), step.instruction()),
                None => format!("{}. {}", step.title(), step.instruction()),
            })
            .unwrap_or_default()
        })
    };

    view! {
        <section
            class="player"
            class:hold=is_hold
            class:paused=move || paused.get()
            aria-label="Exercise coach"
            on:click=move |_| retake_on_tap()
        >
            <p class="visually-hidden" aria-live="polite">{announcement}</p>
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
            <p class="position">
                {move || match (side(), step.get().and_then(|(step, _)| step.count)) {
                    (Some(side), Some(count)) => {
                        view! {
                            <span class="side">{capitalised_leg(side)}</span>
                            {format!(" — round {} of {}", count.number, count.of)}
                        }
                            .into_any()
                    }
                    _ => text(|s| s.step.position_label().unwrap_or_default())().into_any(),
                }}
            </p>
            <Figure pose=pose/>
            <h1 class="phase">{text(|s| s.step.title().into())}</h1>
            <Countdown
                seconds=move || snapshot.with(|s| s.as_ref().map_or(0, Snapshot::seconds_left))
                ring=ring
            />
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
            <p class="wake" class:warn=move || matches!(wake_status.get(), WakeStatus::Unsupported | WakeStatus::Refused)>
                {move || String::from(match wake_status.get() {
                    WakeStatus::Held => "Screen stays on",
                    WakeStatus::Off => "",
                    WakeStatus::Unsupported => "This browser can't keep the screen on: set a longer screen timeout for the session.",
                    WakeStatus::Refused => "The screen may turn off: tap anywhere here to keep it on.",
                })}
            </p>
            <nav class="controls" aria-label="Session controls">
                <button class="control" on:click=move |_| ticker.run(SessionCommand::Back)>
                    "Back"
                </button>
                <button class="control primary" aria-keyshortcuts="Space" on:click=move |_| toggle_pause()>
                    {move || String::from(if paused.get() { "Resume" } else { "Pause" })}
                </button>
                <button class="control" on:click=move |_| ticker.run(SessionCommand::Skip)>
                    "Skip"
                </button>
            </nav>
            <button class="danger hurts" on:click=move |_| app.dispatch(Event::StopForPain)>
                "Stop — this hurts"
            </button>
            {move || {
                confirming
                    .get()
                    .map(|was_running| {
                        view! { <StopConfirm ticker=ticker was_running=was_running closed=confirming/> }
                    })
                    .into_any()
            }}
        </section>
    }
}

fn capitalised_leg(side: Side) -> &'static str {
    match side {
        Side::Right => "Right leg",
        Side::Left => "Left leg",
    }
}
