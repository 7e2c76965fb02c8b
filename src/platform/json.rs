//! The browser's own JSON, for the stored progress and the export file: `JSON.parse` and
//! `JSON.stringify`, with serde-wasm-bindgen between them and the domain's types.

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::storage_codec::JsonText;

pub struct BrowserJson;

impl JsonText for BrowserJson {
    type Value = JsValue;

    fn parse(raw: &str) -> Result<JsValue, String> {
        js_sys::JSON::parse(raw).map_err(|err| {
            err.dyn_ref::<js_sys::Error>()
                .map_or_else(|| "unreadable".into(), |e| String::from(e.message()))
        })
    }

    fn is_object(value: &JsValue) -> bool {
        value.is_object() && !js_sys::Array::is_array(value)
    }

    fn read<T: DeserializeOwned>(value: &JsValue) -> Result<T, String> {
        serde_wasm_bindgen::from_value(value.clone()).map_err(|err| err.to_string())
    }

    fn write<T: Serialize>(value: &T) -> String {
        // JSON-compatible: `None` as null and maps as objects, so the text is the same as
        // serde_json writes (tests/web_storage.rs checks the fixtures byte for byte).
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        value
            .serialize(&serializer)
            .ok()
            .and_then(|js| js_sys::JSON::stringify(&js).ok())
            .and_then(|text| text.as_string())
            // The stored types are plain data with integer times well inside 2^53 ms, so
            // none of the steps above can fail.
            .expect("the stored types always serialize")
    }
}
