//! The offline service worker (`sw.js`, written at build time): registration, update checks,
//! and switching to a new version when the user asks for it.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use crate::model::WorkerNews;

const SCRIPT: &str = "sw.js";
/// The message `sw.js` waits for before it takes over from the running version.
const ACTIVATE_UPDATE: &str = "lumbar:activate-update";

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Missing on plain-http origins and in some private modes.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .ok()?
        .then(|| navigator.service_worker())
}

async fn registration(container: &ServiceWorkerContainer) -> Option<ServiceWorkerRegistration> {
    JsFuture::from(container.get_registration())
        .await
        .ok()?
        .dyn_into()
        .ok()
}

/// Registers `sw.js` and reports how its install goes through `tell`.
pub async fn register(tell: impl Fn(WorkerNews) + Clone + 'static) {
    let Some(container) = container() else {
        return;
    };
    let Ok(registration) = JsFuture::from(container.register(SCRIPT)).await else {
        return tell(WorkerNews::OfflineFailed);
    };
    // Some privacy tools and test harnesses stub `register` with something else: no offline
    // support then, and nothing to report.
    let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
        return;
    };
    if registration.active().is_some() {
        tell(WorkerNews::OfflineReady);
    }
    if registration.waiting().is_some() && container.controller().is_some() {
        tell(WorkerNews::UpdateReady);
    }
    let watched = registration.clone();
    // Both listeners are forgotten, so they live as long as the page does. After a failed
    // first install, `check_for_update` registers again and the new registration gets its
    // own; the old ones stay on the dead registration (a few closures, on that path only).
    EventListener::new(&registration, "updatefound", move |_| {
        let Some(worker) = watched.installing() else {
            return;
        };
        let tell = tell.clone();
        let container = container.clone();
        let registration = watched.clone();
        let installing = worker.clone();
        EventListener::new(&worker, "statechange", move |_| match installing.state() {
            ServiceWorkerState::Installed if container.controller().is_some() => {
                tell(WorkerNews::UpdateReady)
            }
            ServiceWorkerState::Activated => tell(WorkerNews::OfflineReady),
            // A failed update leaves the active version in place: only a first install fails.
            ServiceWorkerState::Redundant if registration.active().is_none() => {
                tell(WorkerNews::OfflineFailed)
            }
            _ => {}
        })
        .forget();
    })
    .forget();
}

/// Asks the browser to look for a new `sw.js` now rather than at its next navigation. After
/// a failed first install there is no registration left to ask: this registers again.
pub async fn check_for_update(tell: impl Fn(WorkerNews) + Clone + 'static) {
    let Some(container) = container() else {
        return;
    };
    match registration(&container).await {
        Some(registration) => {
            // Handled, not dropped: WebKit rejects it while the first install is still
            // running ("newestWorker is null"), which would be an unhandled rejection.
            if let Ok(update) = registration.update() {
                let _ = JsFuture::from(update).await;
            }
        }
        None => register(tell).await,
    }
}

/// Lets the waiting version take over, then reloads into it.
pub async fn activate_update() {
    let reload = || {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    let Some(container) = container() else {
        return reload();
    };
    let waiting = registration(&container).await.and_then(|r| r.waiting());
    let Some(waiting) = waiting else {
        return reload();
    };
    EventListener::once(&container, "controllerchange", move |_| reload()).forget();
    let _ = waiting.post_message(&ACTIVATE_UPDATE.into());
}

/// The build's version, written into index.html by the post-build hook.
pub fn build_version() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=lumbar-version]")
        .ok()??
        .get_attribute("content")
}
