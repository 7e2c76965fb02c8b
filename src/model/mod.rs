//! The app's model: which screen shows, every transition between screens, and what each one
//! asks of the browser. Pure Rust like the domain: events come in with the time they happen,
//! effects go out as data, and `ui::state` carries them out.

mod away;
mod media;
mod messages;

pub use media::MediaInfo;
pub use messages::{Effect, Event, Now, SessionCommand, WorkerNews};

use crate::domain::cue::{Cue, TimedTone, Tone};
use crate::domain::lessons::LESSONS;
use crate::domain::plan::Plan;
use crate::domain::progress::Progress;
use crate::domain::records::{Outcome, RoutineChange, SessionRecord, Settings};
use crate::domain::red_flags::{self, Screening};
use crate::domain::session::Session;
use crate::domain::transfer;

/// Shown when the first install failed; gone once a later try succeeds.
pub const OFFLINE_FAILED: &str = "Lumbar could not be saved for offline use yet. It will try again the next time you open it or finish a session.";

/// One screen at a time, with what only that screen needs: "checking in while the history
/// is open" cannot be written down.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    /// Until the safety advice is acknowledged once.
    Safety,
    /// The warning-sign questions, or what to do about a "yes". `starting`: Start was
    /// tapped, so a clear answer goes on to the check-in.
    Screening {
        starting: bool,
    },
    Home,
    /// "How is your back right now?", between Start and the first step.
    CheckIn,
    /// The session in `Progress::active`; shown whenever there is one.
    Session,
    Finish(Finished),
    History,
    Lessons,
    Lesson(&'static str),
    /// The summary for a clinician, made for printing.
    Summary,
}

/// The session that just ended, until the user taps Done.
#[derive(Clone, Debug, PartialEq)]
pub struct Finished {
    pub record: SessionRecord,
    /// The after-session questions were answered (or, after a stop for pain, not asked).
    pub checked_in: bool,
    /// What progression changed in response, shown with an Undo.
    pub change: Option<RoutineChange>,
}

/// A message the user must see (storage trouble, recovered data) until they dismiss it. The
/// id keys it in the list, so dismissing one leaves the others' elements alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub text: String,
}

/// What the tones scheduled ahead were derived from; scheduled again when it changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ToneSource {
    timeline_origin_ms: Option<i64>,
    hidden: bool,
    /// Whether the device has a voice: tones stand in for a voice user until it has one.
    voice: bool,
    settings: Settings,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub progress: Progress,
    pub screen: Screen,
    pub notices: Vec<Notice>,
    next_notice_id: u32,
    /// A new version of the app is installed and waits for the user's go-ahead.
    pub update_ready: bool,
    /// This version's files are saved on the device: Lumbar opens without a network.
    pub offline_ready: bool,
    /// The plan of the session in progress, built when a session starts or arrives, never
    /// per tick.
    plan: Option<Plan>,
    /// The moment the session was last brought up to date: cues between then and now are due.
    advanced_to_ms: i64,
    /// No one sees the page; `Some(step index)` if a session ran when it was hidden.
    hidden: Option<Option<usize>>,
    tones: ToneSource,
    /// The device has a voice to speak with (the shell says so as it starts, and again when
    /// the list of voices changes).
    pub voice: bool,
    /// What the media controls were last told to show.
    media: Option<MediaInfo>,
    /// The finishing chime of the session that just ended, at the moment it finished, for
    /// the schedule that follows the end.
    final_tone: Option<TimedTone>,
}

impl Model {
    /// The app as it opens on stored progress. A session left alone for hours goes to history;
    /// one that is still fresh goes on where it was. The stored form is written back at once,
    /// so that it is in this version's format and merged with any other tab's.
    pub fn open(mut progress: Progress, notices: Vec<String>, now: Now) -> (Model, Vec<Effect>) {
        progress.retire_abandoned_session(now.ms);
        let progress_settings = progress.settings;
        let mut model = Model {
            progress,
            screen: Screen::Home,
            notices: Vec::new(),
            next_notice_id: 0,
            update_ready: false,
            offline_ready: false,
            plan: None,
            advanced_to_ms: now.ms,
            hidden: None,
            tones: ToneSource {
                timeline_origin_ms: None,
                hidden: false,
                voice: false,
                settings: progress_settings,
            },
            voice: false,
            media: None,
            final_tone: None,
        };
        notices.into_iter().for_each(|text| model.notify(text));
        model.settle();
        let mut effects = vec![Effect::Save];
        model.schedule_tones(now, &mut effects);
        model.show_media(&mut effects);
        if model
            .progress
            .active
            .as_ref()
            .is_some_and(|s| !s.is_paused())
        {
            effects.push(Effect::KeepScreenOn(true));
        }
        if model.screen == Screen::Home {
            effects.push(Effect::CheckForUpdate);
        }
        (model, effects)
    }

    pub fn plan(&self) -> Option<&Plan> {
        self.plan.as_ref()
    }

    pub fn finished(&self) -> Option<&Finished> {
        match &self.screen {
            Screen::Finish(finished) => Some(finished),
            _ => None,
        }
    }

    pub fn update(&mut self, event: Event, now: Now) -> Vec<Effect> {
        let mut effects = match event {
            Event::Session(command) => self.command(command, now),
            Event::PageShown => self.shown(now),
            event => self.react(event, now),
        };
        self.schedule_tones(now, &mut effects);
        self.show_media(&mut effects);
        effects
    }

    fn react(&mut self, event: Event, now: Now) -> Vec<Effect> {
        let stored = matches!(event, Event::Stored(_));
        let before = self.progress.clone();
        let (was_home, was_session) = (self.screen == Screen::Home, self.screen == Screen::Session);
        let mut effects = self.handle(event, now);
        self.settle();
        if !stored && self.progress != before {
            effects.insert(0, Effect::Save);
        }
        // A session that another tab started or ended, or that an import brought.
        let is_session = self.screen == Screen::Session;
        if is_session != was_session
            && !effects.iter().any(|e| matches!(e, Effect::KeepScreenOn(_)))
        {
            effects.push(Effect::KeepScreenOn(is_session));
        }
        if !was_home && self.screen == Screen::Home {
            effects.push(Effect::CheckForUpdate);
        }
        effects
    }

    fn handle(&mut self, event: Event, now: Now) -> Vec<Effect> {
        match event {
            Event::AcknowledgeSafety => {
                self.progress.safety_acknowledged_at_ms = Some(now.ms);
                self.screen = if red_flags::due(self.progress.screening.as_ref(), now.ms) {
                    Screen::Screening { starting: false }
                } else {
                    Screen::Home
                };
            }
            Event::OpenCheckIn if !self.cleared_to_start(now) => {
                self.go(Screen::Home, Screen::Screening { starting: true });
            }
            Event::OpenCheckIn => self.go(Screen::Home, Screen::CheckIn),
            Event::AnswerScreening(yes) => {
                if let Screen::Screening { starting } = self.screen {
                    self.progress.screening = Some(Screening {
                        answered_at_ms: now.ms,
                        yes,
                        doctor_checked_at_ms: None,
                    });
                    self.after_screening(starting, now);
                }
            }
            Event::ConfirmDoctorChecked => {
                if let (Screen::Screening { starting }, Some(screening)) =
                    (&self.screen, &mut self.progress.screening)
                {
                    screening.doctor_checked_at_ms = Some(now.ms);
                    let starting = *starting;
                    self.after_screening(starting, now);
                }
            }
            Event::OpenScreening => self.go(Screen::Home, Screen::Screening { starting: false }),
            Event::CloseScreening => {
                if matches!(self.screen, Screen::Screening { .. }) {
                    self.screen = Screen::Home;
                }
            }
            Event::OpenLessons => self.go(Screen::Home, Screen::Lessons),
            Event::OpenLesson(id) => {
                let known = LESSONS.iter().any(|lesson| lesson.id == id);
                if known && matches!(self.screen, Screen::Lessons | Screen::Finish(_)) {
                    if !self.progress.lessons_read.iter().any(|read| read == id) {
                        self.progress.lessons_read.push(id.into());
                    }
                    self.screen = Screen::Lesson(id);
                }
            }
            Event::CloseLesson => {
                if matches!(self.screen, Screen::Lesson(_)) {
                    self.screen = Screen::Lessons;
                }
            }
            Event::CloseLessons => self.go(Screen::Lessons, Screen::Home),
            Event::OpenSummary => self.go(Screen::Home, Screen::Summary),
            Event::CloseSummary => self.go(Screen::Summary, Screen::Home),
            Event::CloseCheckIn => self.go(Screen::CheckIn, Screen::Home),
            Event::Start { pain_before } => return self.start(pain_before, now),
            Event::Stop => return self.stop(now, false),
            Event::StopForPain => return self.stop(now, true),
            Event::CheckInAfter { pain, feel } => {
                if let Screen::Finish(finished) = &mut self.screen {
                    let started = finished.record.started_at_ms;
                    self.progress.check_in_after(started, pain, feel);
                    finished.checked_in = true;
                    finished.change = self.progress.progress_routine(now.ms);
                }
            }
            Event::UndoRoutineChange => {
                self.progress.undo_last_change(now.ms);
                if let Screen::Finish(finished) = &mut self.screen {
                    finished.change = None;
                }
            }
            Event::DismissFinish => {
                if matches!(self.screen, Screen::Finish(_)) {
                    self.screen = Screen::Home;
                }
            }
            Event::OpenHistory => self.go(Screen::Home, Screen::History),
            Event::CloseHistory => self.go(Screen::History, Screen::Home),
            Event::ChangeSettings(settings) => self.progress.settings = settings,
            Event::ChangeRoutine(routine, reason) => {
                self.progress.change_routine(routine, reason, now.ms);
            }
            Event::SetProgression(on) => self.progress.progression = on,
            Event::Import(imported, mode) => transfer::apply(&mut self.progress, imported, mode),
            Event::SavedElsewhere(theirs) => self.progress.merge(theirs),
            Event::Stored(progress) => self.progress = progress,
            Event::Notify(text) => self.notify(text),
            Event::DismissNotice(id) => self.notices.retain(|n| n.id != id),
            Event::PageHidden => {
                let running = self.progress.active.as_ref().filter(|s| !s.is_paused());
                self.hidden = Some(running.map(|s| s.step_index));
            }
            Event::VoicesChanged(voice) => self.voice = voice,
            Event::Worker(news) => self.hear(news),
            Event::Session(_) | Event::PageShown => {}
        }
        Vec::new()
    }

    /// Moves to `to` only from `from`: a tap that arrives after the screen has changed (a
    /// double tap, another tab's session) does nothing.
    fn go(&mut self, from: Screen, to: Screen) {
        if self.screen == from {
            self.screen = to;
        }
    }

    /// The warning signs were checked within the last 90 days, and none was reported, or a
    /// doctor has seen the person since.
    pub fn cleared_to_start(&self, now: Now) -> bool {
        let screening = self.progress.screening.as_ref();
        !red_flags::due(screening, now.ms) && screening.is_some_and(Screening::clears_routine)
    }

    fn after_screening(&mut self, starting: bool, now: Now) {
        if self.cleared_to_start(now) {
            self.screen = if starting {
                Screen::CheckIn
            } else {
                Screen::Home
            };
        }
    }

    fn start(&mut self, pain_before: Option<u8>, now: Now) -> Vec<Effect> {
        if !matches!(self.screen, Screen::CheckIn | Screen::Home) || !self.cleared_to_start(now) {
            return Vec::new();
        }
        let routine = self.progress.routine;
        let plan = Plan::for_routine(&routine);
        let (mut session, cues) = Session::start(routine, &plan, now.ms, now.utc_offset_min);
        session.pain_before = pain_before;
        self.progress.active = Some(session);
        self.plan = Some(plan);
        self.advanced_to_ms = now.ms;
        self.screen = Screen::Session;
        let mut effects = vec![Effect::KeepScreenOn(true)];
        effects.extend(play_now(cues));
        effects
    }

    /// Brings the session up to now, then applies the command. Saves only when the session
    /// changed (a step began, a pause), never on a tick that only counts down.
    fn command(&mut self, command: SessionCommand, now: Now) -> Vec<Effect> {
        let (Some(mut session), Some(plan)) = (self.progress.active.clone(), self.plan.take())
        else {
            return Vec::new();
        };
        let since = std::mem::replace(&mut self.advanced_to_ms, now.ms);
        let was_paused = session.is_paused();
        let mut cues = session.advance(&plan, since, now.ms);
        match command {
            SessionCommand::Tick => {}
            SessionCommand::Pause => session.pause(&plan, now.ms),
            SessionCommand::Resume => session.resume(now.ms),
            SessionCommand::TogglePause if was_paused => session.resume(now.ms),
            SessionCommand::TogglePause => session.pause(&plan, now.ms),
            SessionCommand::Skip => cues.extend(session.skip(&plan, now.ms)),
            SessionCommand::Back => cues.extend(session.back(&plan, now.ms)),
        }
        let mut effects = Vec::new();
        if session.is_finished() {
            let record = session.record(&plan, now.ms, Outcome::Completed);
            effects = self.end(record, false, now);
            effects.insert(0, Effect::Save);
        } else {
            if session.is_paused() != was_paused {
                effects.push(Effect::KeepScreenOn(was_paused));
            }
            if self.progress.active.as_ref() != Some(&session) {
                self.progress.active = Some(session);
                effects.insert(0, Effect::Save);
            }
            self.plan = Some(plan);
        }
        effects.extend(play_now(cues));
        effects
    }

    /// The page shows again: the session catches up with the clock, and if it moved on while
    /// no one could see it, a notice says where it went (the player's Back is one tap away).
    fn shown(&mut self, now: Now) -> Vec<Effect> {
        let away_from = self.hidden.take().flatten();
        let plan = self.plan.clone();
        let effects = self.command(SessionCommand::Tick, now);
        let at = self.progress.active.as_ref().map(|s| s.step_index);
        let report = away_from
            .zip(plan)
            .and_then(|(from, plan)| away::while_away(&plan, from, at.unwrap_or(plan.len())));
        if let Some(text) = report {
            self.notices
                .retain(|n| !n.text.starts_with(away::WHILE_AWAY));
            self.notify(text);
        }
        effects
    }

    /// Schedules the tones of the session again when what they were derived from changed: its
    /// timeline (a start, pause, skip, step back or end), the switches, or whether the page
    /// shows. A step that begins on time changes none of these.
    fn schedule_tones(&mut self, now: Now, effects: &mut Vec<Effect>) {
        let session = self.progress.active.as_ref().zip(self.plan.as_ref());
        let source = ToneSource {
            timeline_origin_ms: session.and_then(|(s, plan)| s.timeline_origin_ms(plan)),
            hidden: self.hidden.is_some(),
            voice: self.voice,
            settings: self.progress.settings,
        };
        let was_scheduled = self.tones.timeline_origin_ms.is_some();
        let unchanged = source == std::mem::replace(&mut self.tones, source);
        let nothing_to_schedule = !was_scheduled && source.timeline_origin_ms.is_none();
        if self.final_tone.is_none() && (unchanged || nothing_to_schedule) {
            return;
        }
        let tones = match session {
            Some((s, plan)) => s.tones_ahead(plan, now.ms),
            None => self.final_tone.take().into_iter().collect(),
        };
        effects.push(Effect::ScheduleTones {
            tones,
            hidden: source.hidden,
        });
    }

    fn stop(&mut self, now: Now, for_pain: bool) -> Vec<Effect> {
        let (Some(session), Some(plan)) = (&self.progress.active, &self.plan) else {
            return Vec::new();
        };
        let record = SessionRecord {
            stopped_for_pain: for_pain,
            ..session.record(plan, now.ms, Outcome::Stopped)
        };
        self.end(record, for_pain, now)
    }

    /// Records the session and shows the finish screen. After a stop for pain there is no
    /// question to wait for: progression eases back at once.
    fn end(&mut self, record: SessionRecord, for_pain: bool, now: Now) -> Vec<Effect> {
        let first_completed = record.outcome == Outcome::Completed
            && !self
                .progress
                .history
                .iter()
                .any(|r| r.outcome == Outcome::Completed);
        self.progress.active = None;
        self.plan = None;
        if record.outcome == Outcome::Completed {
            self.final_tone = Some(TimedTone {
                at_ms: record.ended_at_ms,
                tone: Tone::Finished,
            });
        }
        self.progress.record(record.clone());
        let change = if for_pain {
            self.progress.progress_routine(now.ms)
        } else {
            None
        };
        self.screen = Screen::Finish(Finished {
            record,
            checked_in: for_pain,
            change,
        });
        let mut effects = vec![Effect::KeepScreenOn(false)];
        if first_completed {
            effects.push(Effect::AskPersistentStorage);
        }
        effects
    }

    /// Keeps the screen in line with progress, whatever changed it: another tab's session
    /// arriving or ending, an import, the safety acknowledgement.
    fn settle(&mut self) {
        let active_routine = self.progress.active.as_ref().map(|s| s.routine);
        if active_routine.is_none() {
            self.plan = None;
        } else if self.plan.is_none() {
            self.plan = active_routine.map(|routine| Plan::for_routine(&routine));
        }
        if !self.progress.safety_acknowledged() {
            self.screen = Screen::Safety;
        } else if active_routine.is_some() {
            self.screen = Screen::Session;
        } else if matches!(self.screen, Screen::Session | Screen::Safety) {
            self.screen = Screen::Home;
        }
    }

    fn notify(&mut self, text: String) {
        if self.notices.iter().all(|n| n.text != text) {
            self.notices.push(Notice {
                id: self.next_notice_id,
                text,
            });
            self.next_notice_id += 1;
        }
    }

    fn hear(&mut self, news: WorkerNews) {
        match news {
            WorkerNews::OfflineReady => {
                self.offline_ready = true;
                self.notices.retain(|n| n.text != OFFLINE_FAILED);
            }
            WorkerNews::OfflineFailed => self.notify(OFFLINE_FAILED.into()),
            WorkerNews::UpdateReady => self.update_ready = true,
        }
    }
}

/// The cues due now, less the tones: those were scheduled ahead (`Model::schedule_tones`).
fn play_now(mut cues: Vec<Cue>) -> Option<Effect> {
    cues.retain(|cue| !matches!(cue, Cue::Beep(_)));
    (!cues.is_empty()).then_some(Effect::PlayCues(cues))
}
