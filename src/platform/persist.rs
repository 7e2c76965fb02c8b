//! Asks the browser to keep Lumbar's storage when the device runs low on space
//! (`navigator.storage.persist()`), and says what it answered.

use wasm_bindgen_futures::JsFuture;

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
    let storage = window.navigator().storage();
    // Older Safari has no StorageManager.persist: the call throws instead of returning.
    let Ok(promise) = storage.persist() else {
        return Answer::Unsupported;
    };
    match JsFuture::from(promise).await.map(|v| v.as_bool()) {
        Ok(Some(true)) => Answer::Granted,
        Ok(Some(false)) => Answer::Refused,
        _ => Answer::Unsupported,
    }
}
