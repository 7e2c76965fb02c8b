//! The tones to come as one WAV track: its header, its length, and each note where the plan
//! puts it.

use lumbar::domain::cue::{TimedTone, Tone};
use lumbar::domain::cue_track::{render_wav, MIN_LENGTH_MS, SAMPLE_RATE};

const T: i64 = 1_795_000_000_000;

fn samples(wav: &[u8]) -> Vec<i16> {
    wav[44..]
        .chunks_exact(2)
        .map(|pair| i16::from_le_bytes([pair[0], pair[1]]))
        .collect()
}

/// The loudest sample within `ms` milliseconds from `at_ms` after the track's start.
fn loudest(samples: &[i16], at_ms: i64, ms: i64) -> i16 {
    let from = (at_ms * 8) as usize;
    samples[from..from + (ms * 8) as usize]
        .iter()
        .map(|s| s.saturating_abs())
        .max()
        .unwrap()
}

#[test]
fn the_track_is_a_16_bit_mono_wav_at_8_khz() {
    let wav = render_wav(&[], T, true);
    assert_eq!(&wav[..4], b"RIFF");
    assert_eq!(&wav[8..16], b"WAVEfmt ");
    assert_eq!(u16::from_le_bytes([wav[22], wav[23]]), 1, "mono");
    assert_eq!(
        u32::from_le_bytes(wav[24..28].try_into().unwrap()),
        SAMPLE_RATE
    );
    assert_eq!(u16::from_le_bytes([wav[34], wav[35]]), 16, "16-bit");
    assert_eq!(&wav[36..40], b"data");
    // Nothing to play still lasts 6 s: the media controls ask for more than 5.
    assert_eq!(samples(&wav).len(), (MIN_LENGTH_MS * 8) as usize);
    assert!(samples(&wav).iter().all(|&s| s == 0));
}

#[test]
fn each_note_sounds_at_its_moment_and_nowhere_else() {
    let tones = [
        TimedTone {
            at_ms: T + 2_000,
            tone: Tone::HoldStart,
        },
        TimedTone {
            at_ms: T + 30_000,
            tone: Tone::Finished,
        },
    ];
    let track = samples(&render_wav(&tones, T, true));
    // To the chime's end (0.64 s) and 0.2 s of silence after it.
    assert_eq!(track.len(), (30_840 * 8) as usize);
    assert_eq!(loudest(&track, 0, 1_990), 0, "silent before the first tone");
    assert!(
        loudest(&track, 2_000, 250) > 10_000,
        "the hold's note at 2 s"
    );
    assert!(
        loudest(&track, 2_260, 27_000) == 0,
        "silent between the tones"
    );
    // The chime's three notes, at 0, 0.17 and 0.34 s.
    for offset in [0, 170, 340] {
        assert!(
            loudest(&track, 30_000 + offset, 60) > 10_000,
            "chime note at +{offset} ms"
        );
    }
}

#[test]
fn a_tone_already_sounding_keeps_its_tail_and_one_that_ended_is_gone() {
    let tones = [
        TimedTone {
            at_ms: T - 5_000,
            tone: Tone::HoldStart,
        },
        TimedTone {
            at_ms: T - 100,
            tone: Tone::HoldStart,
        },
    ];
    let track = samples(&render_wav(&tones, T, true));
    assert!(
        loudest(&track, 0, 140) > 0,
        "the last 150 ms of the second tone"
    );
    assert_eq!(loudest(&track, 160, 5_000), 0);
}

#[test]
fn a_silent_track_for_a_voice_user_is_as_long_as_the_tones_would_be() {
    let tones = [TimedTone {
        at_ms: T + 60_000,
        tone: Tone::Countdown,
    }];
    let silent = samples(&render_wav(&tones, T, false));
    assert_eq!(silent.len(), samples(&render_wav(&tones, T, true)).len());
    assert!(silent.iter().all(|&s| s == 0));
}
