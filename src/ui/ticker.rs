//! Drives the session with browser timers: one timeout at a time, set for the moment the
//! displayed second changes, and none at all while paused, finished or hidden. A hidden page
//! gets its timers held back by the browser anyway; sleeping spares the battery, and the
//! first tick after the page is shown again catches up with the clock.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::domain::cue::Cue;
use crate::domain::plan::Plan;
use crate::domain::session::Session;
use crate::platform::{clock, visibility};
use crate::ui::state::AppState;

#[derive(Clone, Copy)]
pub struct Ticker {
    app: AppState,
    /// The time the player renders; moves only when the ticker runs.
    pub now: RwSignal<i64>,
    last_tick: StoredValue<i64>,
    wake: StoredValue<Option<Timeout>, LocalStorage>,
}

impl Ticker {
    /// Starts ticking for the current component; timers and listeners end with it.
    pub fn mount(app: AppState) -> Ticker {
        let now = clock::now_ms();
        let ticker = Ticker {
            app,
            now: RwSignal::new(now),
            last_tick: StoredValue::new(now),
            wake: StoredValue::new_local(None),
        };
        let watch = StoredValue::new_local(visibility::on_change(move |visible| {
            if visible {
                ticker.tick();
            } else {
                ticker.sleep();
            }
        }));
        on_cleanup(move || {
            ticker.sleep();
            watch.try_update_value(|watch| watch.take());
        });
        ticker.tick();
        ticker
    }

    pub fn tick(self) {
        self.run(|_, _, _| Vec::new());
    }

    /// Brings the session up to now, then applies a user's command (pause, skip…). A plain
    /// function, not a closure type: one copy of this and of `change_session` in the wasm
    /// instead of one per button.
    pub fn run(self, command: fn(&mut Session, &Plan, i64) -> Vec<Cue>) {
        let Some(since) = self.last_tick.try_get_value() else {
            return;
        };
        let now = clock::now_ms();
        self.last_tick.set_value(now);
        let due = self.app.change_session(now, |session, plan| {
            let mut due = session.advance(plan, since, now);
            due.extend(command(session, plan, now));
            due
        });
        self.now.try_set(now);
        // The next wake-up is set before any cue plays: whatever an output does, the
        // countdown goes on.
        self.schedule(now);
        self.app.coach(&due);
    }

    fn sleep(self) {
        self.wake.try_update_value(|wake| wake.take());
    }

    fn schedule(self, now: i64) {
        if visibility::is_hidden() {
            self.sleep();
            return;
        }
        let delay = self.app.progress.with_untracked(|p| {
            p.active
                .as_ref()
                .and_then(|session| session.next_wake_in_ms(now))
        });
        // Replacing the old timeout drops it, which clears it.
        self.wake.try_update_value(|wake| {
            *wake = delay.map(|ms| Timeout::new(ms, move || self.tick()));
        });
    }
}
