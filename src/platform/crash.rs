//! A panic must not leave a blank page: the hook replaces the page with a plain message, a
//! reload link and a download of everything Lumbar stored. It is built from static DOM (links,
//! no event handlers), because after a panic the wasm module may not run again.

use std::panic::PanicHookInfo;

use crate::platform::storage;

const STORED_PREFIX: &str = "lumbar.";

pub fn install() {
    std::panic::set_hook(Box::new(|info: &PanicHookInfo| {
        console_error_panic_hook::hook(info);
        show_crash_screen();
    }));
}

/// Every stored value of Lumbar's (progress and backups) as one JSON object.
fn stored_data() -> String {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return "{}".into();
    };
    let entries = js_sys::Object::new();
    for (key, value) in storage::entries_with_prefix(&storage, STORED_PREFIX) {
        let _ = js_sys::Reflect::set(&entries, &key.into(), &value.into());
    }
    js_sys::JSON::stringify(&entries)
        .ok()
        .and_then(|json| json.as_string())
        .unwrap_or_else(|| "{}".into())
}

fn show_crash_screen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let data = String::from(js_sys::encode_uri_component(&stored_data()));
    let build = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let (Some(section), Some(title), Some(line), Some(reload), Some(download)) = (
        document.create_element("section").ok(),
        build("h1", "Something went wrong"),
        build(
            "p",
            "Lumbar stopped unexpectedly. Your saved progress is still on this device. \
             Reload to carry on, or download a copy of your data first.",
        ),
        build("a", "Reload"),
        build("a", "Download my data"),
    ) else {
        return;
    };
    let _ = section.set_attribute("class", "crash");
    let _ = section.set_attribute("role", "alert");
    let _ = reload.set_attribute("href", "./");
    let _ = reload.set_attribute("class", "button primary");
    let _ = download.set_attribute("href", &format!("data:application/json,{data}"));
    let _ = download.set_attribute("download", "lumbar-data.json");
    let _ = download.set_attribute("class", "button");
    for child in [&title, &line, &reload, &download] {
        let _ = section.append_child(child);
    }
    body.set_text_content(None);
    let _ = body.append_child(&section);
}

/// `?crash-test` in the address makes the app panic on purpose, to check this screen.
pub fn test_requested() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|search| search.contains("crash-test"))
}
