//! Plays the domain's cues: speech through `speechSynthesis`, vibration where supported.
//! Tones are played by the audio adapter of the hands-free coaching work; until then a
//! beep cue is carried by the spoken line and the vibration that accompany it.

use crate::domain::cue::Cue;

pub fn play(cues: &[Cue]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    for cue in cues {
        match cue {
            Cue::Say(text) => say(&window, text),
            Cue::Vibrate { ms } => {
                // Absent on iOS: the call returns false or throws, and there is nothing to do.
                let _ = window.navigator().vibrate_with_duration(*ms);
            }
            Cue::Beep(_) => {}
        }
    }
}

fn say(window: &web_sys::Window, text: &str) {
    let Ok(synth) = window.speech_synthesis() else {
        return;
    };
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        // A new step interrupts the previous line rather than queueing behind it.
        synth.cancel();
        synth.speak(&utterance);
    }
}
