//! Plays the domain's cues through the browser: Web Audio tones, speech, vibration and the
//! screen's flash.
//! `domain::coaching` decides which output carries what and drops an output that fails;
//! this only looks each API up before use and turns whatever it throws into an `Err`.

use std::cell::Cell;

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{EventTarget, SpeechSynthesisUtterance};

use crate::domain::coaching::{
    self, Available, CueSink, FlashGate, Output, OutputFailed, OutputHealth, Played,
};
use crate::domain::cue::{Cue, TimedTone};
use crate::domain::records::Settings;
use crate::platform::js::{call_method, property};
use crate::platform::{audio, clock, flash};

thread_local! {
    // For the page's life: a browser that lacked an output once lacks it for good.
    static HEALTH: Cell<OutputHealth> = const { Cell::new(OutputHealth::new()) };
    static FLASHES: Cell<FlashGate> = const { Cell::new(FlashGate::new()) };
}

/// Plays the cues due now. Their tones were scheduled ahead (`schedule`): the model hands
/// none here.
pub fn play(cues: &[Cue], settings: Settings) {
    play_through(cues, settings, &[], false);
}

/// Makes `tones` the tones to come, each at its moment, through the same switches and
/// fallbacks as every cue. A hidden page cannot speak, so for a voice user tones stand in
/// until it is shown again.
pub fn schedule(tones: &[TimedTone], settings: Settings, hidden: bool) {
    let cues: Vec<Cue> = tones.iter().map(|t| Cue::Beep(t.tone)).collect();
    let routed = play_through(&cues, settings, tones, hidden);
    if audio::schedule(&routed).is_err() {
        drop_output(Output::Tones);
    }
}

/// Plays `cues`, and returns the tones among them that the switches route to the speaker,
/// each at its moment in `tones` (in turn).
fn play_through(
    cues: &[Cue],
    settings: Settings,
    tones: &[TimedTone],
    hidden: bool,
) -> Vec<TimedTone> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let mut sink = BrowserSink {
        window,
        moments: tones.iter().map(|t| t.at_ms),
        routed: Vec::new(),
    };
    let available = Available {
        voice: !hidden && has_voice(&sink.window),
        vibration: property(&sink.window.navigator(), "vibrate").is_some(),
    };
    let mut health = HEALTH.get();
    let dropped = coaching::play(cues, settings, available, &mut health, &mut sink);
    HEALTH.set(health);
    dropped.into_iter().for_each(warn_dropped);
    sink.routed
}

fn drop_output(output: Output) {
    let mut health = HEALTH.get();
    if health.drop_output(output) {
        warn_dropped(output);
    }
    HEALTH.set(health);
}

fn warn_dropped(output: Output) {
    web_sys::console::warn_1(
        &format!(
            "Lumbar: the {} failed and is off until the next visit",
            output.name()
        )
        .into(),
    );
}

/// Whether the device has a voice to speak with. Chrome fills the list only after
/// `voiceschanged`; until then this says no and tones coach.
pub fn has_voice(window: &web_sys::Window) -> bool {
    speech(window)
        .and_then(|synth| call_method(&synth, "getVoices", &[]).ok())
        .is_some_and(|voices| js_sys::Array::from(&voices).length() > 0)
}

fn speech(window: &web_sys::Window) -> Option<JsValue> {
    property(window, "speechSynthesis")
}

/// Calls `changed` when the device's list of voices changes (Chrome fills it late).
/// Unregistered on drop; `None` where there is no speech at all.
pub fn on_voices_changed(changed: impl Fn() + 'static) -> Option<EventListener> {
    let synth: EventTarget = speech(&web_sys::window()?)?.dyn_into().ok()?;
    Some(EventListener::new(&synth, "voiceschanged", move |_| {
        changed()
    }))
}

struct BrowserSink<Moments> {
    window: web_sys::Window,
    /// When each tone routed through this sink sounds, in turn.
    moments: Moments,
    routed: Vec<TimedTone>,
}

impl<Moments: Iterator<Item = i64>> CueSink for BrowserSink<Moments> {
    fn play(&mut self, cue: Played<'_>) -> Result<(), OutputFailed> {
        match cue {
            Played::Tone(tone) => {
                let at_ms = self.moments.next().unwrap_or_else(clock::now_ms);
                self.routed.push(TimedTone { at_ms, tone });
                Ok(())
            }
            Played::Speech(text) => say(&self.window, text),
            Played::Flash => {
                let mut gate = FLASHES.get();
                let admitted = gate.admit(clock::now_ms());
                FLASHES.set(gate);
                if admitted {
                    flash::flash()
                } else {
                    Ok(())
                }
            }
            Played::Vibration(pattern) => {
                let pattern: js_sys::Array = pattern.iter().map(|&ms| JsValue::from(ms)).collect();
                call_method(&self.window.navigator(), "vibrate", &[pattern.into()]).map(drop)
            }
        }
        .map_err(|_| OutputFailed)
    }
}

fn say(window: &web_sys::Window, text: &str) -> Result<(), JsValue> {
    let synth = speech(window).ok_or(JsValue::UNDEFINED)?;
    let utterance = SpeechSynthesisUtterance::new_with_text(text)?;
    utterance.set_lang("en");
    // A new cue interrupts the previous line rather than queueing behind it.
    call_method(&synth, "cancel", &[])?;
    call_method(&synth, "speak", &[utterance.into()]).map(drop)
}
