//! The session state machine. Time is always an argument (`now_ms`, epoch milliseconds);
//! the running step is stored as a deadline, never as a count of ticks.

use serde::{Deserialize, Serialize};

use super::cue::{self, Cue, TimedCue, TimedTone, COUNTDOWN_SECS, STALE_AFTER_MS};
use super::plan::{Plan, Step};
use super::records::{Outcome, SessionRecord};
use super::routine::Routine;
pub use super::step_clock::StepClock;

/// A session left alone this long is recorded as stopped instead of being resumed.
pub const ABANDON_AFTER_MS: i64 = 3 * 60 * 60 * 1000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub routine: Routine,
    pub started_at_ms: i64,
    /// Local time minus UTC when the session started, so its day is the user's day.
    pub utc_offset_min: i32,
    pub step_index: usize,
    pub clock: StepClock,
    pub paused_total_ms: i64,
    /// Last time the session changed; used to tell a resumed tab from an abandoned one.
    pub updated_at_ms: i64,
    /// The check-in answer given before starting, carried into the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_before: Option<u8>,
}

/// Everything the player shows at one instant.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub step: Step,
    pub step_number: usize,
    pub steps_total: usize,
    pub remaining_ms: i64,
    pub paused: bool,
    pub next: Option<Step>,
}

impl Snapshot {
    /// Whole seconds shown on the big counter: 4.2 s left reads "5" so that "0" is never
    /// shown while the step is still running.
    pub fn seconds_left(&self) -> u32 {
        u32::try_from((self.remaining_ms + 999) / 1000).unwrap_or(0)
    }
}

impl Session {
    pub fn start(
        routine: Routine,
        plan: &Plan,
        now_ms: i64,
        utc_offset_min: i32,
    ) -> (Session, Vec<Cue>) {
        let first = plan.get(0).copied();
        let clock = match first {
            Some(step) => StepClock::Running {
                deadline_ms: now_ms + step.duration_ms(),
            },
            None => StepClock::Finished { at_ms: now_ms },
        };
        let session = Session {
            routine,
            started_at_ms: now_ms,
            utc_offset_min,
            step_index: 0,
            clock,
            paused_total_ms: 0,
            updated_at_ms: now_ms,
            pain_before: None,
        };
        (
            session,
            first
                .map(|step| cue::entering(None, &step))
                .unwrap_or_default(),
        )
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.clock, StepClock::Finished { .. })
    }

    pub fn is_paused(&self) -> bool {
        matches!(self.clock, StepClock::Paused { .. })
    }

    pub fn is_abandoned(&self, now_ms: i64) -> bool {
        now_ms - self.updated_at_ms > ABANDON_AFTER_MS
    }

    /// Brings the session up to `now_ms`: completes every step whose deadline has passed
    /// and returns the cues that fell due since `since_ms` (stale ones dropped).
    pub fn advance(&mut self, plan: &Plan, since_ms: i64, now_ms: i64) -> Vec<Cue> {
        if now_ms < since_ms {
            self.shift_timeline(now_ms - since_ms);
        }
        let mut cues = Vec::new();
        let fresh = |at: i64| at > since_ms && at <= now_ms && at > now_ms - STALE_AFTER_MS;
        while let StepClock::Running { deadline_ms } = self.clock {
            let Some(step) = plan.get(self.step_index) else {
                self.finish(deadline_ms);
                break;
            };
            let behind = deadline_ms - now_ms - step.duration_ms();
            if behind > 0 {
                // The clock went back while nobody watched (e.g. before a reload): restart the
                // step rather than show more than its length.
                self.shift_timeline(-behind);
                break;
            }
            if step.is_hold() {
                for secs in (1..=COUNTDOWN_SECS).rev() {
                    if fresh(deadline_ms - secs * 1000) {
                        cues.extend(cue::countdown(secs));
                    }
                }
            }
            if deadline_ms > now_ms {
                break;
            }
            self.step_index += 1;
            self.updated_at_ms = deadline_ms;
            match plan.get(self.step_index) {
                Some(next) => {
                    self.clock = StepClock::Running {
                        deadline_ms: deadline_ms + next.duration_ms(),
                    };
                    if fresh(deadline_ms) {
                        cues.extend(cue::entering(Some(step), next));
                    }
                }
                None => {
                    self.finish(deadline_ms);
                    if fresh(deadline_ms) {
                        cues.extend(cue::finished());
                    }
                }
            }
        }
        cues
    }

    /// Moves every time of the session by `delta_ms` (negative after the wall clock went
    /// back), so the countdown keeps its remaining time and recorded times stay in order.
    fn shift_timeline(&mut self, delta_ms: i64) {
        self.started_at_ms += delta_ms;
        self.updated_at_ms += delta_ms;
        self.clock = match self.clock {
            StepClock::Running { deadline_ms } => StepClock::Running {
                deadline_ms: deadline_ms + delta_ms,
            },
            StepClock::Paused {
                remaining_ms,
                since_ms,
            } => StepClock::Paused {
                remaining_ms,
                since_ms: since_ms + delta_ms,
            },
            finished => finished,
        };
    }

    pub fn pause(&mut self, plan: &Plan, now_ms: i64) {
        self.advance(plan, now_ms, now_ms);
        if let StepClock::Running { deadline_ms } = self.clock {
            self.clock = StepClock::Paused {
                remaining_ms: (deadline_ms - now_ms).max(0),
                since_ms: now_ms,
            };
            self.updated_at_ms = now_ms;
        }
    }

    pub fn resume(&mut self, now_ms: i64) {
        if let StepClock::Paused {
            remaining_ms,
            since_ms,
        } = self.clock
        {
            self.paused_total_ms += (now_ms - since_ms).max(0);
            self.clock = StepClock::Running {
                deadline_ms: now_ms + remaining_ms,
            };
            self.updated_at_ms = now_ms;
        }
    }

    /// Ends the current step now and starts the next one with its full length.
    pub fn skip(&mut self, plan: &Plan, now_ms: i64) -> Vec<Cue> {
        self.advance(plan, now_ms, now_ms);
        if self.is_finished() {
            return Vec::new();
        }
        self.go_to(plan, self.step_index + 1, now_ms)
    }

    /// Goes back to the start of the previous step (or restarts the first one).
    pub fn back(&mut self, plan: &Plan, now_ms: i64) -> Vec<Cue> {
        self.advance(plan, now_ms, now_ms);
        if self.is_finished() {
            return Vec::new();
        }
        self.go_to(plan, self.step_index.saturating_sub(1), now_ms)
    }

    fn go_to(&mut self, plan: &Plan, index: usize, now_ms: i64) -> Vec<Cue> {
        self.updated_at_ms = now_ms;
        let Some(step) = plan.get(index) else {
            self.step_index = plan.len();
            self.finish(now_ms);
            return cue::finished();
        };
        self.step_index = index;
        self.clock = match self.clock {
            StepClock::Paused { since_ms, .. } => StepClock::Paused {
                remaining_ms: step.duration_ms(),
                since_ms,
            },
            _ => StepClock::Running {
                deadline_ms: now_ms + step.duration_ms(),
            },
        };
        cue::entering(None, step)
    }

    fn finish(&mut self, at_ms: i64) {
        self.clock = StepClock::Finished { at_ms };
    }

    pub fn snapshot(&self, plan: &Plan, now_ms: i64) -> Option<Snapshot> {
        let step = *plan.get(self.step_index)?;
        let (remaining_ms, paused) = match self.clock {
            StepClock::Running { deadline_ms } => (deadline_ms - now_ms, false),
            StepClock::Paused { remaining_ms, .. } => (remaining_ms, true),
            StepClock::Finished { .. } => return None,
        };
        Some(Snapshot {
            step,
            step_number: self.step_index + 1,
            steps_total: plan.len(),
            remaining_ms: remaining_ms.clamp(0, step.duration_ms()),
            paused,
            next: plan.get(self.step_index + 1).copied(),
        })
    }

    /// The tones due from `now_ms` to the end of the session, at the moments its deadlines
    /// give them, for the browser to schedule ahead on its audio clock: that clock keeps time
    /// while a hidden page's timers are held back. None while paused or finished.
    pub fn tones_ahead(&self, plan: &Plan, now_ms: i64) -> Vec<TimedTone> {
        let (StepClock::Running { deadline_ms }, Some(step)) =
            (self.clock, plan.get(self.step_index))
        else {
            return Vec::new();
        };
        cue::timeline(plan, self.step_index, deadline_ms - step.duration_ms())
            .into_iter()
            .filter_map(|TimedCue { at_ms, cue }| match cue {
                Cue::Beep(tone) if at_ms >= now_ms => Some(TimedTone { at_ms, tone }),
                _ => None,
            })
            .collect()
    }

    /// When the session would have begun had it run straight through to where it stands: the
    /// same from one step to the next, moved by every pause, skip or step back, so the tones
    /// scheduled ahead need scheduling again exactly when it changes. None unless running.
    pub fn timeline_origin_ms(&self, plan: &Plan) -> Option<i64> {
        let StepClock::Running { deadline_ms } = self.clock else {
            return None;
        };
        let through_now: i64 = plan
            .steps()
            .iter()
            .take(self.step_index + 1)
            .map(Step::duration_ms)
            .sum();
        Some(deadline_ms - through_now)
    }

    /// How long until the displayed second changes (or the step ends), if the clock runs.
    /// Waking at the boundary rather than every 1000 ms keeps the display on true seconds.
    pub fn next_wake_in_ms(&self, now_ms: i64) -> Option<u32> {
        let StepClock::Running { deadline_ms } = self.clock else {
            return None;
        };
        let remaining = deadline_ms - now_ms;
        let until_boundary = if remaining <= 0 {
            0
        } else {
            (remaining - 1) % 1000 + 1
        };
        u32::try_from(until_boundary).ok()
    }

    /// The history entry for this session, ending at `now_ms` unless it already finished.
    pub fn record(&self, plan: &Plan, now_ms: i64, outcome: Outcome) -> SessionRecord {
        let ended_at_ms = match self.clock {
            StepClock::Finished { at_ms } => at_ms,
            _ => now_ms,
        }
        .max(self.started_at_ms);
        let open_pause = match self.clock {
            StepClock::Paused { since_ms, .. } => (ended_at_ms - since_ms).max(0),
            _ => 0,
        };
        let active_ms =
            (ended_at_ms - self.started_at_ms - self.paused_total_ms - open_pause).max(0);
        SessionRecord {
            started_at_ms: self.started_at_ms,
            ended_at_ms,
            active_ms,
            utc_offset_min: self.utc_offset_min,
            outcome,
            steps_done: u32::try_from(self.step_index.min(plan.len())).unwrap_or(u32::MAX),
            steps_total: u32::try_from(plan.len()).unwrap_or(u32::MAX),
            stopped_for_pain: false,
            pain_before: self.pain_before,
            pain_after: None,
            feel: None,
        }
    }

    /// The record of a session left alone too long: it ended when it was last touched.
    pub fn abandoned_record(&self, plan: &Plan) -> SessionRecord {
        let mut frozen = self.clone();
        frozen.pause(plan, self.updated_at_ms);
        frozen.record(plan, self.updated_at_ms, Outcome::Stopped)
    }
}
