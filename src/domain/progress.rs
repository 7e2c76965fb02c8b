//! What Lumbar remembers: the safety acknowledgement, the history and a session in progress.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::calendar::local_day;
use super::plan::Plan;
use super::session::Session;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Completed,
    Stopped,
}

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
}

impl SessionRecord {
    pub fn local_day(&self) -> i64 {
        local_day(self.started_at_ms, self.utc_offset_min)
    }
}

/// How the coach talks to the user. Absent from data saved before it existed: defaults then.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub sound: bool,
    pub voice: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            sound: true,
            voice: true,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub safety_acknowledged_at_ms: Option<i64>,
    pub history: Vec<SessionRecord>,
    pub active: Option<Session>,
    #[serde(default)]
    pub settings: Settings,
}

impl Progress {
    pub fn safety_acknowledged(&self) -> bool {
        self.safety_acknowledged_at_ms.is_some()
    }

    /// Adds a finished session, keeping history in start order.
    pub fn record(&mut self, record: SessionRecord) {
        let at = self
            .history
            .partition_point(|known| known.started_at_ms <= record.started_at_ms);
        self.history.insert(at, record);
    }

    pub fn last_session(&self) -> Option<&SessionRecord> {
        self.history.last()
    }

    /// Consecutive local days, ending today or yesterday, with a completed session.
    pub fn current_streak(&self, now_ms: i64, utc_offset_min: i32) -> u32 {
        let days = self.completed_days();
        let today = local_day(now_ms, utc_offset_min);
        let Some(mut day) = [today, today - 1].into_iter().find(|d| days.contains(d)) else {
            return 0;
        };
        let mut streak = 0;
        while days.contains(&day) {
            streak += 1;
            day -= 1;
        }
        streak
    }

    fn completed_days(&self) -> BTreeSet<i64> {
        self.history
            .iter()
            .filter(|record| record.outcome == Outcome::Completed)
            .map(SessionRecord::local_day)
            .collect()
    }

    /// Takes in what another tab saved, so neither tab's write erases the other's sessions.
    /// History is the union (a session is identified by its start); this tab's session in
    /// progress stays its own, updated from the other tab only if it is the same session and
    /// the other copy is newer, and dropped if the other tab has already recorded it.
    pub fn merge(&mut self, other: Progress) {
        for record in other.history {
            if !self.has_recorded(record.started_at_ms) {
                self.record(record);
            }
        }
        self.safety_acknowledged_at_ms = match (
            self.safety_acknowledged_at_ms,
            other.safety_acknowledged_at_ms,
        ) {
            (Some(mine), Some(theirs)) => Some(mine.min(theirs)),
            (mine, theirs) => mine.or(theirs),
        };
        if let (Some(mine), Some(theirs)) = (&self.active, other.active) {
            if mine.started_at_ms == theirs.started_at_ms
                && theirs.updated_at_ms > mine.updated_at_ms
            {
                self.active = Some(theirs);
            }
        }
        if self
            .active
            .as_ref()
            .is_some_and(|active| self.has_recorded(active.started_at_ms))
        {
            self.active = None;
        }
    }

    fn has_recorded(&self, started_at_ms: i64) -> bool {
        self.history
            .iter()
            .any(|r| r.started_at_ms == started_at_ms)
    }

    /// On start-up: a session left alone for hours goes to history as stopped rather than
    /// resuming. Returns whether anything changed.
    pub fn retire_abandoned_session(&mut self, now_ms: i64) -> bool {
        match self.active.take() {
            Some(session) if session.is_abandoned(now_ms) => {
                let plan = Plan::for_routine(&session.routine);
                self.record(session.abandoned_record(&plan));
                true
            }
            active => {
                self.active = active;
                false
            }
        }
    }
}
