//! Progression, the usual physiotherapy way: start at the routine the person chose, add a
//! little only after several comfortable sessions, never after a pain increase, and after a
//! hard or painful one take back what progression added, a step at a time, down to what the
//! person chose. Every change is logged so the user can see it and undo it.

use serde::{Deserialize, Serialize};

use super::progress::{Feel, Outcome, Progress, SessionRecord};
use super::routine::Routine;
use super::routine_limits::Knob;

/// Comfortable sessions in a row before the routine grows.
pub const COMFORTABLE_RUN: usize = 3;

/// What progression may raise, in the order it raises them, by how much, and how far.
/// Holds grow by 2 s and repetitions by one; the ceilings stay well inside the safe ranges.
const LADDER: [(Knob, u32, u32); 4] = [
    (Knob::WallSlideHold, 2, 15),
    (Knob::LegRaiseHold, 2, 20),
    (Knob::WallSlideReps, 1, 10),
    (Knob::LegRaiseRounds, 1, 8),
];

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
    fn settled_at_ms(&self) -> i64 {
        self.undone_at_ms.unwrap_or(self.at_ms)
    }

    fn effective(&self) -> Routine {
        if self.undone_at_ms.is_some() {
            self.from
        } else {
            self.to
        }
    }
}

/// A session that should make the routine easier: stopped for pain, rated hard, or ending
/// with more pain than it started with.
fn was_too_much(record: &SessionRecord) -> bool {
    record.stopped_for_pain || record.feel == Some(Feel::Hard) || record.pain_increased()
}

fn was_comfortable(record: &SessionRecord) -> bool {
    record.outcome == Outcome::Completed
        && matches!(record.feel, Some(Feel::Easy | Feel::AboutRight))
        && !was_too_much(record)
}

/// What the rule makes of the sessions since the routine last changed, latest last.
/// Sessions with no answers count for nothing either way.
/// `chosen` is where easing back stops: see [`chosen_routine`].
pub fn decide(
    routine: &Routine,
    chosen: &Routine,
    sessions: &[SessionRecord],
) -> Option<(Routine, ChangeReason)> {
    let rated: Vec<&SessionRecord> = sessions
        .iter()
        .filter(|r| r.feel.is_some() || r.stopped_for_pain || r.pain_increased())
        .collect();
    let latest = rated.last()?;
    if was_too_much(latest) {
        let eased = back_off(routine, chosen);
        return (eased != *routine).then_some((eased, ChangeReason::BackedOff));
    }
    let run = &rated[rated.len().saturating_sub(COMFORTABLE_RUN)..];
    if run.len() == COMFORTABLE_RUN && run.iter().all(|r| was_comfortable(r)) {
        let raised = step_up(routine)?;
        return Some((raised, ChangeReason::Progressed));
    }
    None
}

/// Raises the ladder rung that has been raised least (in steps above the seed), so holds
/// and repetitions grow in turn. `None` at every ceiling.
pub fn step_up(routine: &Routine) -> Option<Routine> {
    let (knob, step, _) = LADDER
        .into_iter()
        .filter(|(knob, step, ceiling)| knob.get(routine) + step <= *ceiling)
        .min_by_key(|(knob, step, _)| {
            let seed = knob.get(&Routine::AS_WRITTEN);
            (i64::from(knob.get(routine)) - i64::from(seed)).div_euclid(i64::from(*step))
        })?;
    let mut raised = *routine;
    knob.set(&mut raised, knob.get(routine) + step);
    Some(raised)
}

/// Every rung above what the person chose comes down one step, never below their choice:
/// a number at or below it is never touched, so nothing of theirs is raised or lowered.
pub fn back_off(routine: &Routine, chosen: &Routine) -> Routine {
    let mut eased = *routine;
    for (knob, step, _) in LADDER {
        let floor = knob.get(chosen);
        let value = knob.get(routine);
        if value > floor {
            knob.set(&mut eased, value.saturating_sub(step).max(floor));
        }
    }
    eased
}

/// Whether `change` is the person's own setting of `knob`, still in force: their change of
/// that number, or a reset of all of them to the seed.
fn sets_knob(change: &RoutineChange, knob: Knob) -> bool {
    change.undone_at_ms.is_none()
        && match change.reason {
            ChangeReason::Reset => true,
            ChangeReason::ChangedByYou => knob.get(&change.from) != knob.get(&change.to),
            ChangeReason::Progressed | ChangeReason::BackedOff => false,
        }
}

/// The routine the person chose: each number as they last set it themselves, and the seed's
/// where they never did. Progression's own steps sit above it, and easing back stops at it.
pub fn chosen_routine(changes: &[RoutineChange]) -> Routine {
    let mut chosen = Routine::AS_WRITTEN;
    for knob in Knob::ALL {
        if let Some(at) = latest_choice(changes, knob) {
            knob.set(&mut chosen, knob.get(&changes[at].to));
        }
    }
    chosen
}

fn latest_choice(changes: &[RoutineChange], knob: Knob) -> Option<usize> {
    changes.iter().rposition(|c| sets_knob(c, knob))
}

/// Where in `changes` the person's choices in force are: what compaction must keep.
pub(super) fn choices_in_force(changes: &[RoutineChange]) -> Vec<usize> {
    Knob::ALL
        .into_iter()
        .filter_map(|knob| latest_choice(changes, knob))
        .collect()
}

impl Progress {
    /// The sessions that started after the routine last changed (or a change was undone).
    fn sessions_since_last_change(&self) -> &[SessionRecord] {
        let since = self
            .routine_changes
            .iter()
            .map(RoutineChange::settled_at_ms)
            .max()
            .unwrap_or(i64::MIN);
        let first = self.history.partition_point(|r| r.started_at_ms <= since);
        &self.history[first..]
    }

    /// Runs the rule if the user turned progression on; returns the change it made.
    pub fn progress_routine(&mut self, now_ms: i64) -> Option<RoutineChange> {
        if !self.progression {
            return None;
        }
        let chosen = chosen_routine(&self.routine_changes);
        let (to, reason) = decide(&self.routine, &chosen, self.sessions_since_last_change())?;
        self.change_routine(to, reason, now_ms)
    }

    /// Switches to `to` and logs it, unless it is the routine already in use.
    pub fn change_routine(
        &mut self,
        to: Routine,
        reason: ChangeReason,
        now_ms: i64,
    ) -> Option<RoutineChange> {
        if to == self.routine {
            return None;
        }
        let change = RoutineChange {
            at_ms: now_ms,
            from: self.routine,
            to,
            reason,
            undone_at_ms: None,
        };
        self.routine = to;
        self.routine_changes.push(change.clone());
        Some(change)
    }

    /// The latest change not yet undone, if the routine is still what it made. Undoing it
    /// makes the change before it undoable, so changes can be taken back one by one.
    pub fn undoable_change(&self) -> Option<&RoutineChange> {
        self.routine_changes
            .iter()
            .rfind(|c| c.undone_at_ms.is_none())
            .filter(|c| c.to == self.routine)
    }

    pub fn undo_last_change(&mut self, now_ms: i64) {
        let routine = self.routine;
        if let Some(change) = self
            .routine_changes
            .iter_mut()
            .rfind(|c| c.undone_at_ms.is_none())
            .filter(|c| c.to == routine)
        {
            change.undone_at_ms = Some(now_ms);
            self.routine = change.from;
        }
    }

    /// Another tab's changes join this tab's log; the routine then follows whichever
    /// change happened last.
    pub(super) fn merge_routine_changes(&mut self, theirs: Vec<RoutineChange>) {
        if theirs.is_empty() {
            return;
        }
        for change in theirs {
            match self
                .routine_changes
                .iter_mut()
                .find(|mine| mine.at_ms == change.at_ms && mine.to == change.to)
            {
                Some(mine) => mine.undone_at_ms = mine.undone_at_ms.or(change.undone_at_ms),
                None => {
                    // In time order, after this tab's changes of the same moment.
                    let at = self
                        .routine_changes
                        .partition_point(|mine| mine.at_ms <= change.at_ms);
                    self.routine_changes.insert(at, change);
                }
            }
        }
        if let Some(latest) = self
            .routine_changes
            .iter()
            .max_by_key(|c| c.settled_at_ms())
        {
            self.routine = latest.effective();
        }
    }
}
