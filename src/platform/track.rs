//! The coming cues as one track in an `<audio>` element (`domain::cue_track` renders it).
//! Made again whenever the tones to come change; paused when there are none. `play()` may
//! be refused (no tap yet, a browser's policy): the caller hears of it and keeps the Web
//! Audio schedule.

use std::cell::RefCell;

use gloo_timers::callback::Interval;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAudioElement, Url};

use crate::domain::cue::TimedTone;
use crate::domain::cue_track::render_wav;
use crate::domain::tone_ledger::{Reschedule, ToneLedger};
use crate::platform::clock;

struct Track {
    element: HtmlAudioElement,
    /// The object URL of the rendered file, revoked when the next one replaces it.
    url: Option<String>,
    /// What the element holds: it is made again only when the ledger says the tones changed
    /// (a schedule made again with the same tones, after a hide and show, changes nothing).
    ledger: ToneLedger,
    audible: bool,
    /// Watches a new track catch up with the clock; dropped (so cancelled) once it has, or
    /// when the next track replaces it.
    catching_up: Option<Interval>,
}

/// A track asked to play: its `play()` promise, its element, and the moment of its first
/// sample.
type Started = (js_sys::Promise, HtmlAudioElement, i64);

thread_local! {
    static TRACK: RefCell<Option<Track>> = const { RefCell::new(None) };
}

/// Plays `tones` from now as one track (`audible: false`: silence of the same length); none
/// pauses it. `Err` when the browser has no `<audio>` or refuses to play it.
pub async fn play(tones: &[TimedTone], audible: bool) -> Result<(), JsValue> {
    let started = TRACK.with_borrow_mut(|track| -> Result<Option<Started>, JsValue> {
        if track.is_none() {
            *track = Some(Track {
                element: HtmlAudioElement::new()?,
                url: None,
                ledger: ToneLedger::new(),
                audible,
                catching_up: None,
            });
        }
        let Some(track) = track.as_mut() else {
            return Ok(None);
        };
        let now = clock::now_ms();
        let changed = track.ledger.replace(tones, now) != Reschedule::default();
        if tones.is_empty() {
            track.catching_up = None;
            track.element.set_playback_rate(1.0);
            track.element.pause()?;
            track.ledger.clear();
            return Ok(None);
        }
        if !track.element.paused() && !changed && track.audible == audible {
            return Ok(None);
        }
        let url = object_url(&render_wav(tones, now, audible))?;
        track.catching_up = None;
        track.element.set_playback_rate(1.0);
        track.element.set_src(&url);
        if let Some(old) = track.url.replace(url) {
            let _ = Url::revoke_object_url(&old);
        }
        track.audible = audible;
        Ok(Some((track.element.play()?, track.element.clone(), now)))
    })?;
    if let Some((promise, element, from_ms)) = started {
        JsFuture::from(promise).await?;
        // The file's first sample is `from_ms`, but rendering it and starting the element
        // took time (about 0.27 s in Chromium here), and the output starts later still. A
        // seek to where the clock is stalls the output for about as long again, so the track
        // catches up by playing faster (the pitch is kept), looked at four times a second
        // until it is within 40 ms of the clock, then goes on at its own speed.
        let mut looks = 0;
        let catching_up = Interval::new(CATCH_UP_EVERY_MS, move || {
            looks += 1;
            let behind_s = (clock::now_ms() - from_ms) as f64 / 1000.0 - element.current_time();
            // An ended or paused track, or a gap no start-up makes (the clock jumped), is not
            // caught up: the watch stops there.
            let lost = element.ended()
                || element.paused()
                || behind_s.abs() > GIVE_UP_AFTER_S
                || looks > MAX_LOOKS;
            // Closes the gap over about a second (a hidden page looks only once a second),
            // and eases off as it closes: no overshoot to undo.
            let rate = if !lost && behind_s.abs() > CATCH_UP_AFTER_S {
                1.0 + behind_s.clamp(-MAX_RATE_CHANGE, MAX_RATE_CHANGE)
            } else {
                1.0
            };
            element.set_playback_rate(rate);
            if rate == 1.0 {
                TRACK.with_borrow_mut(|track| {
                    if let Some(track) = track.as_mut() {
                        track.catching_up = None;
                    }
                });
            }
        });
        TRACK.with_borrow_mut(|track| {
            if let Some(track) = track.as_mut() {
                track.catching_up = Some(catching_up);
            }
        });
    }
    Ok(())
}

/// A gap this small is not worth closing: the element's clock, read from script, is no
/// finer (it settled 20–25 ms from the page's clock here).
const CATCH_UP_AFTER_S: f64 = 0.04;
/// The watch stops after this many looks (5 s) whatever the gap: it must not become a timer
/// for the whole session.
const MAX_LOOKS: u32 = 20;
/// A gap this large did not come from starting the element.
const GIVE_UP_AFTER_S: f64 = 2.0;
/// The most the speed changes while the track catches up: 25 %, the pitch kept.
const MAX_RATE_CHANGE: f64 = 0.25;
const CATCH_UP_EVERY_MS: u32 = 250;

fn object_url(bytes: &[u8]) -> Result<String, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type("audio/wav");
    let parts = Array::of1(&Uint8Array::from(bytes));
    Url::create_object_url_with_blob(&Blob::new_with_u8_array_sequence_and_options(
        &parts, &options,
    )?)
}

/// Whether the track is playing now.
pub fn is_playing() -> bool {
    TRACK.with_borrow(|track| track.as_ref().is_some_and(|t| !t.element.paused()))
}
