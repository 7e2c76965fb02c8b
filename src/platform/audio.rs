//! Short synthesised tones through Web Audio: no audio files to download or cache. Each is
//! scheduled at its moment on the audio clock, which keeps time while the page's timers are
//! held back or stopped (a locked screen, a page in the background).

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::{AudioContext, AudioContextState, OscillatorNode, OscillatorType};

use crate::domain::cue::{Note, TimedTone};
use crate::domain::tone_ledger::ToneLedger;
use crate::platform::{clock, js};

thread_local! {
    // One context for the page: browsers limit how many may exist, and iOS unlocks only the
    // context that was resumed inside a tap.
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
    // The tones handed to the context, and each one's notes, to stop them if it is cancelled.
    static LEDGER: RefCell<ToneLedger> = const { RefCell::new(ToneLedger::new()) };
    static NOTES: RefCell<Vec<(TimedTone, Vec<OscillatorNode>)>> = const { RefCell::new(Vec::new()) };
    // The schedule asked for before a tap unlocked the audio (a session resumed after a
    // reload): the tap schedules what of it is still ahead.
    static WAITING: RefCell<Vec<TimedTone>> = const { RefCell::new(Vec::new()) };
}

/// Call from a tap's handler (a click, which fires as the tap ends: iOS wants that moment).
pub fn unlock() {
    let fresh = CONTEXT.with(|context| {
        let mut context = context.borrow_mut();
        let fresh = context.is_none();
        if fresh {
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
        fresh
    });
    if fresh {
        let _ = schedule(&WAITING.take());
    }
}

/// After a phone call or a lock screen the context is "suspended" (or "interrupted" on iOS).
fn wake(context: &AudioContext) {
    if context.state() != AudioContextState::Running {
        let _ = context.resume();
    }
}

/// Makes `wanted` the tones to come, each at its moment: what was scheduled and is no longer
/// wanted stops, what is new is scheduled (the ledger says which). Before a tap has unlocked
/// the audio, `wanted` waits for it (not a failure). `Err` when Web Audio refused.
pub fn schedule(wanted: &[TimedTone]) -> Result<(), JsValue> {
    let Some(context) = CONTEXT.with(|context| context.borrow().clone()) else {
        WAITING.set(wanted.to_vec());
        return Ok(());
    };
    wake(&context);
    let change = LEDGER.with_borrow_mut(|ledger| ledger.replace(wanted, clock::now_ms()));
    NOTES.with_borrow_mut(|notes| {
        notes.retain(|(tone, oscillators)| {
            let cancelled = change.cancel.contains(tone);
            if cancelled {
                for oscillator in oscillators {
                    let _ = oscillator.stop_with_when(0.0);
                }
            }
            !cancelled && LEDGER.with_borrow(|ledger| ledger.held().contains(tone))
        });
        let now = context.current_time();
        for tone in change.add {
            let start = now + ((tone.at_ms - clock::now_ms()) as f64 / 1000.0).max(0.0);
            let oscillators = tone
                .tone
                .notes()
                .iter()
                .map(|note| play_note(&context, note, start + note.offset_s))
                .collect::<Result<_, _>>()?;
            notes.push((tone, oscillators));
        }
        Ok(())
    })
}

fn play_note(context: &AudioContext, note: &Note, at: f64) -> Result<OscillatorNode, JsValue> {
    let oscillator = context.create_oscillator()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(note.hz);
    let gain = context.create_gain()?;
    // A 10 ms attack and an exponential release: no clicks at either end.
    let volume = gain.gain();
    volume.set_value_at_time(0.0001, at)?;
    volume.exponential_ramp_to_value_at_time(0.5, at + 0.01)?;
    volume.exponential_ramp_to_value_at_time(0.0001, at + note.length_s)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&context.destination())?;
    oscillator.start_with_when(at)?;
    oscillator.stop_with_when(at + note.length_s + 0.02)?;
    Ok(oscillator)
}
