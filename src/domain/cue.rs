//! What the coach makes the phone do — speak, beep, vibrate — as data. The session emits
//! these; the browser shell only plays them, so when each one is due is tested natively.

use super::plan::{Phase, Plan, Step};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    StepStart,
    HoldStart,
    Countdown,
    HoldEnd,
    SwitchSide,
    Finished,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cue {
    Say(String),
    Beep(Tone),
    /// A vibration pattern in milliseconds: on, off, on…
    Vibrate(&'static [u32]),
}

/// Cues older than this are dropped: after a hidden tab or a clock jump the coach
/// speaks about the present, not a backlog of missed steps.
pub const STALE_AFTER_MS: i64 = 2_000;

/// How many seconds before the end of a hold the countdown sounds.
pub const COUNTDOWN_SECS: i64 = 3;

/// Cues as `step` begins; `previous` is the step that just ran to its end, if any.
pub fn entering(previous: Option<&Step>, step: &Step) -> Vec<Cue> {
    let (tone, buzz): (Tone, &'static [u32]) = if step.is_hold() {
        (Tone::HoldStart, &[250])
    } else if step.phase == Phase::SwitchLeg {
        (Tone::SwitchSide, &[120, 80, 120, 80, 120])
    } else if previous.is_some_and(Step::is_hold) {
        (Tone::HoldEnd, &[100, 80, 100])
    } else {
        (Tone::StepStart, &[])
    };
    let mut cues = vec![Cue::Beep(tone), Cue::Say(step.spoken())];
    if !buzz.is_empty() {
        cues.push(Cue::Vibrate(buzz));
    }
    cues
}

/// Cues `secs` seconds before a hold ends: a short beep and the number spoken.
pub fn countdown(secs: i64) -> Vec<Cue> {
    vec![Cue::Beep(Tone::Countdown), Cue::Say(secs.to_string())]
}

pub fn finished() -> Vec<Cue> {
    vec![
        Cue::Beep(Tone::Finished),
        Cue::Say("Well done. Routine complete.".into()),
        Cue::Vibrate(&[400]),
    ]
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimedCue {
    /// Milliseconds after the session started.
    pub at_ms: i64,
    pub cue: Cue,
}

/// A tone and the moment it is due, in the same milliseconds as the times it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimedTone {
    pub at_ms: i64,
    pub tone: Tone,
}

/// Every cue of a session run straight through, in order, with its time.
pub fn schedule(plan: &Plan) -> Vec<TimedCue> {
    timeline(plan, 0, 0)
}

/// Every cue from the beginning of step `from`, at `start_ms`, to the end of the session run
/// on from there without a pause.
pub fn timeline(plan: &Plan, from: usize, start_ms: i64) -> Vec<TimedCue> {
    let mut timed = Vec::new();
    let mut push = |at_ms: i64, cues: Vec<Cue>| {
        timed.extend(cues.into_iter().map(|cue| TimedCue { at_ms, cue }));
    };
    let mut start = start_ms;
    let mut previous = from.checked_sub(1).and_then(|index| plan.get(index));
    for step in plan.steps().iter().skip(from) {
        push(start, entering(previous, step));
        let end = start + step.duration_ms();
        if step.is_hold() {
            for secs in (1..=COUNTDOWN_SECS).rev() {
                push(end - secs * 1000, countdown(secs));
            }
        }
        start = end;
        previous = Some(step);
    }
    push(start, finished());
    timed
}
