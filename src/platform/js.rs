//! Calls into browser APIs that a browser may lack. web-sys binds most methods as if they
//! were always there: on a browser without one, the call throws a `TypeError` straight
//! through the wasm, unwinding whatever called it (a timer's tick, say). These look the
//! method up first and catch what it throws, so the caller gets an `Err` instead.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `target[name]`, unless it is missing, `undefined` or `null`.
pub fn property(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &name.into())
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

/// `target[name](...args)`; `Err` when there is no such method or it threw.
pub fn call_method(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let method: Function = property(target, name)
        .ok_or_else(|| JsValue::from_str(name))?
        .dyn_into()?;
    let args: Array = args.iter().collect();
    method.apply(target, &args)
}
