//! The coming cues as one track in an `<audio>` element (`domain::cue_track` renders it).
//! Made again whenever the tones to come change; paused when there are none. `play()` may
//! be refused (no tap yet, a browser's policy): the caller hears of it and keeps the Web
//! Audio schedule.

use std::cell::RefCell;

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
}

thread_local! {
    static TRACK: RefCell<Option<Track>> = const { RefCell::new(None) };
}

/// Plays `tones` from now as one track (`audible: false`: silence of the same length); none
/// pauses it. `Err` when the browser has no `<audio>` or refuses to play it.
pub async fn play(tones: &[TimedTone], audible: bool) -> Result<(), JsValue> {
    let promise = TRACK.with_borrow_mut(|track| -> Result<Option<js_sys::Promise>, JsValue> {
        if track.is_none() {
            *track = Some(Track {
                element: HtmlAudioElement::new()?,
                url: None,
                ledger: ToneLedger::new(),
                audible,
            });
        }
        let Some(track) = track.as_mut() else {
            return Ok(None);
        };
        let now = clock::now_ms();
        let changed = track.ledger.replace(tones, now) != Reschedule::default();
        if tones.is_empty() {
            track.element.pause()?;
            track.ledger.clear();
            return Ok(None);
        }
        if !track.element.paused() && !changed && track.audible == audible {
            return Ok(None);
        }
        let url = object_url(&render_wav(tones, now, audible))?;
        track.element.set_src(&url);
        if let Some(old) = track.url.replace(url) {
            let _ = Url::revoke_object_url(&old);
        }
        track.audible = audible;
        track.element.play().map(Some)
    })?;
    if let Some(promise) = promise {
        JsFuture::from(promise).await?;
    }
    Ok(())
}

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
