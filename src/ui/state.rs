//! The app's shared state, handed to components through context. Every change of the
//! stored progress goes through here, so a save happens on transitions only.

use leptos::prelude::*;

use crate::domain::cue::Cue;
use crate::domain::plan::Plan;
use crate::domain::progress::{Outcome, Progress, SessionRecord, Settings};
use crate::domain::routine::Routine;
use crate::domain::session::Session;
use crate::platform::cues;
use crate::platform::storage::ProgressStore;

/// The storage adapter, for the few components that need more than saving (backups).
#[derive(Clone, Copy)]
pub struct Store(pub StoredValue<ProgressStore, LocalStorage>);

#[derive(Clone, Copy)]
pub struct AppState {
    pub progress: RwSignal<Progress>,
    /// Messages the user must see: storage trouble, recovered data.
    pub notices: RwSignal<Vec<String>>,
    /// The session that just ended, shown on the finish screen until dismissed.
    pub finished: RwSignal<Option<SessionRecord>>,
    /// A new version of the app is installed and waits for the user's go-ahead.
    pub update_ready: RwSignal<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Safety,
    Home,
    Player,
    Finish,
}

impl AppState {
    pub fn new(progress: Progress, notices: Vec<String>) -> Self {
        AppState {
            progress: RwSignal::new(progress),
            notices: RwSignal::new(notices),
            finished: RwSignal::new(None),
            update_ready: RwSignal::new(false),
        }
    }

    pub fn screen(&self) -> Screen {
        let (acknowledged, active) = self
            .progress
            .with(|p| (p.safety_acknowledged(), p.active.is_some()));
        match (acknowledged, active, self.finished.with(Option::is_some)) {
            (false, _, _) => Screen::Safety,
            (true, true, _) => Screen::Player,
            (true, false, true) => Screen::Finish,
            (true, false, false) => Screen::Home,
        }
    }

    /// Takes progress merged with another tab's, only if it adds something (no save loop).
    pub fn adopt(&self, merged: Progress) {
        if self.progress.with_untracked(|p| *p != merged) {
            self.progress.set(merged);
        }
    }

    pub fn notify(&self, message: String) {
        self.notices.update(|notices| {
            if !notices.contains(&message) {
                notices.push(message);
            }
        });
    }

    pub fn acknowledge_safety(&self, now_ms: i64) {
        self.progress
            .update(|p| p.safety_acknowledged_at_ms = Some(now_ms));
    }

    pub fn start(&self, now_ms: i64, utc_offset_min: i32) -> Vec<Cue> {
        let routine = Routine::AS_WRITTEN;
        let plan = Plan::for_routine(&routine);
        let (session, cues) = Session::start(routine, &plan, now_ms, utc_offset_min);
        self.finished.set(None);
        self.progress.update(|p| p.active = Some(session));
        cues
    }

    /// Runs `change` on the session in progress and stores the result only if it changed;
    /// a session that reaches its end goes to history.
    pub fn change_session(
        &self,
        now_ms: i64,
        change: impl FnOnce(&mut Session, &Plan) -> Vec<Cue>,
    ) -> Vec<Cue> {
        let Some(Some(mut session)) = self.progress.try_with_untracked(|p| p.active.clone()) else {
            return Vec::new();
        };
        let before = session.clone();
        let plan = Plan::for_routine(&session.routine);
        let cues = change(&mut session, &plan);
        if session.is_finished() {
            self.end(session.record(&plan, now_ms, Outcome::Completed));
        } else if session != before {
            self.progress.update(|p| p.active = Some(session));
        }
        cues
    }

    pub fn stop(&self, now_ms: i64) {
        self.stop_with(now_ms, false);
    }

    /// "Stop — this hurts": ends at once, no question asked, and says so in history.
    pub fn stop_for_pain(&self, now_ms: i64) {
        self.stop_with(now_ms, true);
    }

    fn stop_with(&self, now_ms: i64, for_pain: bool) {
        let Some(session) = self.progress.with_untracked(|p| p.active.clone()) else {
            return;
        };
        let plan = Plan::for_routine(&session.routine);
        self.end(SessionRecord {
            stopped_for_pain: for_pain,
            ..session.record(&plan, now_ms, Outcome::Stopped)
        });
    }

    fn end(&self, record: SessionRecord) {
        self.progress.update(|p| {
            p.active = None;
            p.record(record.clone());
        });
        self.finished.set(Some(record));
    }

    pub fn settings(&self) -> Settings {
        self.progress.with_untracked(|p| p.settings)
    }

    pub fn change_settings(&self, change: impl FnOnce(&mut Settings)) {
        self.progress.update(|p| change(&mut p.settings));
    }

    /// Plays cues through the outputs the user has switched on.
    pub fn coach(&self, due: &[Cue]) {
        if !due.is_empty() {
            cues::play(due, self.settings());
        }
    }

    pub fn dismiss_finish(&self) {
        self.finished.set(None);
    }
}
