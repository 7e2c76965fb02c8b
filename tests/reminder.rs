use lumbar::domain::calendar::days_from_civil;
use lumbar::domain::reminder::{escape_text, fold, Reminder};

/// Mon 23 Nov 2026 23:11:49 UTC.
const NOW_MS: i64 = 1_795_475_509_000;

fn ics(reminder: Reminder) -> String {
    reminder
        .to_ics(days_from_civil(2026, 11, 23), NOW_MS, 8)
        .expect("a calendar")
}

/// Unfolds content lines as a calendar reader does (RFC 5545 §3.1).
fn unfolded(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_line_ends_in_crlf_and_fits_75_octets() {
    let text = ics(Reminder::default());
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "no bare LF");
    assert!(!text.replace("\r\n", "").contains('\r'), "no bare CR");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
    }
}

#[test]
fn the_event_is_a_weekly_floating_time_reminder_with_an_alarm() {
    let reminder = Reminder {
        days: [false, true, false, true, false, false, true],
        hour: 7,
        minute: 5,
    };
    let lines = unfolded(&ics(reminder));
    assert_eq!(lines.first().unwrap(), "BEGIN:VCALENDAR");
    assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
    let has = |wanted: &str| lines.iter().any(|l| l == wanted);
    assert!(has("VERSION:2.0"));
    assert!(has("PRODID:-//Lumbar//Lower-back routine//EN"));
    assert!(has(&format!("UID:lumbar-reminder-{NOW_MS}@lumbar.invalid")));
    assert!(has("DTSTAMP:20261123T231149Z"));
    // Today is Monday, not chosen: the first chosen day is Tuesday the 24th.
    assert!(has("DTSTART:20261124T070500"));
    assert!(has("RRULE:FREQ=WEEKLY;BYDAY=TU,TH,SU"));
    assert!(has("DURATION:PT10M"));
    assert!(has("BEGIN:VALARM") && has("ACTION:DISPLAY") && has("TRIGGER:PT0M"));
    let begins = lines.iter().filter(|l| l.starts_with("BEGIN:")).count();
    let ends = lines.iter().filter(|l| l.starts_with("END:")).count();
    assert_eq!((begins, ends), (3, 3));
    for line in &lines {
        let (name, _) = line.split_once(':').expect("NAME:value");
        assert!(
            name.chars().all(|c| c.is_ascii_uppercase() || c == '-'),
            "{name}"
        );
    }
    let description = lines
        .iter()
        .find(|l| l.starts_with("DESCRIPTION:Time"))
        .unwrap();
    assert!(description.contains("about 8 minutes"));
    assert!(description.contains("Leg Raise\\, about"), "commas escaped");
}

#[test]
fn today_is_the_first_occurrence_when_chosen() {
    let lines = unfolded(&ics(Reminder::default()));
    assert!(lines.iter().any(|l| l == "DTSTART:20261123T080000"));
    assert!(lines
        .iter()
        .any(|l| l == "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR"));
}

#[test]
fn no_day_chosen_is_a_clear_message() {
    let none = Reminder {
        days: [false; 7],
        ..Reminder::default()
    };
    assert_eq!(
        none.to_ics(0, NOW_MS, 8),
        Err("Choose at least one day for the reminder.".into())
    );
}

#[test]
fn folding_never_splits_a_character_and_unfolds_to_the_original() {
    let line = format!("DESCRIPTION:{}", "Rücken — ½ Hocke, 90° ".repeat(12));
    let folded = fold(&line);
    for piece in folded.split("\r\n") {
        assert!(piece.len() <= 75);
    }
    assert_eq!(folded.replace("\r\n ", ""), line);
    assert!(folded.split("\r\n").skip(1).all(|p| p.starts_with(' ')));
    assert_eq!(fold("SHORT:x"), "SHORT:x");
}

#[test]
fn text_values_escape_the_characters_rfc_5545_reserves() {
    assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
}

#[test]
fn the_time_input_is_read_strictly() {
    let base = Reminder::default();
    assert_eq!(
        base.with_time("18:45").map(|r| (r.hour, r.minute)),
        Some((18, 45))
    );
    assert_eq!(
        base.with_time("07:05:00").map(|r| r.time_text()),
        Some("07:05".into())
    );
    assert_eq!(base.with_time("24:00"), None);
    assert_eq!(base.with_time("12:60"), None);
    assert_eq!(base.with_time("noon"), None);
}
