//! Keyboard control of the player: the space bar pauses and resumes.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

/// Calls `callback` on the space bar, except where space already means something (a focused
/// button, field or link), so one press never acts twice. Unregistered on drop.
pub fn on_space(callback: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
        &window,
        "keydown",
        options,
        move |event| {
            let Some(key) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            let interactive = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|el| {
                    matches!(
                        el.tag_name().as_str(),
                        "BUTTON" | "INPUT" | "TEXTAREA" | "SELECT" | "A"
                    )
                });
            if key.key() == " " && !key.repeat() && !interactive {
                event.prevent_default();
                callback();
            }
        },
    ))
}
