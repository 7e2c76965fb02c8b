//! Work that may wait for the browser's next turn: a message to ourselves, not a timer, so it
//! runs at once after the current task (no 4 ms clamp, and fake clocks in tests leave it be).

use wasm_bindgen::prelude::*;
use web_sys::MessageChannel;

/// Runs `work` in a task of its own, after the current one. Splitting start-up this way
/// keeps each task short enough not to hold up input (Lighthouse's long tasks: 50 ms).
pub fn next_task(work: impl FnOnce() + 'static) {
    after_this_task(Box::new(work));
}

/// One copy of the bindings and the closure shim for every caller's work (boxed, not generic).
fn after_this_task(work: Box<dyn FnOnce()>) {
    let Ok(channel) = MessageChannel::new() else {
        return work();
    };
    let sender = channel.port2();
    let receiver = channel.port1();
    // The closure owns the channel, so neither port is collected before the message comes.
    let handler: js_sys::Function = Closure::once_into_js(move || {
        drop(channel);
        work();
    })
    .unchecked_into();
    receiver.set_onmessage(Some(&handler));
    if sender.post_message(&JsValue::NULL).is_err() {
        receiver.set_onmessage(None);
        let _ = handler.call0(&JsValue::NULL);
    }
}
