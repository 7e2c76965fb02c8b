//! Short synthesised tones through Web Audio: no audio files to download or cache. Each is
//! scheduled at its moment on the audio clock, which keeps time while the page's timers are
//! held back or stopped (a locked screen, a page in the background).

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::{AudioContext, AudioContextState, OscillatorNode, OscillatorType};

use crate::domain::cue::{TimedTone, Tone};
use crate::platform::{clock, js};

/// A tone due this soon is already on its way: cancelling it would cut it off mid-note.
const CANCEL_AFTER_S: f64 = 0.1;

thread_local! {
    // One context for the page: browsers limit how many may exist, and iOS unlocks only the
    // context that was resumed inside a tap.
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
    // Every note scheduled since the last cancel, with its start on the audio clock.
    static SCHEDULED: RefCell<Vec<(OscillatorNode, f64)>> = const { RefCell::new(Vec::new()) };
    // Tones asked for before a tap unlocked the audio (a session resumed after a reload).
    static WAITING: RefCell<Vec<TimedTone>> = const { RefCell::new(Vec::new()) };
}

/// Call from a tap's handler (a click, which fires as the tap ends: iOS wants that moment).
pub fn unlock() {
    CONTEXT.with(|context| {
        let mut context = context.borrow_mut();
        if context.is_none() {
            *context = AudioContext::new().ok();
            // iOS keeps a "playback" session's audio going with the screen locked (Safari 16.4).
            if let Some(session) =
                web_sys::window().and_then(|w| js::property(&w.navigator(), "audioSession"))
            {
                let _ = js_sys::Reflect::set(&session, &"type".into(), &"playback".into());
            }
        }
        if let Some(context) = context.as_ref() {
            wake(context);
        }
    });
    for tone in WAITING.take() {
        let _ = tone_at(tone);
    }
}

/// After a phone call or a lock screen the context is "suspended" (or "interrupted" on iOS).
fn wake(context: &AudioContext) {
    if context.state() != AudioContextState::Running {
        let _ = context.resume();
    }
}

/// (frequency in Hz, start offset in s, length in s) for each note of a tone.
fn notes(tone: Tone) -> &'static [(f32, f64, f64)] {
    match tone {
        Tone::StepStart => &[(660.0, 0.0, 0.12)],
        Tone::HoldStart => &[(880.0, 0.0, 0.25)],
        Tone::Countdown => &[(1320.0, 0.0, 0.07)],
        Tone::HoldEnd => &[(880.0, 0.0, 0.1), (660.0, 0.13, 0.18)],
        Tone::SwitchSide => &[(523.0, 0.0, 0.1), (523.0, 0.15, 0.1)],
        Tone::Finished => &[(523.0, 0.0, 0.15), (659.0, 0.17, 0.15), (784.0, 0.34, 0.3)],
    }
}

/// Schedules `tone` at its moment, or keeps it for the first tap to unlock the audio (not a
/// failure: the tap schedules it). `Err` when Web Audio refused.
pub fn tone_at(tone: TimedTone) -> Result<(), JsValue> {
    let Some(context) = CONTEXT.with(|context| context.borrow().clone()) else {
        WAITING.with_borrow_mut(|waiting| waiting.push(tone));
        return Ok(());
    };
    wake(&context);
    let now = context.current_time();
    let start = now + ((tone.at_ms - clock::now_ms()) as f64 / 1000.0).max(0.0);
    SCHEDULED.with_borrow_mut(|scheduled| {
        for &(hz, offset, length) in notes(tone.tone) {
            let at = start + offset;
            scheduled.push((play_note(&context, hz, at, length)?, at));
        }
        Ok(())
    })
}

/// Silences every tone scheduled so far that has not begun.
pub fn cancel() {
    WAITING.take();
    let Some(now) = CONTEXT.with(|context| context.borrow().as_ref().map(|c| c.current_time()))
    else {
        return;
    };
    for (note, at) in SCHEDULED.take() {
        if at > now + CANCEL_AFTER_S {
            let _ = note.stop_with_when(0.0);
        }
    }
}

fn play_note(
    context: &AudioContext,
    hz: f32,
    at: f64,
    length: f64,
) -> Result<OscillatorNode, JsValue> {
    let oscillator = context.create_oscillator()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(hz);
    let gain = context.create_gain()?;
    // A 10 ms attack and an exponential release: no clicks at either end.
    let volume = gain.gain();
    volume.set_value_at_time(0.0001, at)?;
    volume.exponential_ramp_to_value_at_time(0.5, at + 0.01)?;
    volume.exponential_ramp_to_value_at_time(0.0001, at + length)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&context.destination())?;
    oscillator.start_with_when(at)?;
    oscillator.stop_with_when(at + length + 0.02)?;
    Ok(oscillator)
}
