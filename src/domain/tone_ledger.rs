//! What the audio output holds: the tones handed to it, each at the moment it sounds. Each
//! new schedule is compared with it, so that the output is told only what changed: a tone
//! already sounding is never cut (the finishing chime's later notes), a tone it holds is not
//! handed over twice (a schedule made again as a tone begins), and a tone whose moment has
//! passed is not played late (the backlog of a session resumed after a reload).

use super::cue::TimedTone;

/// A tone due this soon is already on its way to the speaker: cancelling it would cut it off
/// mid-note.
pub const ON_ITS_WAY_MS: i64 = 100;

/// A tone this late is not played: a beep seconds after its moment tells the wrong thing.
pub const LATE_MS: i64 = 250;

/// The audio output's changes to make one schedule the output's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reschedule {
    /// Scheduled before and no longer wanted, and not yet begun.
    pub cancel: Vec<TimedTone>,
    /// Wanted and not scheduled yet, and not too late.
    pub add: Vec<TimedTone>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ToneLedger {
    held: Vec<TimedTone>,
}

impl ToneLedger {
    pub const fn new() -> Self {
        ToneLedger { held: Vec::new() }
    }

    /// The tones the output holds that have not yet ended.
    pub fn held(&self) -> &[TimedTone] {
        &self.held
    }

    /// Makes `wanted` the schedule at `now_ms`; the output carries out what comes back.
    pub fn replace(&mut self, wanted: &[TimedTone], now_ms: i64) -> Reschedule {
        // Kept until it could no longer be asked for again (a short tone ends before the
        // late limit): forgotten sooner, it would be handed over a second time.
        self.held
            .retain(|held| held.at_ms + held.tone.length_ms().max(LATE_MS) >= now_ms);
        let mut change = Reschedule::default();
        self.held.retain(|tone| {
            let keep = wanted.contains(tone) || tone.at_ms <= now_ms + ON_ITS_WAY_MS;
            if !keep {
                change.cancel.push(*tone);
            }
            keep
        });
        for tone in wanted {
            if !self.held.contains(tone) && tone.at_ms >= now_ms - LATE_MS {
                self.held.push(*tone);
                change.add.push(*tone);
            }
        }
        change
    }

    /// The output lost what it held (its audio context was closed or replaced).
    pub fn clear(&mut self) {
        self.held.clear();
    }
}
