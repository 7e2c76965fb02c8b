//! Drives the session with browser timers: one timeout at a time, set for the moment the
//! displayed second changes, and none at all while paused, finished or hidden. A hidden page
//! gets its timers held back by the browser anyway; sleeping spares the battery, and the
//! first tick after the page is shown again catches up with the clock.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::model::{Event, SessionCommand};
use crate::platform::{clock, visibility};
use crate::ui::state::AppState;

#[derive(Clone, Copy)]
pub struct Ticker {
    app: AppState,
    /// The time the player renders; moves only when the ticker runs.
    pub now: RwSignal<i64>,
    wake: StoredValue<Option<Timeout>, LocalStorage>,
}

impl Ticker {
    /// Starts ticking for the current component; timers and listeners end with it.
    pub fn mount(app: AppState) -> Ticker {
        let ticker = Ticker {
            app,
            now: RwSignal::new(clock::now_ms()),
            wake: StoredValue::new_local(None),
        };
        let watch = StoredValue::new_local(visibility::on_change(move |visible| {
            ticker.handle(if visible {
                Event::PageShown
            } else {
                Event::PageHidden
            });
        }));
        on_cleanup(move || {
            ticker.sleep();
            watch.try_update_value(|watch| watch.take());
        });
        ticker.run(SessionCommand::Tick);
        ticker
    }

    /// Brings the session up to now, then applies a user's command (pause, skip…).
    pub fn run(self, command: SessionCommand) {
        self.handle(Event::Session(command));
    }

    /// Runs `event` through the model, sets the next wake-up (none while hidden), and carries
    /// out the effects.
    fn handle(self, event: Event) {
        if self.wake.try_with_value(|_| ()).is_none() {
            return;
        }
        let now = clock::now();
        let effects = self.app.apply(event, now);
        self.now.try_set(now.ms);
        // The next wake-up is set before any cue plays: whatever an output does, the
        // countdown goes on.
        self.schedule(now.ms);
        self.app.carry_out(effects);
    }

    fn sleep(self) {
        self.wake.try_update_value(|wake| wake.take());
    }

    fn schedule(self, now: i64) {
        if visibility::is_hidden() {
            self.sleep();
            return;
        }
        let delay = self.app.with_progress_untracked(|p| {
            p.active
                .as_ref()
                .and_then(|session| session.next_wake_in_ms(now))
        });
        // Replacing the old timeout drops it, which clears it.
        self.wake.try_update_value(|wake| {
            *wake = delay.map(|ms| Timeout::new(ms, move || self.run(SessionCommand::Tick)));
        });
    }
}
