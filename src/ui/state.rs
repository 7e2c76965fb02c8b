//! The app's shared state, handed to components through context. Every change of the
//! stored progress goes through here, so a save happens on transitions only.

use leptos::prelude::*;

use crate::domain::cue::Cue;
use crate::domain::plan::Plan;
use crate::domain::progress::Progress;
use crate::domain::records::RoutineChange;
use crate::domain::records::{Feel, Outcome, SessionRecord, Settings};
use crate::domain::session::Session;
use crate::platform::service_worker::WorkerNews;
use crate::platform::storage::ProgressStore;
use crate::platform::{cues, persist};

/// The storage adapter, for the few components that need more than saving (backups).
#[derive(Clone, Copy)]
pub struct Store(pub StoredValue<ProgressStore, LocalStorage>);

/// Shown when the first install failed; gone once a later try succeeds.
const OFFLINE_FAILED: &str = "Lumbar could not be saved for offline use yet. It will try again the next time you open it or finish a session.";

#[derive(Clone, Copy)]
pub struct AppState {
    pub progress: RwSignal<Progress>,
    /// Messages the user must see: storage trouble, recovered data.
    pub notices: RwSignal<Vec<String>>,
    /// The session that just ended, shown on the finish screen until dismissed.
    pub finished: RwSignal<Option<SessionRecord>>,
    /// A new version of the app is installed and waits for the user's go-ahead.
    pub update_ready: RwSignal<bool>,
    /// This version's files are saved on the device: Lumbar opens without a network.
    pub offline_ready: RwSignal<bool>,
    /// Start was tapped: the "How is your back right now?" question is showing.
    pub checking_in: RwSignal<bool>,
    pub history_open: RwSignal<bool>,
    /// The change progression just made, shown with an Undo until the user moves on.
    pub routine_change: RwSignal<Option<RoutineChange>>,
    /// The plan of the session in progress, rebuilt when progress changes, never per tick;
    /// its readers hear of it only when the routine changed.
    pub plan: Memo<Option<Plan>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Safety,
    Home,
    CheckIn,
    Player,
    Finish,
    History,
}

impl AppState {
    pub fn new(progress: Progress, notices: Vec<String>) -> Self {
        let progress = RwSignal::new(progress);
        AppState {
            progress,
            plan: Memo::new(move |_| {
                progress.with(|p| p.active.as_ref().map(|s| Plan::for_routine(&s.routine)))
            }),
            notices: RwSignal::new(notices),
            finished: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            offline_ready: RwSignal::new(false),
            checking_in: RwSignal::new(false),
            history_open: RwSignal::new(false),
            routine_change: RwSignal::new(None),
        }
    }

    pub fn screen(&self) -> Screen {
        let (acknowledged, active) = self
            .progress
            .with(|p| (p.safety_acknowledged(), p.active.is_some()));
        if !acknowledged {
            Screen::Safety
        } else if active {
            Screen::Player
        } else if self.finished.with(Option::is_some) {
            Screen::Finish
        } else if self.checking_in.get() {
            Screen::CheckIn
        } else if self.history_open.get() {
            Screen::History
        } else {
            Screen::Home
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

    pub fn hear(&self, news: WorkerNews) {
        match news {
            WorkerNews::OfflineReady => {
                self.offline_ready.set(true);
                self.notices.update(|n| n.retain(|m| m != OFFLINE_FAILED));
            }
            WorkerNews::OfflineFailed => self.notify(OFFLINE_FAILED.into()),
            WorkerNews::UpdateReady => self.update_ready.set(true),
        }
    }

    pub fn acknowledge_safety(&self, now_ms: i64) {
        self.progress
            .update(|p| p.safety_acknowledged_at_ms = Some(now_ms));
    }

    /// Starts a session on the user's routine, with the answer to the check-in if given.
    pub fn start(&self, now_ms: i64, utc_offset_min: i32, pain_before: Option<u8>) -> Vec<Cue> {
        let routine = self.progress.with_untracked(|p| p.routine);
        let plan = Plan::for_routine(&routine);
        let (mut session, cues) = Session::start(routine, &plan, now_ms, utc_offset_min);
        session.pain_before = pain_before;
        self.finished.set(None);
        self.checking_in.set(false);
        self.routine_change.set(None);
        self.progress.update(|p| p.active = Some(session));
        cues
    }

    /// Saves the answers after a session and lets progression (if on) adjust the routine.
    pub fn check_in_after(
        &self,
        started_at_ms: i64,
        pain: Option<u8>,
        feel: Option<Feel>,
        now_ms: i64,
    ) {
        self.adjust_routine(now_ms, |p| p.check_in_after(started_at_ms, pain, feel));
    }

    /// Applies `record` to progress, then lets progression (if on) react, and shows the
    /// change it made.
    fn adjust_routine(&self, now_ms: i64, record: impl FnOnce(&mut Progress)) {
        let change = self.progress.try_update(|p| {
            record(p);
            p.progress_routine(now_ms)
        });
        self.routine_change.set(change.flatten());
    }

    pub fn undo_routine_change(&self, now_ms: i64) {
        self.progress.update(|p| p.undo_last_change(now_ms));
        self.routine_change.set(None);
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
        let Some(Some((cues, finished))) = self.plan.try_with_untracked(|plan| {
            plan.as_ref().map(|plan| {
                let cues = change(&mut session, plan);
                let finished = session
                    .is_finished()
                    .then(|| session.record(plan, now_ms, Outcome::Completed));
                (cues, finished)
            })
        }) else {
            return Vec::new();
        };
        match finished {
            Some(record) => self.end(record),
            None if session != before => self.progress.update(|p| p.active = Some(session)),
            None => {}
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
        if for_pain {
            // Backing off must not wait for a check-in the user will rightly skip.
            self.adjust_routine(now_ms, |_| {});
        }
    }

    fn end(&self, record: SessionRecord) {
        let mut first_completed = false;
        self.progress.update(|p| {
            p.active = None;
            first_completed = record.outcome == Outcome::Completed
                && !p.history.iter().any(|r| r.outcome == Outcome::Completed);
            p.record(record.clone());
        });
        self.finished.set(Some(record));
        if first_completed {
            let app = *self;
            leptos::task::spawn_local(async move {
                app.notify(persist::ask().await.message().into());
            });
        }
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
        self.routine_change.set(None);
    }
}
