//! Plays the domain's cues: tones, speech and vibration, as the user's switches allow.

use wasm_bindgen::JsValue;

use crate::domain::cue::Cue;
use crate::domain::progress::Settings;
use crate::platform::audio;

pub fn play(cues: &[Cue], settings: Settings) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let voice = settings.voice && has_voice(&window);
    // Where the device has no voice, tones carry the coaching instead.
    let tones = settings.sound || (settings.voice && !voice);
    for cue in cues {
        match cue {
            Cue::Say(text) if voice => say(&window, text),
            Cue::Beep(tone) if tones => audio::beep(*tone),
            Cue::Vibrate(pattern) => {
                let pattern: js_sys::Array = pattern.iter().map(|&ms| JsValue::from(ms)).collect();
                // Missing on iOS: nothing to do there, the tones and voice still play.
                let _ = window.navigator().vibrate_with_pattern(&pattern);
            }
            _ => {}
        }
    }
}

fn has_voice(window: &web_sys::Window) -> bool {
    window
        .speech_synthesis()
        .is_ok_and(|synth| synth.get_voices().length() > 0)
}

fn say(window: &web_sys::Window, text: &str) {
    let Ok(synth) = window.speech_synthesis() else {
        return;
    };
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_lang("en");
        // A new cue interrupts the previous line rather than queueing behind it.
        synth.cancel();
        synth.speak(&utterance);
    }
}
