//! Plays the domain's cues through the browser: Web Audio tones, speech, vibration and the
//! screen's flash.
//! `domain::coaching` decides which output carries what and drops an output that fails;
//! this only looks each API up before use and turns whatever it throws into an `Err`.

use std::cell::Cell;

use gloo_events::EventListener;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{EventTarget, SpeechSynthesisUtterance};

use crate::domain::coaching::{
    self, Available, CueSink, FlashGate, Output, OutputFailed, OutputHealth, Played,
};
use crate::domain::cue::{Cue, TimedTone};
use crate::domain::records::Settings;
use crate::platform::js::{call_method, property};
use crate::platform::{audio, clock, flash, track};

thread_local! {
    // For the page's life: a browser that lacked an output once lacks it for good.
    static HEALTH: Cell<OutputHealth> = const { Cell::new(OutputHealth::new()) };
    static FLASHES: Cell<FlashGate> = const { Cell::new(FlashGate::new()) };
    static CARRIER: Cell<Carrier> = const { Cell::new(Carrier::Untried) };
    // The last track asked for, for a tap to try again after a refusal.
    static LAST_TRACK: Cell<(Vec<TimedTone>, bool)> = const { Cell::new((Vec::new(), false)) };
}

/// Plays the cues due now. Their tones were scheduled ahead (`schedule`): the model hands
/// none here.
pub fn play(cues: &[Cue], settings: Settings) {
    play_through(cues, settings, &[], false);
}

/// Makes `tones` the tones to come, each at its moment, through the same switches and
/// fallbacks as every cue. A hidden page cannot speak, so for a voice user tones stand in
/// until it is shown again.
///
/// The tones go as one track through an `<audio>` element where it plays (it keeps playing
/// on a locked iPhone, and gives the lock screen its media controls), and through the Web
/// Audio schedule until it does, and for good where it cannot. A voice user's track is
/// silence of the same length: the media controls still have something to attach to.
pub fn schedule(tones: &[TimedTone], settings: Settings, hidden: bool) {
    let cues: Vec<Cue> = tones.iter().map(|t| Cue::Beep(t.tone)).collect();
    let routed = play_through(&cues, settings, tones, hidden);
    let audible = !routed.is_empty();
    let track_tones = if audible {
        routed.clone()
    } else {
        tones.to_vec()
    };
    LAST_TRACK.set((track_tones.clone(), audible));
    match CARRIER.get() {
        Carrier::Track => spawn_local(async move {
            if let Err(error) = track::play(&track_tones, audible).await {
                CARRIER.set(Carrier::after_refusal(&error));
                schedule_web_audio(&routed);
            }
        }),
        Carrier::WebAudio => schedule_web_audio(&routed),
        Carrier::Untried => {
            schedule_web_audio(&routed);
            try_track(track_tones, audible);
        }
    }
}

/// Call from a tap's handler: unlocks the Web Audio context, and tries the track again if
/// the browser refused it before the tap (a session resumed after a reload).
pub fn unlock() {
    audio::unlock();
    if CARRIER.get() == Carrier::Untried {
        let (tones, audible) = LAST_TRACK.take();
        try_track(tones, audible);
    }
}

/// Plays the track; once it plays, it carries the tones and the Web Audio schedule stops.
fn try_track(tones: Vec<TimedTone>, audible: bool) {
    if tones.is_empty() {
        return;
    }
    spawn_local(async move {
        match track::play(&tones, audible).await {
            Ok(()) if track::is_playing() => {
                CARRIER.set(Carrier::Track);
                schedule_web_audio(&[]);
            }
            Ok(()) => {}
            Err(error) => CARRIER.set(Carrier::after_refusal(&error)),
        }
    });
}

fn schedule_web_audio(tones: &[TimedTone]) {
    if audio::schedule(tones).is_err() {
        drop_output(Output::Tones);
    }
}

/// What carries the tones to the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Carrier {
    /// The track has not played yet: Web Audio carries them meanwhile.
    Untried,
    Track,
    WebAudio,
}

impl Carrier {
    /// A refusal for want of a tap ("NotAllowedError") is tried again at the next tap;
    /// anything else (no `<audio>`, no WAV) leaves the tones to Web Audio for the page's life.
    fn after_refusal(error: &JsValue) -> Carrier {
        let name = property(error, "name").and_then(|name| name.as_string());
        if name.as_deref() == Some("NotAllowedError") {
            Carrier::Untried
        } else {
            Carrier::WebAudio
        }
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
