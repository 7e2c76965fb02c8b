//! The figures of the summary a person can hand to a doctor or physiotherapist: the period,
//! how often they exercised, and how sessions ended. Integers only:
//! "1.5 a week" is computed in tenths.

use super::calendar::format_day;
use super::records::{Outcome, SessionRecord};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClinicianSummary {
    /// First and last day with a session, as text.
    pub from: String,
    pub to: String,
    /// Days from the first session's day to the last one's, both counted.
    pub days: i64,
    pub sessions: usize,
    /// Sessions per week over the period, in tenths (15 is 1.5 a week).
    pub per_week_tenths: i64,
    pub completed: usize,
    pub stopped_early: usize,
    pub stopped_for_pain: usize,
}

impl ClinicianSummary {
    /// None before the first session.
    pub fn of(history: &[SessionRecord]) -> Option<ClinicianSummary> {
        let first = history.iter().map(SessionRecord::local_day).min()?;
        let last = history.iter().map(SessionRecord::local_day).max()?;
        let days = last - first + 1;
        let sessions = history.len();
        let count = |f: fn(&SessionRecord) -> bool| history.iter().filter(|r| f(r)).count();
        Some(ClinicianSummary {
            from: format_day(first),
            to: format_day(last),
            days,
            sessions,
            // Rounded to the nearest tenth; a period shorter than a week counts as one.
            per_week_tenths: (sessions as i64 * 70 * 2 + days.max(7)) / (days.max(7) * 2),
            completed: count(|r| r.outcome == Outcome::Completed),
            stopped_early: count(|r| r.outcome == Outcome::Stopped && !r.stopped_for_pain),
            stopped_for_pain: count(|r| r.stopped_for_pain),
        })
    }

    /// "1.5", for "about 1.5 sessions a week".
    pub fn per_week(&self) -> String {
        format!(
            "{}.{}",
            self.per_week_tenths / 10,
            self.per_week_tenths % 10
        )
    }
}
