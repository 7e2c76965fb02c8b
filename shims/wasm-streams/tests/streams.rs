//! The conversions server_fn relies on, through the browser's own stream machinery.
#![cfg(target_arch = "wasm32")]

use futures_util::stream::{self, StreamExt};
use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use wasm_streams::ReadableStream;

wasm_bindgen_test_configure!(run_in_browser);

async fn read_all(stream: ReadableStream) -> Vec<Result<JsValue, JsValue>> {
    stream.into_stream().collect().await
}

#[wasm_bindgen_test]
async fn a_rust_stream_is_read_back_in_order_and_then_ends() {
    let items = (1..=3).map(|n| Ok(JsValue::from(n)));
    let raw = ReadableStream::from_stream(stream::iter(items)).into_raw();

    let read = read_all(ReadableStream::from_raw(raw)).await;

    let numbers: Vec<f64> = read
        .iter()
        .map(|item| item.as_ref().unwrap().as_f64().unwrap())
        .collect();
    assert_eq!(numbers, [1.0, 2.0, 3.0]);
}

#[wasm_bindgen_test]
async fn an_error_in_the_rust_stream_errors_the_js_stream_and_ends_it() {
    let items = vec![
        Ok(JsValue::from("first")),
        Err(JsValue::from("broken")),
        Ok(JsValue::from("never")),
    ];
    let stream = ReadableStream::from_stream(stream::iter(items));

    let read = read_all(stream).await;

    assert_eq!(read.len(), 2, "{read:?}");
    assert_eq!(
        read[0].as_ref().unwrap().as_string().as_deref(),
        Some("first")
    );
    assert_eq!(
        read[1].as_ref().unwrap_err().as_string().as_deref(),
        Some("broken")
    );
}

#[wasm_bindgen_test]
async fn a_response_body_is_read_as_its_bytes() {
    let response = web_sys::Response::new_with_opt_str(Some("lower back")).unwrap();
    let body = response.body().unwrap();

    let mut bytes = Vec::new();
    for chunk in read_all(ReadableStream::from_raw(body)).await {
        bytes.extend(chunk.unwrap().unchecked_into::<Uint8Array>().to_vec());
    }

    assert_eq!(bytes, b"lower back");
}
