//! The visual cue: the full-screen layer the app renders (`.flash`) brightens and fades once,
//! through the Web Animations API, so no timer has to turn it off again.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::platform::js::call_method;

/// How long one flash lasts, in and out.
const FLASH_MS: f64 = 400.0;

/// Flashes the screen once; `Err` where the layer or `Element.animate` is missing.
pub fn flash() -> Result<(), JsValue> {
    let layer = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".flash").ok().flatten())
        .ok_or(JsValue::NULL)?;
    let keyframes: Array = [0.0, 0.85, 0.0]
        .into_iter()
        .map(|opacity| {
            let frame = Object::new();
            let _ = Reflect::set(&frame, &"opacity".into(), &JsValue::from(opacity));
            frame
        })
        .collect();
    call_method(
        &layer,
        "animate",
        &[keyframes.into(), JsValue::from(FLASH_MS)],
    )
    .map(drop)
}
