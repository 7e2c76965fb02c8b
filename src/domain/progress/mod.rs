//! What Lumbar remembers: the safety acknowledgement, the history and a session in progress.

use serde::{Deserialize, Serialize};

use super::calendar::local_day;
use super::history;
use super::plan::Plan;
use super::progression;
use super::records::{Feel, RoutineChange, SessionRecord, Settings, MAX_PAIN};
use super::red_flags::Screening;
use super::routine::Routine;
use super::session::Session;

mod routine_changes;

/// Stored inside `storage_codec`'s versioned envelope. Fields added in version 2 take their
/// defaults when absent. index.html reads `progress.safety_acknowledged_at_ms` before the
/// app starts, to hide its static copy of the safety screen from a returning user.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub safety_acknowledged_at_ms: Option<i64>,
    pub history: Vec<SessionRecord>,
    pub active: Option<Session>,
    #[serde(default)]
    pub settings: Settings,
    /// The numbers the next session uses: the seed's until the user or progression changes them.
    #[serde(default)]
    pub routine: Routine,
    /// Progression adjusts `routine` after sessions; off unless the user turns it on.
    #[serde(default)]
    pub progression: bool,
    /// Every change of `routine`, oldest first, so each can be seen and undone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routine_changes: Vec<RoutineChange>,
    /// The latest answers to the warning-sign questions (version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screening: Option<Screening>,
    /// Ids of the lessons opened, in the order they were read (version 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lessons_read: Vec<String>,
}

/// How many routine changes survive compaction: enough to see the recent path and undo.
pub const CHANGES_KEPT_WHEN_COMPACT: usize = 10;

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

    /// Stores the answers given after the session that started at `started_at_ms`.
    pub fn check_in_after(&mut self, started_at_ms: i64, pain: Option<u8>, feel: Option<Feel>) {
        if let Some(record) = self.recorded_mut(started_at_ms) {
            record.pain_after = pain.map(|p| p.min(MAX_PAIN));
            record.feel = feel;
        }
    }

    /// Drops old detail nobody needs to keep using the app: routine changes beyond the most
    /// recent few, except those that say what the person chose (progression eases back to
    /// it). Sessions and check-ins are never touched. Returns whether it freed anything.
    pub fn compact(&mut self) -> bool {
        let before = self.routine_changes.len();
        let chosen = progression::choices_in_force(&self.routine_changes);
        let recent = before.saturating_sub(CHANGES_KEPT_WHEN_COMPACT);
        let mut index = 0;
        self.routine_changes.retain(|_| {
            index += 1;
            index > recent || chosen.contains(&(index - 1))
        });
        self.routine_changes.len() < before
    }

    pub fn last_session(&self) -> Option<&SessionRecord> {
        self.history.last()
    }

    /// Consecutive local days, ending today or yesterday, with a completed session.
    pub fn current_streak(&self, now_ms: i64, utc_offset_min: i32) -> u32 {
        history::streak_ending(
            &history::completed_days(&self.history),
            local_day(now_ms, utc_offset_min),
        )
    }

    /// Takes in what another tab saved, so neither tab's write erases the other's sessions.
    /// History is the union (a session is identified by its start); this tab's session in
    /// progress stays its own, updated from the other tab only if it is the same session and
    /// the other copy is newer, and dropped if the other tab has already recorded it.
    pub fn merge(&mut self, other: Progress) {
        for record in other.history {
            match self.recorded_mut(record.started_at_ms) {
                Some(mine) => {
                    mine.pain_after = mine.pain_after.or(record.pain_after);
                    mine.feel = mine.feel.or(record.feel);
                }
                None => self.record(record),
            }
        }
        self.merge_routine_changes(other.routine_changes);
        // The later answers are the person's current ones; a doctor's check stays with them.
        if let Some(theirs) = other.screening {
            let key = |s: &Screening| (s.answered_at_ms, s.doctor_checked_at_ms);
            if self
                .screening
                .as_ref()
                .is_none_or(|mine| key(mine) < key(&theirs))
            {
                self.screening = Some(theirs);
            }
        }
        for lesson in other.lessons_read {
            if !self.lessons_read.contains(&lesson) {
                self.lessons_read.push(lesson);
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

    fn recorded_mut(&mut self, started_at_ms: i64) -> Option<&mut SessionRecord> {
        let at = self
            .history
            .binary_search_by_key(&started_at_ms, |r| r.started_at_ms)
            .ok()?;
        self.history.get_mut(at)
    }

    fn has_recorded(&self, started_at_ms: i64) -> bool {
        self.history
            .binary_search_by_key(&started_at_ms, |r| r.started_at_ms)
            .is_ok()
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
