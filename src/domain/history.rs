//! What the history screen shows, computed from the records in one pass or two, so ten
//! years of daily sessions stay instant.

use super::calendar::{civil_from_days, days_from_civil, format_day, weekday_from_monday};
use super::records::{Outcome, SessionRecord, MAX_PAIN};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub sessions: usize,
    pub completed: usize,
    pub active_minutes: i64,
    pub current_streak: u32,
    pub best_streak: u32,
}

/// Local days with a completed session, each day once, in order. A sorted `Vec` rather than
/// a `BTreeSet`: the same lookups by binary search, without the tree's code in the wasm.
pub fn completed_days(history: &[SessionRecord]) -> Vec<i64> {
    let mut days = Vec::new();
    // History is in start order, so nearly every day lands at the end; inserting in order
    // also spares the wasm a sort routine (about 3 KB).
    for day in history
        .iter()
        .filter(|r| r.outcome == Outcome::Completed)
        .map(SessionRecord::local_day)
    {
        if let Err(at) = days.binary_search(&day) {
            days.insert(at, day);
        }
    }
    days
}

pub fn summarize(history: &[SessionRecord], today: i64) -> Summary {
    let days = completed_days(history);
    let mut best = 0;
    let mut run = 0;
    let mut previous = None;
    for &day in &days {
        run = if previous.is_some() && previous == day.checked_sub(1) {
            run + 1
        } else {
            1
        };
        best = best.max(run);
        previous = Some(day);
    }
    Summary {
        sessions: history.len(),
        completed: history
            .iter()
            .filter(|r| r.outcome == Outcome::Completed)
            .count(),
        // Rounded like every other duration the app shows (`format_duration`).
        active_minutes: history
            .iter()
            .fold(30_000i64, |sum, r| sum.saturating_add(r.active_ms.max(0)))
            / 60_000,
        current_streak: streak_ending(&days, today),
        best_streak: best,
    }
}

/// "Mon 23 Nov 2026 · completed · pain 5 → 3 · about right".
pub fn session_line(record: &SessionRecord) -> String {
    let mut parts = vec![
        format_day(record.local_day()),
        record.outcome_label().into(),
    ];
    if record.pain_before.is_some() || record.pain_after.is_some() {
        let pain = |p: Option<u8>| p.map_or("–".to_owned(), |p| p.to_string());
        parts.push(format!(
            "pain {} → {}",
            pain(record.pain_before),
            pain(record.pain_after)
        ));
    }
    if let Some(feel) = record.feel {
        parts.push(feel.lowercase_label().into());
    }
    parts.join(" · ")
}

/// Consecutive days with a completed session ending today, or yesterday if today is not
/// done yet (the streak is still alive until the day is over).
pub fn streak_ending(days: &[i64], today: i64) -> u32 {
    let Some(mut day) = [today, today - 1]
        .into_iter()
        .find(|d| days.binary_search(d).is_ok())
    else {
        return 0;
    };
    // Counted over the set rather than by stepping back day by day, so corrupt data with
    // days near i64::MIN cannot overflow.
    let mut streak = 0;
    let through_day = days.partition_point(|&done| done <= day);
    for &done in days[..through_day].iter().rev() {
        if done != day {
            break;
        }
        streak += 1;
        day = day.saturating_sub(1);
    }
    streak
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayMark {
    None,
    Completed,
    /// Only stopped sessions that day.
    Stopped,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Month {
    /// Blank cells before the 1st in a Monday-first week.
    pub leading_blanks: u32,
    /// One mark per day of the month, the 1st first.
    pub days: Vec<DayMark>,
    /// Day number of the 1st.
    pub first_day: i64,
}

impl Month {
    pub fn containing(day: i64) -> (i64, u32) {
        let date = civil_from_days(day);
        (date.year, date.month)
    }

    /// The month before or after (`delta` months away).
    pub fn shifted(year: i64, month: u32, delta: i64) -> (i64, u32) {
        let index = year * 12 + i64::from(month) - 1 + delta;
        (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
    }

    pub fn of(history: &[SessionRecord], year: i64, month: u32) -> Month {
        let first_day = days_from_civil(year, month, 1);
        let (next_year, next_month) = Month::shifted(year, month, 1);
        let length = days_from_civil(next_year, next_month, 1) - first_day;
        let mut days = vec![DayMark::None; usize::try_from(length).unwrap_or(0)];
        for record in history {
            let Ok(index) = usize::try_from(record.local_day().saturating_sub(first_day)) else {
                continue;
            };
            if let Some(mark) = days.get_mut(index) {
                *mark = match (record.outcome, *mark) {
                    (Outcome::Completed, _) | (_, DayMark::Completed) => DayMark::Completed,
                    (Outcome::Stopped, _) => DayMark::Stopped,
                };
            }
        }
        Month {
            leading_blanks: weekday_from_monday(first_day),
            days,
            first_day,
        }
    }
}

/// Pain before and after as two series of (x, pain) in a 300 × 120 drawing, pain 10 at the
/// top. Whole-number coordinates keep float formatting out of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PainChart {
    pub before: Vec<(u32, u8)>,
    pub after: Vec<(u32, u8)>,
    pub sessions: usize,
    pub first_day: String,
    pub last_day: String,
}

pub const CHART_WIDTH: u32 = 300;
pub const CHART_HEIGHT: u32 = 120;
const CHART_LEFT: u32 = 24;
const CHART_RIGHT: u32 = 292;
const CHART_TOP: u32 = 10;
const CHART_BOTTOM: u32 = 110;

/// The y coordinate of a pain score.
pub fn pain_y(pain: u8) -> u32 {
    let pain = u32::from(pain.min(MAX_PAIN));
    CHART_BOTTOM - pain * (CHART_BOTTOM - CHART_TOP) / u32::from(MAX_PAIN)
}

impl PainChart {
    /// The latest `limit` sessions with any pain answer; `None` when there are none.
    pub fn of(history: &[SessionRecord], limit: usize) -> Option<PainChart> {
        let mut rated: Vec<&SessionRecord> = history
            .iter()
            .rev()
            .filter(|r| r.pain_before.is_some() || r.pain_after.is_some())
            .take(limit)
            .collect();
        rated.reverse();
        let (first, last) = (rated.first()?, rated.last()?);
        let span = u32::try_from(rated.len().saturating_sub(1)).unwrap_or(u32::MAX);
        let x = |i: usize| match span {
            0 => (CHART_LEFT + CHART_RIGHT) / 2,
            _ => CHART_LEFT + u32::try_from(i).unwrap_or(0) * (CHART_RIGHT - CHART_LEFT) / span,
        };
        let series = |pick: fn(&SessionRecord) -> Option<u8>| {
            rated
                .iter()
                .enumerate()
                .filter_map(|(i, r)| pick(r).map(|pain| (x(i), pain.min(MAX_PAIN))))
                .collect()
        };
        Some(PainChart {
            before: series(|r| r.pain_before),
            after: series(|r| r.pain_after),
            sessions: rated.len(),
            first_day: format_day(first.local_day()),
            last_day: format_day(last.local_day()),
        })
    }

    /// An SVG path through the points; a lone point still shows as a dot with round caps.
    pub fn path(points: &[(u32, u8)]) -> String {
        let mut path = String::new();
        for (i, (x, pain)) in points.iter().enumerate() {
            let command = if i == 0 { 'M' } else { 'L' };
            path.push_str(&format!("{command}{x} {}", pain_y(*pain)));
        }
        if points.len() == 1 {
            path.push_str("h0");
        }
        path
    }

    /// The same points as dots, one zero-length stroke each.
    pub fn dots(points: &[(u32, u8)]) -> String {
        points
            .iter()
            .map(|(x, pain)| format!("M{x} {}h0", pain_y(*pain)))
            .collect()
    }
    /// The chart as markup, for the history screen and the clinician's summary alike: one
    /// drawing, written as text because it changes only when the history does. Its label
    /// says in words what the lines show.
    pub fn svg(&self) -> String {
        let describe = |points: &[(u32, u8)]| match (points.first(), points.last()) {
            (Some(first), Some(last)) => format!("from {} to {}", first.1, last.1),
            _ => "not answered".into(),
        };
        let mut svg = format!(
            "<figure class=\"chart\"><figcaption><h2>Pain before and after</h2>\
             <span class=\"key before\"></span> before <span class=\"key after\"></span> after\
             </figcaption><svg viewBox=\"0 0 {CHART_WIDTH} {CHART_HEIGHT}\" role=\"img\" \
             data-testid=\"pain-chart\" aria-label=\"Pain over your last {} sessions with answers, \
             {} to {}: before, {}; after, {}.\"><path class=\"grid\" d=\"",
            self.sessions,
            self.first_day,
            self.last_day,
            describe(&self.before),
            describe(&self.after)
        );
        for pain in [0, 5, 10] {
            svg.push_str(&format!("M{CHART_LEFT} {}H{CHART_RIGHT}", pain_y(pain)));
        }
        svg.push_str("\"/>");
        for pain in [10, 5, 0] {
            svg.push_str(&format!(
                "<text x=\"18\" y=\"{}\">{pain}</text>",
                pain_y(pain) + 4
            ));
        }
        for (class, points) in [("before", &self.before), ("after", &self.after)] {
            svg.push_str(&format!(
                "<path class=\"line {class}\" d=\"{}\"/><path class=\"dots {class}\" d=\"{}\"/>",
                PainChart::path(points),
                PainChart::dots(points)
            ));
        }
        svg.push_str(&format!(
            "</svg><p class=\"chart-range muted\"><span>{}</span><span>{}</span></p></figure>",
            self.first_day, self.last_day
        ));
        svg
    }
}
