//! Tells when the page is hidden and when it is shown again (tab brought back, phone
//! unlocked, page restored from the back-forward cache), so a countdown can sleep while
//! nobody can see it and catch up with the clock at once when it is seen again.

use gloo_events::EventListener;
use web_sys::VisibilityState;

/// Keeps the listeners registered until dropped.
pub struct VisibilityWatch {
    _listeners: [EventListener; 2],
}

pub fn is_hidden() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .is_some_and(|document| document.visibility_state() == VisibilityState::Hidden)
}

/// Calls `callback(true)` when the page is shown and `callback(false)` when it is hidden.
pub fn on_change(callback: impl Fn(bool) + Clone + 'static) -> Option<VisibilityWatch> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let watched = document.clone();
    let on_pageshow = callback.clone();
    Some(VisibilityWatch {
        _listeners: [
            EventListener::new(&document, "visibilitychange", move |_| {
                callback(watched.visibility_state() == VisibilityState::Visible);
            }),
            EventListener::new(&window, "pageshow", move |_| on_pageshow(true)),
        ],
    })
}
