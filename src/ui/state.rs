//! The shell around the app model: the model in a signal, handed to components through
//! context; events from components go in, and the effects that come out are carried out here
//! (saving, cues, the wake lock, the browser's storage and service worker).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::plan::Plan;
use crate::domain::progress::Progress;
use crate::domain::records::Settings;
use crate::model::{Effect, Event, Model, Now, SessionCommand};
use crate::platform::media_session::{self, MediaAction, MediaText};
use crate::platform::storage::ProgressStore;
use crate::platform::wake_lock::{ScreenWake, WakeStatus};
use crate::platform::{clock, cues, persist, service_worker};

#[derive(Clone, Copy)]
pub struct AppState {
    pub model: RwSignal<Model>,
    /// The plan of the session in progress; its readers hear of it only when it changed.
    pub plan: Memo<Option<Plan>>,
    /// Whether the screen is kept on, for the player to say so.
    pub wake_status: RwSignal<WakeStatus>,
    wake: StoredValue<Option<ScreenWake>, LocalStorage>,
    store: StoredValue<Option<ProgressStore>, LocalStorage>,
}

impl AppState {
    /// The app on `progress`, without storage (components tested on their own).
    pub fn new(progress: Progress, notices: Vec<String>) -> Self {
        Self::open(progress, notices, None)
    }

    /// Opens the model and carries out what opening asks for. The wake lock is released
    /// when the owner that opened the app is cleaned up.
    pub fn open(progress: Progress, notices: Vec<String>, store: Option<ProgressStore>) -> Self {
        let (model, effects) = Model::open(progress, notices, clock::now());
        let model = RwSignal::new(model);
        let wake_status = RwSignal::new(WakeStatus::Off);
        let wake = StoredValue::new_local(Some(ScreenWake::new(move |status| {
            wake_status.try_set(status);
        })));
        on_cleanup(move || {
            wake.try_update_value(|wake| wake.take());
        });
        let app = AppState {
            model,
            plan: Memo::new(move |_| model.with(|m| m.plan().cloned())),
            wake_status,
            wake,
            store: StoredValue::new_local(store),
        };
        app.carry_out(effects);
        // Chrome fills the list of voices only after `voiceschanged`: until then tones coach a
        // voice user, and the model schedules them again (or not) when a voice arrives.
        let has_voice = || web_sys::window().is_some_and(|w| cues::has_voice(&w));
        app.dispatch(Event::VoicesChanged(has_voice()));
        let voices = StoredValue::new_local(cues::on_voices_changed(move || {
            app.dispatch(Event::VoicesChanged(has_voice()));
        }));
        // The media controls' buttons work the player's: play and pause, next and back.
        let buttons = StoredValue::new_local(media_session::on_buttons(move |action| {
            app.dispatch(Event::Session(match action {
                MediaAction::Play => SessionCommand::Resume,
                MediaAction::Pause => SessionCommand::Pause,
                MediaAction::Next => SessionCommand::Skip,
                MediaAction::Previous => SessionCommand::Back,
            }));
        }));
        on_cleanup(move || {
            voices.try_update_value(|listener| listener.take());
            buttons.try_update_value(|buttons| buttons.take());
        });
        app
    }

    /// Reads the progress, tracked: the caller runs again when the model changes.
    pub fn with_progress<R>(&self, read: impl FnOnce(&Progress) -> R) -> R {
        self.model.with(|m| read(&m.progress))
    }

    pub fn with_progress_untracked<R>(&self, read: impl FnOnce(&Progress) -> R) -> R {
        self.model.with_untracked(|m| read(&m.progress))
    }

    pub fn dispatch(&self, event: Event) {
        self.carry_out(self.apply(event, clock::now()));
    }

    /// Runs `event` through the model and returns its effects for the caller to carry out.
    /// A tick that only counts down changes nothing a component shows, so it wakes none: the
    /// model asks for a save exactly when the session changed.
    pub fn apply(&self, event: Event, now: Now) -> Vec<Effect> {
        let tick = matches!(event, Event::Session(SessionCommand::Tick));
        let Some(effects) = self.model.try_update_untracked(|m| m.update(event, now)) else {
            return Vec::new();
        };
        if !tick || effects.contains(&Effect::Save) {
            self.model.notify();
        }
        effects
    }

    pub fn carry_out(&self, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::Save => self.save(),
                Effect::PlayCues(due) => cues::play(&due, self.settings()),
                Effect::ScheduleTones { tones, hidden } => {
                    cues::schedule(&tones, self.settings(), hidden);
                }
                Effect::ShowMedia(media) => {
                    media_session::show(media.as_ref().map(|m| MediaText {
                        title: &m.title,
                        artist: &m.detail,
                        album: &m.progress,
                        playing: m.playing,
                    }));
                }
                Effect::KeepScreenOn(wanted) => {
                    self.wake
                        .with_value(|wake| wake.as_ref().map(|w| w.set_wanted(wanted)));
                }
                Effect::AskPersistentStorage => {
                    let app = *self;
                    spawn_local(async move {
                        app.dispatch(Event::Notify(persist::ask().await.message().into()));
                    });
                }
                Effect::CheckForUpdate => {
                    let app = *self;
                    spawn_local(service_worker::check_for_update(move |news| {
                        app.dispatch(Event::Worker(news));
                    }));
                }
            }
        }
    }

    fn settings(&self) -> Settings {
        self.model.with_untracked(|m| m.progress.settings)
    }

    /// A tap anywhere on the player: WebKit refuses a wake lock not asked for inside one.
    pub fn retake_wake_lock(&self) {
        self.wake
            .with_value(|wake| wake.as_ref().map(ScreenWake::retake));
    }

    /// The storage adapter, for the few components that need more than saving (backups).
    pub fn store(&self) -> StoredValue<Option<ProgressStore>, LocalStorage> {
        self.store
    }

    /// Writes the progress; what the store hands back (merged with another tab's writes,
    /// compacted) comes back in only if it differs, so a save never loops.
    fn save(&self) {
        let store = self.store;
        let result = self.model.with_untracked(|m| {
            store.with_value(|store| store.as_ref().map(|store| store.save(&m.progress)))
        });
        match result {
            Some(Ok(saved)) => {
                if let Some(notice) = saved.notice {
                    self.dispatch(Event::Notify(notice.message()));
                }
                if self.model.with_untracked(|m| m.progress != saved.progress) {
                    self.dispatch(Event::Stored(saved.progress));
                }
            }
            Some(Err(notice)) => self.dispatch(Event::Notify(notice.message())),
            None => {}
        }
    }
}
