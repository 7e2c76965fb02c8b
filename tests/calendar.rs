use lumbar::domain::calendar::{
    civil_from_days, format_countdown, format_day, format_days, format_duration, local_day,
    CivilDate,
};

#[test]
fn day_numbers_map_to_calendar_dates() {
    assert_eq!(
        civil_from_days(0),
        CivilDate {
            year: 1970,
            month: 1,
            day: 1
        }
    );
    assert_eq!(
        civil_from_days(-1),
        CivilDate {
            year: 1969,
            month: 12,
            day: 31
        }
    );
    // 2024-02-29, a leap day.
    assert_eq!(
        civil_from_days(19_782),
        CivilDate {
            year: 2024,
            month: 2,
            day: 29
        }
    );
    assert_eq!(format_day(20_780), "Mon 23 Nov 2026");
}

#[test]
fn local_day_follows_the_offset() {
    // 2026-11-23 23:30 UTC is already the 24th in Tokyo (+9 h) and still the 23rd in New York (−5 h).
    let ms = 20_780 * 86_400_000 + (23 * 60 + 30) * 60_000;
    assert_eq!(local_day(ms, 0), 20_780);
    assert_eq!(local_day(ms, 9 * 60), 20_781);
    assert_eq!(local_day(ms, -5 * 60), 20_780);
    assert_eq!(
        local_day(-1, 0),
        -1,
        "before 1970 rounds down, not towards zero"
    );
}

#[test]
fn durations_and_countdowns_read_naturally() {
    assert_eq!(format_duration(45_000), "45 s");
    assert_eq!(format_duration(471_000), "8 min");
    assert_eq!(format_duration(3_900_000), "1 h 5 min");
    assert_eq!(format_duration(-5), "0 s");
    assert_eq!(format_days(0), "0 days");
    assert_eq!(format_days(1), "1 day");
    assert_eq!(format_days(2), "2 days");
    assert_eq!(format_countdown(5), "5");
    assert_eq!(format_countdown(180), "3:00");
    assert_eq!(format_countdown(179), "2:59");
}
