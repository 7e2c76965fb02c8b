//! Which of the phone's outputs carries each cue, and what happens when one of them fails.
//!
//! Every output a browser offers may be missing or refuse (Safari and Firefox have no
//! vibration, a phone may have no voice, audio may be blocked). An output that fails is
//! dropped for the rest of the page's life and reported once, and the other outputs carry on:
//! nothing an output does can hold up the countdown.

use super::cue::{Cue, Tone};
use super::records::Settings;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    Tones,
    Voice,
    Vibration,
    Flash,
}

impl Output {
    const ALL: [Output; 4] = [
        Output::Tones,
        Output::Voice,
        Output::Vibration,
        Output::Flash,
    ];

    fn index(self) -> usize {
        self as usize
    }

    pub fn name(self) -> &'static str {
        match self {
            Output::Tones => "tones",
            Output::Voice => "voice",
            Output::Vibration => "vibration",
            Output::Flash => "flash",
        }
    }
}

/// One cue on its way to one output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Played<'a> {
    Tone(Tone),
    Speech(&'a str),
    Vibration(&'a [u32]),
    Flash,
}

impl Played<'_> {
    pub fn output(&self) -> Output {
        match self {
            Played::Tone(_) => Output::Tones,
            Played::Speech(_) => Output::Voice,
            Played::Vibration(_) => Output::Vibration,
            Played::Flash => Output::Flash,
        }
    }
}

/// What the device offers right now, as the shell found it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Available {
    pub voice: bool,
    pub vibration: bool,
}

/// An output that cannot be used: missing from this browser, or it threw when used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutputFailed;

/// Carries out one cue on one output. The browser shell implements it; tests record.
pub trait CueSink {
    fn play(&mut self, cue: Played<'_>) -> Result<(), OutputFailed>;
}

/// The outputs dropped so far on this page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OutputHealth {
    dropped: [bool; 4],
}

impl OutputHealth {
    pub const fn new() -> Self {
        OutputHealth {
            dropped: [false; 4],
        }
    }

    pub fn is_dropped(&self, output: Output) -> bool {
        self.dropped[output.index()]
    }

    pub fn dropped(&self) -> impl Iterator<Item = Output> + '_ {
        Output::ALL.into_iter().filter(|o| self.is_dropped(*o))
    }

    /// Drops `output`; true the first time, so the caller reports it once.
    pub fn drop_output(&mut self, output: Output) -> bool {
        !std::mem::replace(&mut self.dropped[output.index()], true)
    }
}

/// Which output carries each cue, by the user's switches and what the device has. Where
/// the voice was wanted but there is none (or it failed), tones coach instead.
pub fn route<'a>(
    cues: &'a [Cue],
    settings: Settings,
    available: Available,
    health: &OutputHealth,
) -> Vec<Played<'a>> {
    let voice = settings.voice && available.voice && !health.is_dropped(Output::Voice);
    let tones = (settings.sound || (settings.voice && !voice)) && !health.is_dropped(Output::Tones);
    let vibration = available.vibration && !health.is_dropped(Output::Vibration);
    let flash = settings.flash && !health.is_dropped(Output::Flash);
    cues.iter()
        .filter_map(|cue| match cue {
            Cue::Say(text) if voice => Some(Played::Speech(text)),
            Cue::Beep(tone) if tones => Some(Played::Tone(*tone)),
            Cue::Vibrate(pattern) if vibration => Some(Played::Vibration(pattern)),
            Cue::Flash if flash => Some(Played::Flash),
            _ => None,
        })
        .collect()
}

/// Plays `cues` through `sink`, dropping each output at its first failure. Returns the
/// outputs dropped by this call, to be reported once; the cues left for a dropped output
/// are skipped, every other cue still plays.
pub fn play(
    cues: &[Cue],
    settings: Settings,
    available: Available,
    health: &mut OutputHealth,
    sink: &mut impl CueSink,
) -> Vec<Output> {
    let mut newly_dropped = Vec::new();
    for cue in route(cues, settings, available, health) {
        let output = cue.output();
        if health.is_dropped(output) {
            continue;
        }
        if sink.play(cue).is_err() && health.drop_output(output) {
            newly_dropped.push(output);
        }
    }
    newly_dropped
}

/// The shortest time between two flashes. Guidance on flashing content (WCAG 2.3.1) allows
/// three a second; one is calmer, and a hold's start and end are seconds apart anyway.
pub const FLASH_GAP_MS: i64 = 1_000;

/// Lets a flash through at most once every `FLASH_GAP_MS`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FlashGate {
    last_ms: Option<i64>,
}

impl FlashGate {
    pub const fn new() -> Self {
        FlashGate { last_ms: None }
    }

    /// Whether a flash may show at `now_ms`; if so, it counts as shown.
    pub fn admit(&mut self, now_ms: i64) -> bool {
        let open = self
            .last_ms
            .is_none_or(|last| now_ms - last >= FLASH_GAP_MS || now_ms < last);
        if open {
            self.last_ms = Some(now_ms);
        }
        open
    }
}
