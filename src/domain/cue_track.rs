//! The tones to come as one sound track: a WAV file whose first sample is a given moment.
//! Played by an `<audio>` element, it keeps sounding where a Web Audio context is stopped
//! (iOS locks the screen), and it gives the phone's media controls a playing element to
//! attach to (Chrome on Android shows them for nothing else). Rendered here, in plain Rust,
//! so what it holds is tested natively; the notes are the same as Web Audio plays.

use super::cue::{Note, TimedTone};

/// Samples a second: above twice the highest note (1,320 Hz), and small enough that the
/// whole routine (8 minutes) is 7.6 MB of 16-bit samples.
pub const SAMPLE_RATE: u32 = 8_000;

/// Chrome shows the media controls only for media longer than 5 s.
pub const MIN_LENGTH_MS: i64 = 6_000;

/// Silence after the last tone, so that its release is not cut.
const TAIL_MS: i64 = 200;

/// A WAV file (16-bit mono PCM at `SAMPLE_RATE`) that starts at `from_ms` and holds `tones`,
/// each at its moment: the tail of one that began before `from_ms`, none that ended before
/// it. `audible: false` makes the same length of silence (the controls' anchor for a voice
/// user, whose cues are spoken).
pub fn render_wav(tones: &[TimedTone], from_ms: i64, audible: bool) -> Vec<u8> {
    let end_ms = tones
        .iter()
        .map(|t| t.at_ms + t.tone.length_ms() + TAIL_MS)
        .fold(from_ms + MIN_LENGTH_MS, i64::max);
    let mut samples = vec![0i16; sample_index(end_ms - from_ms)];
    if audible {
        for tone in tones {
            let start_s = (tone.at_ms - from_ms) as f64 / 1000.0;
            for note in tone.tone.notes() {
                add_note(&mut samples, note, start_s + note.offset_s);
            }
        }
    }
    wav(&samples)
}

fn sample_index(ms: i64) -> usize {
    usize::try_from(ms * i64::from(SAMPLE_RATE) / 1000).unwrap_or(0)
}

/// Adds `note`, starting `start_s` after the track's first sample (maybe before it), with a
/// 10 ms attack and an exponential release, as `platform::audio` shapes it.
fn add_note(samples: &mut [i16], note: &Note, start_s: f64) {
    const PEAK: f64 = 0.5;
    const FLOOR: f64 = 0.0001;
    const ATTACK_S: f64 = 0.01;
    let rate = f64::from(SAMPLE_RATE);
    if start_s + note.length_s < 0.0 {
        return;
    }
    // `as usize` saturates: a note that began before the track starts at its first sample.
    let first = (start_s * rate).ceil() as usize;
    let end = ((start_s + note.length_s) * rate).floor() as usize + 1;
    for index in first..end.min(samples.len()) {
        let t = index as f64 / rate - start_s;
        let envelope = if t < ATTACK_S {
            PEAK * t / ATTACK_S
        } else {
            PEAK * (FLOOR / PEAK).powf((t - ATTACK_S) / (note.length_s - ATTACK_S))
        };
        let value = (std::f64::consts::TAU * f64::from(note.hz) * t).sin() * envelope;
        let sum = f64::from(samples[index]) + value * f64::from(i16::MAX);
        samples[index] = sum.clamp(f64::from(i16::MIN), f64::from(i16::MAX)) as i16;
    }
}

fn wav(samples: &[i16]) -> Vec<u8> {
    let data_len = u32::try_from(samples.len() * 2).unwrap_or(u32::MAX);
    let mut bytes = Vec::with_capacity(44 + samples.len() * 2);
    bytes.extend_from_slice(b"RIFF");
    bytes.extend_from_slice(&(36 + data_len).to_le_bytes());
    bytes.extend_from_slice(b"WAVEfmt ");
    bytes.extend_from_slice(&16u32.to_le_bytes());
    bytes.extend_from_slice(&1u16.to_le_bytes()); // PCM
    bytes.extend_from_slice(&1u16.to_le_bytes()); // mono
    bytes.extend_from_slice(&SAMPLE_RATE.to_le_bytes());
    bytes.extend_from_slice(&(SAMPLE_RATE * 2).to_le_bytes()); // bytes a second
    bytes.extend_from_slice(&2u16.to_le_bytes()); // bytes a sample
    bytes.extend_from_slice(&16u16.to_le_bytes()); // bits a sample
    bytes.extend_from_slice(b"data");
    bytes.extend_from_slice(&data_len.to_le_bytes());
    for sample in samples {
        bytes.extend_from_slice(&sample.to_le_bytes());
    }
    bytes
}
