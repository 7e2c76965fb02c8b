//! Lumbar's stand-in for the `wasm-streams` crate: the part of its API that server_fn calls.
//!
//! Leptos always builds server_fn with its browser client, which turns request and response
//! bodies into streams with wasm-streams. wasm-streams implements a stream's source and sink
//! as JS classes exported from the module, and the linker keeps every exported function, and
//! all it reaches, whether anything calls it or not. Lumbar has no server functions, and those
//! exports were about 4.2 KB of its brotli-compressed wasm (3.6 %). Here the same conversions
//! are built from closures, which the linker drops when nothing calls them.

use std::cell::Cell;
use std::rc::Rc;

use futures_util::stream::{self, LocalBoxStream, Stream, StreamExt};
use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::{
    ReadableStreamDefaultController, ReadableStreamDefaultReader, ReadableStreamReadResult,
    UnderlyingSource,
};

/// A JS `ReadableStream`, convertible from and into a Rust [`Stream`] of raw values.
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

type Chunks = LocalBoxStream<'static, Result<JsValue, JsValue>>;

impl ReadableStream {
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// A JS stream that takes one item from `stream` each time its reader asks; an `Err`
    /// errors the JS stream with that value.
    pub fn from_stream<St>(stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        // A JS stream never pulls again before the last pull's promise settles, so the Rust
        // stream is out of its cell only while one pull runs.
        let chunks: Rc<Cell<Option<Chunks>>> = Rc::new(Cell::new(Some(stream.boxed_local())));
        let pull = move |controller: ReadableStreamDefaultController| -> Promise {
            let chunks = Rc::clone(&chunks);
            future_to_promise(async move {
                let Some(mut stream) = chunks.take() else {
                    return Ok(JsValue::UNDEFINED);
                };
                match stream.next().await {
                    Some(Ok(chunk)) => {
                        controller.enqueue_with_chunk(&chunk)?;
                        chunks.set(Some(stream));
                    }
                    Some(Err(error)) => return Err(error),
                    None => controller.close()?,
                }
                Ok(JsValue::UNDEFINED)
            })
        };
        // The JS function owns the closure from here: the stream keeps it alive, and the
        // glue frees it once the stream is garbage.
        let pull: Function = Closure::<dyn FnMut(_) -> Promise>::new(pull)
            .into_js_value()
            .unchecked_into();
        let source = UnderlyingSource::new();
        source.set_pull(&pull);
        let raw = web_sys::ReadableStream::new_with_underlying_source(&source)
            .expect_throw("a ReadableStream from an underlying source with only `pull`");
        Self::from_raw(raw)
    }

    /// The stream's chunks as they are read; it ends after the last chunk or the first error.
    pub fn into_stream(self) -> Chunks {
        let reader: ReadableStreamDefaultReader = self.raw.get_reader().unchecked_into();
        stream::unfold(Some(reader), |reader| async move {
            let reader = reader?;
            match JsFuture::from(reader.read()).await {
                Ok(result) => {
                    let result: ReadableStreamReadResult = result.unchecked_into();
                    if result.get_done().unwrap_or(false) {
                        return None;
                    }
                    Some((Ok(result.get_value()), Some(reader)))
                }
                Err(error) => Some((Err(error), None)),
            }
        })
        .boxed_local()
    }
}
