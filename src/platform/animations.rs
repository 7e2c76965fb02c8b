//! Restarts the CSS animations inside an element, so that one set of elements can show one
//! animation after another without being created anew.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::platform::js::{call_method, property};

/// Whether this browser can list an element's animations (`Element.getAnimations`: Safari
/// 14, Firefox 75, Chrome 84).
pub fn can_restart() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .is_some_and(|element| property(&element, "getAnimations").is_some())
}

/// Starts every animation inside `element` again from its beginning, with the timing its
/// styles give it now (a negative delay starts it part-way).
pub fn restart_within(element: &web_sys::Element) {
    let options = Object::new();
    let _ = Reflect::set(&options, &"subtree".into(), &JsValue::TRUE);
    let Ok(animations) = call_method(element, "getAnimations", &[options.into()]) else {
        return;
    };
    for animation in Array::from(&animations).iter() {
        let _ = Reflect::set(&animation, &"currentTime".into(), &JsValue::from(0));
    }
}
