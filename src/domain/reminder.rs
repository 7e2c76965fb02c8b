//! A weekly reminder as an iCalendar file (RFC 5545): the phone's own calendar does the
//! reminding, so Lumbar needs no server and no notification permission.

use super::calendar::{civil_from_days, weekday_from_monday};

/// RFC 5545 weekday codes, Monday first.
pub const WEEKDAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
pub const WEEKDAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Lines longer than this many octets are folded (RFC 5545 §3.1).
const FOLD_AT_OCTETS: usize = 75;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reminder {
    /// Monday first.
    pub days: [bool; 7],
    pub hour: u32,
    pub minute: u32,
}

impl Default for Reminder {
    fn default() -> Self {
        Reminder {
            days: [true, false, true, false, true, false, false],
            hour: 8,
            minute: 0,
        }
    }
}

impl Reminder {
    /// Reads "HH:MM" from a time input.
    pub fn with_time(self, text: &str) -> Option<Reminder> {
        let (hour, minute) = text.split_once(':')?;
        let hour: u32 = hour.parse().ok()?;
        let minute: u32 = minute.get(..2)?.parse().ok()?;
        (hour < 24 && minute < 60).then_some(Reminder {
            hour,
            minute,
            ..self
        })
    }

    pub fn time_text(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }

    /// The calendar file, or a message when no day is chosen. `today` is the user's local
    /// day number; `now_ms` stamps the file and makes its UID unique; `minutes` is the
    /// routine's length.
    pub fn to_ics(&self, today: i64, now_ms: i64, minutes: u32) -> Result<String, String> {
        let by_day: Vec<&str> = (0..7)
            .filter(|&d| self.days[d])
            .map(|d| WEEKDAY_CODES[d])
            .collect();
        if by_day.is_empty() {
            return Err("Choose at least one day for the reminder.".into());
        }
        // The first occurrence is the first chosen day from today on; RFC 5545 counts
        // DTSTART as an occurrence, so it must itself be a chosen day.
        let first = (today..today + 7)
            .find(|&day| self.days[weekday_from_monday(day) as usize])
            .unwrap_or(today);
        let start = civil_from_days(first);
        let stamp = utc_stamp(now_ms);
        let lines = [
            "BEGIN:VCALENDAR".to_owned(),
            "VERSION:2.0".into(),
            "PRODID:-//Lumbar//Lower-back routine//EN".into(),
            "CALSCALE:GREGORIAN".into(),
            "BEGIN:VEVENT".into(),
            format!("UID:lumbar-reminder-{now_ms}@lumbar.invalid"),
            format!("DTSTAMP:{stamp}"),
            // Floating local time: the reminder stays at this hour on the phone's clock,
            // also across daylight-saving changes and travel.
            format!(
                "DTSTART:{:04}{:02}{:02}T{:02}{:02}00",
                start.year, start.month, start.day, self.hour, self.minute
            ),
            "DURATION:PT10M".into(),
            format!("RRULE:FREQ=WEEKLY;BYDAY={}", by_day.join(",")),
            "SUMMARY:Lumbar: lower-back routine".into(),
            format!(
                "DESCRIPTION:{}",
                escape_text(&format!(
                    "Time for your lower-back routine: warm-up, Wall Slides and Leg Raise, \
                     about {minutes} minutes. Open Lumbar on your phone. Stop if the pain gets \
                     worse, and talk to your doctor."
                ))
            ),
            "BEGIN:VALARM".into(),
            "ACTION:DISPLAY".into(),
            "DESCRIPTION:Lumbar: lower-back routine".into(),
            "TRIGGER:PT0M".into(),
            "END:VALARM".into(),
            "END:VEVENT".into(),
            "END:VCALENDAR".into(),
        ];
        Ok(lines.iter().map(|line| fold(line) + "\r\n").collect())
    }
}

/// "20261123T231149Z".
fn utc_stamp(now_ms: i64) -> String {
    let day = now_ms.div_euclid(86_400_000);
    let secs = now_ms.rem_euclid(86_400_000) / 1000;
    let date = civil_from_days(day);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        date.year,
        date.month,
        date.day,
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// TEXT escaping of RFC 5545 §3.3.11.
pub fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' => escaped.push_str("\\n"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// Splits a content line into pieces of at most 75 octets, each continuation starting with
/// a space, never inside a UTF-8 character.
pub fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + line.len() / FOLD_AT_OCTETS * 3);
    let mut octets = 0;
    for c in line.chars() {
        if octets + c.len_utf8() > FOLD_AT_OCTETS {
            folded.push_str("\r\n ");
            octets = 1;
        }
        folded.push(c);
        octets += c.len_utf8();
    }
    folded
}
