//! Which output carries each cue, and a failing output: dropped at once, reported once,
//! and never in the way of the other outputs or of the session.

use lumbar::domain::coaching::{
    self, route, Available, CueSink, FlashGate, Output, OutputFailed, OutputHealth, Played,
};
use lumbar::domain::cue::{self, Cue, Tone};
use lumbar::domain::plan::Plan;
use lumbar::domain::records::Settings;
use lumbar::domain::routine::Routine;
use lumbar::domain::session::Session;

const EVERYTHING: Available = Available {
    voice: true,
    vibration: true,
};
const BOTH_ON: Settings = Settings {
    sound: true,
    voice: true,
    flash: false,
};

/// Records what it played; fails every cue of the outputs in `broken`.
#[derive(Default)]
struct Recorder {
    broken: Vec<Output>,
    attempts: Vec<Output>,
    played: Vec<String>,
}

impl CueSink for Recorder {
    fn play(&mut self, cue: Played<'_>) -> Result<(), OutputFailed> {
        self.attempts.push(cue.output());
        if self.broken.contains(&cue.output()) {
            return Err(OutputFailed);
        }
        self.played.push(format!("{cue:?}"));
        Ok(())
    }
}

fn hold_start() -> Vec<Cue> {
    vec![
        Cue::Beep(Tone::HoldStart),
        Cue::Say("Hold for 5 seconds.".into()),
        Cue::Vibrate(&[250]),
    ]
}

#[test]
fn every_output_carries_its_own_cues_when_all_are_there() {
    let cues = hold_start();
    let routed = route(&cues, BOTH_ON, EVERYTHING, &OutputHealth::new());
    assert_eq!(
        routed,
        [
            Played::Tone(Tone::HoldStart),
            Played::Speech("Hold for 5 seconds."),
            Played::Vibration(&[250]),
        ]
    );
}

#[test]
fn without_a_voice_tones_coach_even_with_sound_off() {
    let cues = hold_start();
    let voice_only = Settings {
        sound: false,
        voice: true,
        flash: false,
    };
    let no_voice = Available {
        voice: false,
        ..EVERYTHING
    };
    assert_eq!(
        route(&cues, voice_only, no_voice, &OutputHealth::new()),
        [Played::Tone(Tone::HoldStart), Played::Vibration(&[250])]
    );
    let silent = Settings {
        sound: false,
        voice: false,
        flash: false,
    };
    assert_eq!(
        route(&cues, silent, no_voice, &OutputHealth::new()),
        [Played::Vibration(&[250])],
        "both switches off: only the buzz, which has no switch"
    );
}

#[test]
fn a_browser_without_vibration_is_never_asked_to_vibrate() {
    let no_vibration = Available {
        vibration: false,
        ..EVERYTHING
    };
    let mut sink = Recorder::default();
    let mut health = OutputHealth::new();
    let dropped = coaching::play(&hold_start(), BOTH_ON, no_vibration, &mut health, &mut sink);
    assert_eq!(dropped, []);
    assert_eq!(sink.attempts, [Output::Tones, Output::Voice]);
}

#[test]
fn an_output_that_fails_is_dropped_and_reported_once_while_the_others_play_on() {
    let mut sink = Recorder {
        broken: vec![Output::Vibration],
        ..Recorder::default()
    };
    let mut health = OutputHealth::new();
    let first = coaching::play(&hold_start(), BOTH_ON, EVERYTHING, &mut health, &mut sink);
    assert_eq!(first, [Output::Vibration]);
    assert!(health.is_dropped(Output::Vibration));

    let second = coaching::play(&hold_start(), BOTH_ON, EVERYTHING, &mut health, &mut sink);
    assert_eq!(second, [], "reported once only");
    assert_eq!(
        sink.attempts,
        [
            Output::Tones,
            Output::Voice,
            Output::Vibration,
            Output::Tones,
            Output::Voice,
        ],
        "never asked again after its failure"
    );
    assert_eq!(sink.played.len(), 4, "tones and voice played both times");
}

#[test]
fn a_voice_that_fails_hands_the_coaching_to_tones() {
    let voice_only = Settings {
        sound: false,
        voice: true,
        flash: false,
    };
    let mut sink = Recorder {
        broken: vec![Output::Voice],
        ..Recorder::default()
    };
    let mut health = OutputHealth::new();
    let cues = hold_start();
    assert_eq!(
        coaching::play(&cues, voice_only, EVERYTHING, &mut health, &mut sink),
        [Output::Voice]
    );
    assert_eq!(sink.played, ["Vibration([250])"]);
    coaching::play(&cues, voice_only, EVERYTHING, &mut health, &mut sink);
    assert_eq!(
        sink.played,
        ["Vibration([250])", "Tone(HoldStart)", "Vibration([250])"]
    );
}

#[test]
fn a_session_whose_every_output_fails_still_runs_every_step_to_the_end() {
    let plan = Plan::for_routine(&Routine::AS_WRITTEN);
    let t0 = 1_795_000_000_000;
    let (mut session, mut due) = Session::start(Routine::AS_WRITTEN, &plan, t0, 0);
    let mut sink = Recorder {
        broken: vec![Output::Tones, Output::Voice, Output::Vibration],
        ..Recorder::default()
    };
    let mut health = OutputHealth::new();
    let mut reported = Vec::new();
    let mut steps_seen = vec![session.step_index];
    let mut now = t0;
    loop {
        let played = coaching::play(&due, BOTH_ON, EVERYTHING, &mut health, &mut sink);
        reported.extend(played);
        if session.is_finished() {
            break;
        }
        let since = now;
        now += 250;
        due = session.advance(&plan, since, now);
        if !session.is_finished() && steps_seen.last() != Some(&session.step_index) {
            steps_seen.push(session.step_index);
        }
    }
    assert_eq!(steps_seen, (0..plan.len()).collect::<Vec<_>>());
    assert_eq!(now, t0 + 476_000, "finished on time");
    assert_eq!(due, cue::finished());
    assert_eq!(reported.len(), 3, "each output reported once: {reported:?}");
    assert_eq!(sink.attempts.len(), 3, "and tried once");
    assert_eq!(health.dropped().count(), 3);
}

#[test]
fn the_screen_flashes_as_each_hold_starts_and_ends_only_when_asked_to() {
    let plan = Plan::for_routine(&Routine::AS_WRITTEN);
    let timed = cue::schedule(&plan);
    let flashes: Vec<i64> = timed
        .iter()
        .filter(|t| t.cue == Cue::Flash)
        .map(|t| t.at_ms)
        .collect();
    // Wall Slides' first hold: 180 s of warm-up, 5 s into position, 8 s down, then 5 s held.
    assert_eq!(flashes[..2], [193_000, 198_000]);
    let holds = plan.steps().iter().filter(|s| s.is_hold()).count();
    assert_eq!(holds, 6 + 2 * 5, "6 Wall Slides, 5 raises of each leg");
    assert_eq!(
        flashes.len(),
        2 * holds,
        "a start and an end for every hold"
    );

    let cues = [Cue::Flash];
    assert_eq!(route(&cues, BOTH_ON, EVERYTHING, &OutputHealth::new()), []);
    let flash_on = Settings {
        flash: true,
        ..BOTH_ON
    };
    assert_eq!(
        route(&cues, flash_on, EVERYTHING, &OutputHealth::new()),
        [Played::Flash]
    );
}

#[test]
fn the_screen_flashes_at_most_once_a_second() {
    let mut gate = FlashGate::new();
    assert!(gate.admit(10_000));
    assert!(!gate.admit(10_000));
    assert!(!gate.admit(10_999));
    assert!(gate.admit(11_000));
    // The clock went back (set by hand): the next flash is not held up for ever.
    assert!(gate.admit(5_000));
}
