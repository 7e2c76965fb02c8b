//! Asks the browser to keep Lumbar's storage when the device runs low on space
//! (`navigator.storage.persist()`), and says what it answered.

use js_sys::Promise;
use wasm_bindgen_futures::JsFuture;

use crate::platform::js::{call_method, property};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Granted,
    Refused,
    Unsupported,
}

impl Answer {
    pub fn message(self) -> &'static str {
        match self {
            Answer::Granted => {
                "Your browser agreed to keep Lumbar's data, even when the phone runs low on space."
            }
            Answer::Refused => {
                "Your browser may clear Lumbar's data when space runs low. Download a copy from \
                 Your data now and then. Installing Lumbar on the home screen often helps."
            }
            Answer::Unsupported => {
                "This browser cannot promise to keep Lumbar's data. Download a copy from Your \
                 data now and then."
            }
        }
    }
}

pub async fn ask() -> Answer {
    let Some(window) = web_sys::window() else {
        return Answer::Unsupported;
    };
    // WebKitGTK has no `navigator.storage`, older Safari no `persist`.
    let Some(storage) = property(&window.navigator(), "storage") else {
        return Answer::Unsupported;
    };
    let Ok(answer) = call_method(&storage, "persist", &[]) else {
        return Answer::Unsupported;
    };
    match JsFuture::from(Promise::resolve(&answer))
        .await
        .map(|v| v.as_bool())
    {
        Ok(Some(true)) => Answer::Granted,
        Ok(Some(false)) => Answer::Refused,
        _ => Answer::Unsupported,
    }
}
