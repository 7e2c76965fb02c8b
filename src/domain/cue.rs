//! What the coach should make the phone do, as data; the browser shell plays it.

use super::plan::Step;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    StepStart,
    HoldStart,
    Countdown,
    Finished,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cue {
    Say(String),
    Beep(Tone),
    Vibrate { ms: u32 },
}

/// Cues older than this are dropped: after a hidden tab or a clock jump the coach
/// speaks about the present, not a backlog of missed steps.
pub const STALE_AFTER_MS: i64 = 2_000;

/// How many seconds before the end of a hold the countdown beeps.
pub const COUNTDOWN_SECS: i64 = 3;

pub fn entering(step: &Step) -> Vec<Cue> {
    let tone = if step.is_hold() {
        Tone::HoldStart
    } else {
        Tone::StepStart
    };
    let mut cues = vec![Cue::Beep(tone), Cue::Say(step.spoken())];
    if step.is_hold() {
        cues.push(Cue::Vibrate { ms: 200 });
    }
    cues
}

pub fn finished() -> Vec<Cue> {
    vec![
        Cue::Beep(Tone::Finished),
        Cue::Say("Well done. Routine complete.".into()),
        Cue::Vibrate { ms: 400 },
    ]
}
