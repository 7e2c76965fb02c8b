//! The tones handed to the audio output: what a new schedule cancels and adds.

use lumbar::domain::cue::{TimedTone, Tone};
use lumbar::domain::tone_ledger::{Reschedule, ToneLedger, LATE_MS, ON_ITS_WAY_MS};

const T: i64 = 1_795_000_000_000;

fn tone(at_ms: i64, tone: Tone) -> TimedTone {
    TimedTone { at_ms, tone }
}

#[test]
fn the_finishing_chime_is_never_cut_once_it_has_begun() {
    let mut ledger = ToneLedger::new();
    let chime = tone(T, Tone::Finished);
    ledger.replace(&[tone(T - 3_000, Tone::Countdown), chime], T - 3_500);
    // The session ends on the tick of the chime's moment, and nothing is wanted any more:
    // its second and third notes (0.17 s and 0.34 s in) still sound.
    let change = ledger.replace(&[], T + 5);
    assert_eq!(change, Reschedule::default());
    assert_eq!(ledger.held(), &[chime]);
    // Once it is over the ledger forgets it.
    ledger.replace(&[], T + Tone::Finished.length_ms() + 1);
    assert_eq!(ledger.held(), &[]);
}

#[test]
fn a_schedule_made_again_as_a_tone_begins_does_not_hand_it_over_twice() {
    let mut ledger = ToneLedger::new();
    let hold = tone(T, Tone::HoldStart);
    let end = tone(T + 5_000, Tone::HoldEnd);
    ledger.replace(&[hold, end], T - 10_000);
    // Hidden and shown again 50 ms before the hold's tone: the same tones, from the same
    // deadlines.
    for now in [T - 50, T - ON_ITS_WAY_MS, T + 30] {
        assert_eq!(
            ledger.replace(&[hold, end], now),
            Reschedule::default(),
            "at {now}"
        );
    }
    assert_eq!(ledger.held(), &[hold, end]);
}

#[test]
fn what_is_no_longer_wanted_is_cancelled_unless_it_is_on_its_way() {
    let mut ledger = ToneLedger::new();
    let soon = tone(T + ON_ITS_WAY_MS, Tone::HoldStart);
    let later = tone(T + 3_000, Tone::Countdown);
    ledger.replace(&[soon, later], T - 1_000);
    // A pause at T.
    let change = ledger.replace(&[], T);
    assert_eq!(change.cancel, [later]);
    assert_eq!(change.add, []);
    assert_eq!(ledger.held(), &[soon]);
}

#[test]
fn only_what_changed_is_cancelled_and_added() {
    let mut ledger = ToneLedger::new();
    let kept = tone(T + 10_000, Tone::Finished);
    let moved = tone(T + 2_000, Tone::HoldStart);
    ledger.replace(&[moved, kept], T - 500);
    let now_tone = tone(T, Tone::StepStart);
    let change = ledger.replace(&[now_tone, kept], T);
    assert_eq!(change.cancel, [moved]);
    assert_eq!(change.add, [now_tone]);
}

#[test]
fn tones_whose_moment_has_passed_are_not_played_late() {
    // A session resumed after a reload: its schedule waited for the first tap, 40 s later.
    let waiting = [
        tone(T + 5_000, Tone::HoldStart),
        tone(T + 30_000, Tone::HoldEnd),
        tone(T + 40_000 - LATE_MS, Tone::StepStart),
        tone(T + 45_000, Tone::HoldStart),
    ];
    let mut ledger = ToneLedger::new();
    let change = ledger.replace(&waiting, T + 40_000);
    assert_eq!(change.add, &waiting[2..]);
    assert_eq!(change.cancel, []);
}

#[test]
fn a_short_tone_that_has_ended_is_not_handed_over_again_within_the_late_limit() {
    let mut ledger = ToneLedger::new();
    // A step's tone (0.12 s) at the start, then the same schedule again 0.2 s later (the
    // voices arrived): the tone has ended but is not late yet, and it was played.
    let start = tone(T, Tone::StepStart);
    let later = tone(T + 5_000, Tone::HoldStart);
    ledger.replace(&[start, later], T);
    assert_eq!(
        ledger.replace(&[start, later], T + 200),
        Reschedule::default()
    );
}
