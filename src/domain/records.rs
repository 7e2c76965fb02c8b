//! The records the rest of the domain shares: a finished session and its check-in, the coach
//! settings, a change of the routine. They sit below every module that uses them, so that
//! the domain's modules form a tree.

use serde::{Deserialize, Serialize};

use super::calendar::local_day;
use super::routine::Routine;
use super::routine_limits::Knob;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Completed,
    Stopped,
}

/// The answer to "How did that feel?" after a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feel {
    Easy,
    AboutRight,
    Hard,
}

impl Feel {
    pub const ALL: [Feel; 3] = [Feel::Easy, Feel::AboutRight, Feel::Hard];

    pub fn label(self) -> &'static str {
        match self {
            Feel::Easy => "Easy",
            Feel::AboutRight => "About right",
            Feel::Hard => "Hard",
        }
    }

    /// The label inside a sentence ("… · about right").
    pub fn lowercase_label(self) -> &'static str {
        match self {
            Feel::Easy => "easy",
            Feel::AboutRight => "about right",
            Feel::Hard => "hard",
        }
    }
}

/// Pain on the usual 0 (none) to 10 (worst imaginable) scale.
pub const MAX_PAIN: u8 = 10;

/// Stored with the optional check-ins left out when absent, as every build wrote them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub started_at_ms: i64,
    pub ended_at_ms: i64,
    /// Time spent exercising: the session's span less its pauses.
    pub active_ms: i64,
    pub utc_offset_min: i32,
    pub outcome: Outcome,
    pub steps_done: u32,
    pub steps_total: u32,
    /// Ended with "Stop — this hurts". Absent (false) in data written before it existed, and
    /// left out when false, so builds that predate it still read the data.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stopped_for_pain: bool,
    /// "How is your back right now?" before the session, if answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_before: Option<u8>,
    /// The same question after the session, if answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_after: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feel: Option<Feel>,
}

impl SessionRecord {
    pub fn local_day(&self) -> i64 {
        local_day(self.started_at_ms, self.utc_offset_min)
    }

    /// "completed", "stopped for pain", "stopped early".
    pub fn outcome_label(&self) -> &'static str {
        match (self.outcome, self.stopped_for_pain) {
            (Outcome::Completed, _) => "completed",
            (Outcome::Stopped, true) => "stopped for pain",
            (Outcome::Stopped, false) => "stopped early",
        }
    }

    /// Pain after is higher than pain before (both answered).
    pub fn pain_increased(&self) -> bool {
        matches!((self.pain_before, self.pain_after), (Some(before), Some(after)) if after > before)
    }
}

/// How the coach talks to the user. Absent from data saved before it existed: defaults then.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub sound: bool,
    pub voice: bool,
    /// A brief full-screen flash as each hold starts and ends, for someone who cannot hear
    /// the phone. Off unless asked for, and then not written while off, so data saved
    /// before it existed is written back byte for byte.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub flash: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            sound: true,
            voice: true,
            flash: false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeReason {
    Progressed,
    BackedOff,
    ChangedByYou,
    Reset,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutineChange {
    pub at_ms: i64,
    pub from: Routine,
    pub to: Routine,
    pub reason: ChangeReason,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undone_at_ms: Option<i64>,
}

impl RoutineChange {
    /// "Wall Slides: hold 5 s → 7 s".
    pub fn describe(&self) -> String {
        let parts: Vec<String> = Knob::ALL
            .into_iter()
            .filter(|knob| knob.get(&self.from) != knob.get(&self.to))
            .map(|knob| {
                format!(
                    "{} {} → {}",
                    knob.label(),
                    knob.format(knob.get(&self.from)),
                    knob.format(knob.get(&self.to))
                )
            })
            .collect();
        parts.join("; ")
    }

    pub fn why(&self) -> &'static str {
        match self.reason {
            ChangeReason::Progressed => "after 3 comfortable sessions in a row",
            ChangeReason::BackedOff => "eased after a hard or painful session",
            ChangeReason::ChangedByYou => "changed by you",
            ChangeReason::Reset => "reset to the routine as written",
        }
    }

    /// When this change last mattered: made, or undone.
    pub(super) fn settled_at_ms(&self) -> i64 {
        self.undone_at_ms.unwrap_or(self.at_ms)
    }

    pub(super) fn effective(&self) -> Routine {
        if self.undone_at_ms.is_some() {
            self.from
        } else {
            self.to
        }
    }
}
