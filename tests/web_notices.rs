//! The notices list in a real browser: messages show in order, and dismissing one leaves the
//! others as they were.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use lumbar::domain::progress::Progress;
use lumbar::ui::notices::Notices;
use lumbar::ui::state::AppState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn shown(root: &web_sys::HtmlElement) -> Vec<String> {
    let paragraphs = root.query_selector_all(".notice p").unwrap();
    (0..paragraphs.length())
        .filter_map(|i| paragraphs.get(i))
        .map(|p| p.text_content().unwrap_or_default())
        .collect()
}

fn dismiss(root: &web_sys::HtmlElement, index: u32) {
    let buttons = root.query_selector_all(".notice-close").unwrap();
    buttons
        .get(index)
        .expect("a dismiss button")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn dismissing_a_notice_keeps_the_others() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let app = AppState::new(Progress::default(), vec!["First".into(), "Second".into()]);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(app);
        view! { <Notices/> }
    });
    assert_eq!(shown(&root), ["First", "Second"]);

    app.notify("Third".into());
    app.notify("Third".into());
    leptos::task::tick().await;
    assert_eq!(
        shown(&root),
        ["First", "Second", "Third"],
        "a repeat is shown once"
    );

    dismiss(&root, 0);
    leptos::task::tick().await;
    assert_eq!(shown(&root), ["Second", "Third"]);
    assert_eq!(app.notices.get_untracked(), ["Second", "Third"]);

    dismiss(&root, 1);
    dismiss(&root, 0);
    leptos::task::tick().await;
    assert!(shown(&root).is_empty());
}
