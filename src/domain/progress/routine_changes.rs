//! The routine's change log on [`Progress`]: progression's rule applied, changes made, undone
//! one by one, and merged with another tab's.

use super::Progress;
use crate::domain::progression::{chosen_routine, decide};
use crate::domain::records::{ChangeReason, RoutineChange, SessionRecord};
use crate::domain::routine::Routine;

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
