//! Keeps the screen on during a session (Screen Wake Lock API), re-acquiring it when the page
//! is shown again, since browsers drop the lock whenever the page is hidden.
//!
//! The API is reached through `Reflect` because web-sys only exposes it behind its unstable
//! APIs flag.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Promise, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::{spawn_local, JsFuture};

use crate::platform::js::{call_method, property};
use crate::platform::visibility::{self, VisibilityWatch};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WakeStatus {
    Off,
    Held,
    Unsupported,
    Refused,
}

struct Inner {
    wanted: Cell<bool>,
    pending: Cell<bool>,
    sentinel: RefCell<Option<JsValue>>,
    report: Box<dyn Fn(WakeStatus)>,
}

/// Holds the lock while wanted; releases it on drop.
pub struct ScreenWake {
    inner: Rc<Inner>,
    _visibility: Option<VisibilityWatch>,
}

impl ScreenWake {
    pub fn new(report: impl Fn(WakeStatus) + 'static) -> ScreenWake {
        let inner = Rc::new(Inner {
            wanted: Cell::new(false),
            pending: Cell::new(false),
            sentinel: RefCell::new(None),
            report: Box::new(report),
        });
        let on_visible = inner.clone();
        let visibility = visibility::on_change(move |visible| {
            if visible && on_visible.wanted.get() {
                acquire(on_visible.clone());
            }
        });
        ScreenWake {
            inner,
            _visibility: visibility,
        }
    }

    pub fn set_wanted(&self, wanted: bool) {
        self.inner.wanted.set(wanted);
        if wanted {
            acquire(self.inner.clone());
        } else {
            release(&self.inner);
        }
    }

    /// Asks again while wanted but not held. Call it from a tap: WebKit refuses a lock that
    /// was not asked for inside one (a session resumed after a reload, for instance).
    pub fn retake(&self) {
        if self.inner.wanted.get() {
            acquire(self.inner.clone());
        }
    }
}

impl Drop for ScreenWake {
    fn drop(&mut self) {
        self.inner.wanted.set(false);
        release(&self.inner);
    }
}

fn api() -> Option<JsValue> {
    property(&web_sys::window()?.navigator(), "wakeLock")
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    call_method(target, method, args).ok()
}

fn is_released(sentinel: &JsValue) -> bool {
    Reflect::get(sentinel, &"released".into()).is_ok_and(|released| released.is_truthy())
}

fn acquire(inner: Rc<Inner>) {
    let held = inner
        .sentinel
        .borrow()
        .as_ref()
        .is_some_and(|s| !is_released(s));
    if held || inner.pending.get() {
        return;
    }
    let Some(api) = api() else {
        return (inner.report)(WakeStatus::Unsupported);
    };
    let Some(request) = call(&api, "request", &["screen".into()]) else {
        return (inner.report)(WakeStatus::Refused);
    };
    inner.pending.set(true);
    spawn_local(async move {
        // `resolve`: a stand-in API (privacy tools stub some) may not return a promise.
        let result = JsFuture::from(Promise::resolve(&request)).await;
        inner.pending.set(false);
        match result {
            Ok(sentinel) if inner.wanted.get() => {
                *inner.sentinel.borrow_mut() = Some(sentinel);
                (inner.report)(WakeStatus::Held);
            }
            // Unwanted by the time it came (paused meanwhile): give it straight back.
            Ok(sentinel) => {
                call(&sentinel, "release", &[]);
            }
            // Refused: battery saver, a hidden page, or a browser policy.
            Err(_) => (inner.report)(WakeStatus::Refused),
        }
    });
}

fn release(inner: &Inner) {
    if let Some(sentinel) = inner.sentinel.borrow_mut().take() {
        call(&sentinel, "release", &[]);
    }
    (inner.report)(WakeStatus::Off);
}
