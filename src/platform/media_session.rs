//! The phone's media controls on the lock screen and in the notifications (Media Session
//! API): what the session is doing, and its play/pause, next and previous buttons. Where the
//! API is missing nothing happens; browsers show the controls only while the page plays
//! media, which is why the coming cues play as one track while a session runs
//! (`platform::track`).

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

use crate::platform::js::{call_method, property};

/// A button of the media controls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaAction {
    Play,
    Pause,
    Next,
    Previous,
}

impl MediaAction {
    const ALL: [MediaAction; 4] = [Self::Play, Self::Pause, Self::Next, Self::Previous];

    fn name(self) -> &'static str {
        match self {
            Self::Play => "play",
            Self::Pause => "pause",
            Self::Next => "nexttrack",
            Self::Previous => "previoustrack",
        }
    }
}

/// What the controls show: a title, a line under it and the album line.
pub struct MediaText<'a> {
    pub title: &'a str,
    pub artist: &'a str,
    pub album: &'a str,
    pub playing: bool,
}

fn media_session() -> Option<JsValue> {
    property(&web_sys::window()?.navigator(), "mediaSession")
}

/// Shows `text` on the controls, or clears them (`None`: no session).
pub fn show(text: Option<MediaText<'_>>) {
    let Some(session) = media_session() else {
        return;
    };
    let (metadata, state) = match text {
        Some(text) => (
            metadata(&text).unwrap_or(JsValue::NULL),
            if text.playing { "playing" } else { "paused" },
        ),
        None => (JsValue::NULL, "none"),
    };
    let _ = Reflect::set(&session, &"metadata".into(), &metadata);
    let _ = Reflect::set(&session, &"playbackState".into(), &state.into());
}

fn metadata(text: &MediaText<'_>) -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    let constructor: Function = property(&window, "MediaMetadata")?.into();
    let init = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&init, &key.into(), value).ok();
    set("title", &text.title.into())?;
    set("artist", &text.artist.into())?;
    set("album", &text.album.into())?;
    let icon = Object::new();
    Reflect::set(&icon, &"src".into(), &"icons/icon-192.png".into()).ok()?;
    Reflect::set(&icon, &"sizes".into(), &"192x192".into()).ok()?;
    Reflect::set(&icon, &"type".into(), &"image/png".into()).ok()?;
    set("artwork", &Array::of1(&icon).into())?;
    Reflect::construct(&constructor, &Array::of1(&init)).ok()
}

/// The controls' buttons, handled for as long as this lives.
pub struct MediaButtons {
    handlers: Vec<Closure<dyn Fn()>>,
}

/// Hands each press of a media button to `pressed`; `None` where there are no controls.
pub fn on_buttons(pressed: impl Fn(MediaAction) + Clone + 'static) -> Option<MediaButtons> {
    let session = media_session()?;
    let mut handlers = Vec::new();
    for action in MediaAction::ALL {
        let pressed = pressed.clone();
        let handler = Closure::<dyn Fn()>::new(move || pressed(action));
        // A browser that does not know an action throws: the others still work.
        let _ = call_method(
            &session,
            "setActionHandler",
            &[action.name().into(), handler.as_ref().clone()],
        );
        handlers.push(handler);
    }
    Some(MediaButtons { handlers })
}

impl Drop for MediaButtons {
    fn drop(&mut self) {
        if let Some(session) = media_session() {
            for action in MediaAction::ALL {
                let _ = call_method(
                    &session,
                    "setActionHandler",
                    &[action.name().into(), JsValue::NULL],
                );
            }
        }
        self.handlers.clear();
    }
}
