//! The next-task adapter in a real browser: the work runs after the current task and its
//! microtasks, in the order it was asked for.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Promise;
use lumbar::platform::tasks::next_task;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Resolves in a task after every task asked for so far.
async fn a_later_task() {
    let later = Promise::new(&mut |resolve, _| {
        next_task(move || {
            let _ = resolve.call0(&JsValue::NULL);
        })
    });
    JsFuture::from(later).await.unwrap();
}

#[wasm_bindgen_test]
async fn work_waits_for_the_current_task_and_runs_in_order() {
    let log = Rc::new(RefCell::new(Vec::new()));
    for step in ["first", "second"] {
        let log = Rc::clone(&log);
        next_task(move || log.borrow_mut().push(step));
    }
    log.borrow_mut().push("now");
    JsFuture::from(Promise::resolve(&JsValue::NULL))
        .await
        .unwrap();
    assert_eq!(*log.borrow(), ["now"], "microtasks of this task come first");

    a_later_task().await;
    assert_eq!(*log.borrow(), ["now", "first", "second"]);
}

#[wasm_bindgen_test]
async fn work_asked_for_inside_work_runs_in_a_task_after_it() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let inner_log = Rc::clone(&log);
    next_task(move || {
        inner_log.borrow_mut().push("outer");
        let log = Rc::clone(&inner_log);
        next_task(move || log.borrow_mut().push("inner"));
    });
    a_later_task().await;
    assert_eq!(*log.borrow(), ["outer"]);
    a_later_task().await;
    assert_eq!(*log.borrow(), ["outer", "inner"]);
}
