//! Short synthesised tones through Web Audio: no audio files to download or cache.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::{AudioContext, AudioContextState, OscillatorType};

use crate::domain::cue::Tone;

thread_local! {
    // One context for the page: browsers limit how many may exist, and iOS unlocks only the
    // context that was resumed inside a tap.
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// Call from a tap's handler (a click, which fires as the tap ends: iOS wants that moment).
pub fn unlock() {
    CONTEXT.with(|context| {
        let mut context = context.borrow_mut();
        if context.is_none() {
            *context = AudioContext::new().ok();
        }
        if let Some(context) = context.as_ref() {
            wake(context);
        }
    });
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

/// Plays `tone`, or nothing before the first tap has unlocked the audio (not a failure: the
/// next tap does it). `Err` when Web Audio refused.
pub fn beep(tone: Tone) -> Result<(), JsValue> {
    let Some(context) = CONTEXT.with(|context| context.borrow().clone()) else {
        return Ok(());
    };
    wake(&context);
    for &(hz, offset, length) in notes(tone) {
        play_note(&context, hz, context.current_time() + offset, length)?;
    }
    Ok(())
}

fn play_note(context: &AudioContext, hz: f32, at: f64, length: f64) -> Result<(), JsValue> {
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
    Ok(())
}
