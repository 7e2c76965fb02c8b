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

/// One note of a tone: its pitch, and when it begins and how long it lasts after the tone's
/// moment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Note {
    pub hz: f32,
    pub offset_s: f64,
    pub length_s: f64,
}

const fn note(hz: f32, offset_s: f64, length_s: f64) -> Note {
    Note {
        hz,
        offset_s,
        length_s,
    }
}

impl Tone {
    pub fn notes(self) -> &'static [Note] {
        const STEP_START: &[Note] = &[note(660.0, 0.0, 0.12)];
        const HOLD_START: &[Note] = &[note(880.0, 0.0, 0.25)];
        const COUNTDOWN: &[Note] = &[note(1320.0, 0.0, 0.07)];
        const HOLD_END: &[Note] = &[note(880.0, 0.0, 0.1), note(660.0, 0.13, 0.18)];
        const SWITCH_SIDE: &[Note] = &[note(523.0, 0.0, 0.1), note(523.0, 0.15, 0.1)];
        const FINISHED: &[Note] = &[
            note(523.0, 0.0, 0.15),
            note(659.0, 0.17, 0.15),
            note(784.0, 0.34, 0.3),
        ];
        match self {
            Tone::StepStart => STEP_START,
            Tone::HoldStart => HOLD_START,
            Tone::Countdown => COUNTDOWN,
            Tone::HoldEnd => HOLD_END,
            Tone::SwitchSide => SWITCH_SIDE,
            Tone::Finished => FINISHED,
        }
    }

    /// From the first note's start to the last note's end.
    pub fn length_ms(self) -> i64 {
        let end_s = self
            .notes()
            .iter()
            .map(|n| n.offset_s + n.length_s)
            .fold(0.0, f64::max);
        (end_s * 1000.0).round() as i64
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cue {
    Say(String),
    Beep(Tone),
    /// A vibration pattern in milliseconds: on, off, on…
    Vibrate(&'static [u32]),
    /// A brief full-screen flash: a hold starts or ends.
    Flash,
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
    if step.is_hold() || previous.is_some_and(Step::is_hold) {
        cues.push(Cue::Flash);
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
