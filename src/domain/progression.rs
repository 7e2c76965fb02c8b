//! Progression, the usual physiotherapy way: start at the routine the person chose, add a
//! little only after several comfortable sessions, never after a pain increase, and after a
//! hard or painful one take back what progression added, a step at a time, down to what the
//! person chose. Every change is logged so the user can see it and undo it.

use super::records::{ChangeReason, Feel, Outcome, RoutineChange, SessionRecord};
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
