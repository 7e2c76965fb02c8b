//! What moved on while no one could see the page: a phone locked mid-session keeps its
//! deadlines, so on return the person is told where the session went instead of finding it
//! somewhere else without a word.

use crate::domain::plan::Plan;

/// How every such report begins: a newer one replaces an older one.
pub const WHILE_AWAY: &str = "While the screen was off: ";

/// The report for a session that was at step `from` when the page was hidden and is at step
/// `to` now (`plan.len()` or more: it finished). None when it did not move.
pub fn while_away(plan: &Plan, from: usize, to: usize) -> Option<String> {
    let to = to.min(plan.len());
    if to <= from {
        return None;
    }
    let now = plan.get(to);
    let mut text = String::from(WHILE_AWAY);
    let mut last = None;
    for step in &plan.steps()[from..to] {
        if Some(step.exercise) != now.map(|s| s.exercise) && last != Some(step.exercise) {
            if last.is_some() {
                text += " and ";
            }
            text += step.exercise.name();
            last = Some(step.exercise);
        }
    }
    text += if last.is_some() {
        " finished. "
    } else {
        "the session went on. "
    };
    match now {
        Some(step) => {
            text += "Now: ";
            text += step.exercise.name();
            if let Some(at) = step.position_label() {
                text += " · ";
                text += &at;
            }
            text += " · ";
            text += step.title();
            text += ".";
        }
        None => text += "The routine is complete.",
    }
    Some(text)
}
