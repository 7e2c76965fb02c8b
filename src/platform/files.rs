//! Files in and out: a download made in the page (no server), and reading a picked file.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};

/// Offers `text` as a file download named `filename` of type `mime`.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| format!("Could not prepare {filename} for download.");
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("No page")?;
    let link: HtmlAnchorElement = document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

/// The text of a picked file.
pub async fn read_text(file: &File) -> Result<String, String> {
    JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| "This file could not be read.".to_owned())
}
