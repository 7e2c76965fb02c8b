//! What goes into the app model (events, with the time they happen) and what comes out of
//! it (effects, as data that the browser shell carries out).

use crate::domain::cue::{Cue, TimedTone};
use crate::domain::progress::Progress;
use crate::domain::records::{ChangeReason, Feel, Settings};
use crate::domain::routine::Routine;
use crate::domain::transfer::ImportMode;

use super::media::MediaInfo;

/// The moment an event happens, as the device's clock and time zone tell it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Now {
    pub ms: i64,
    /// Local time minus UTC, so that days are the user's days.
    pub utc_offset_min: i32,
}

/// A user's command to the session in progress; every one brings the session up to now first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionCommand {
    /// A timer fired: only catch up with the clock.
    Tick,
    Pause,
    Resume,
    TogglePause,
    Skip,
    Back,
}

/// What the service worker's registration tells the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkerNews {
    /// This version's files are saved on the device: Lumbar opens without a network.
    OfflineReady,
    /// The first install failed (typically the connection dropped while the files came):
    /// nothing is saved, and the browser would not try again before the next visit.
    OfflineFailed,
    /// A new version has been installed while an older one controls the page (on a first
    /// visit there is nothing to update).
    UpdateReady,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    AcknowledgeSafety,
    OpenCheckIn,
    CloseCheckIn,
    /// Start the session, with the answer to "How is your back right now?" if given.
    Start {
        pain_before: Option<u8>,
    },
    Session(SessionCommand),
    /// "End session", confirmed.
    Stop,
    /// "Stop — this hurts": ends at once, no question asked, and says so in history.
    StopForPain,
    /// The answers on the finish screen.
    CheckInAfter {
        pain: Option<u8>,
        feel: Option<Feel>,
    },
    /// The warning-sign questions: the ids answered "yes" (none: all "no").
    AnswerScreening(Vec<String>),
    /// "A doctor has checked me since I answered…"
    ConfirmDoctorChecked,
    /// "Check the warning signs again", from the home screen.
    OpenScreening,
    CloseScreening,
    OpenLessons,
    /// Opens one lesson (from the list, or offered after a session); it counts as read.
    OpenLesson(&'static str),
    CloseLesson,
    CloseLessons,
    OpenSummary,
    CloseSummary,
    UndoRoutineChange,
    DismissFinish,
    OpenHistory,
    CloseHistory,
    ChangeSettings(Settings),
    ChangeRoutine(Routine, ChangeReason),
    SetProgression(bool),
    Import(Progress, ImportMode),
    /// Another tab saved its progress: merge it with ours.
    SavedElsewhere(Progress),
    /// The store wrote our progress, merged with anything another tab wrote meanwhile.
    Stored(Progress),
    Notify(String),
    DismissNotice(u32),
    /// The page was hidden (the screen locked, another app in front) or shown again.
    PageHidden,
    PageShown,
    /// The device's list of voices changed (Chrome fills it late): whether one can speak.
    VoicesChanged(bool),
    Worker(WorkerNews),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// The stored progress changed: write it.
    Save,
    /// Speech and vibration, due now. Tones never come this way: they are scheduled ahead.
    PlayCues(Vec<Cue>),
    /// Replaces every tone scheduled so far by these, at their moments (epoch milliseconds);
    /// none cancels. `hidden`: no one sees the page, so tones stand in for a voice that
    /// cannot speak until it is shown again.
    ScheduleTones { tones: Vec<TimedTone>, hidden: bool },
    /// The screen should stay on (a session runs) or may sleep again.
    KeepScreenOn(bool),
    /// What the lock screen's and the notification's media controls show (none: no session).
    ShowMedia(Option<MediaInfo>),
    /// The first completed session: ask the browser to keep Lumbar's storage.
    AskPersistentStorage,
    /// Back home: the moment an update can be offered without harm, and to try again to save
    /// the files for offline use.
    CheckForUpdate,
}
