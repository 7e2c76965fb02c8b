//! Tells when the page is shown again (tab brought back, phone unlocked, page restored from
//! the back-forward cache), so a countdown can catch up with the clock at once.

use gloo_events::EventListener;

/// Keeps the listeners registered until dropped.
pub struct VisibilityWatch {
    _listeners: [EventListener; 2],
}

pub fn on_visible(callback: impl Fn() + Clone + 'static) -> Option<VisibilityWatch> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let watched = document.clone();
    let on_pageshow = callback.clone();
    Some(VisibilityWatch {
        _listeners: [
            EventListener::new(&document, "visibilitychange", move |_| {
                if watched.visibility_state() == web_sys::VisibilityState::Visible {
                    callback();
                }
            }),
            EventListener::new(&window, "pageshow", move |_| on_pageshow()),
        ],
    })
}
