//! The notices list in a real browser: messages show in order, and dismissing one leaves the
//! others as they were; what the service worker reports about the offline copy.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use lumbar::domain::progress::Progress;
use lumbar::model::{Event, WorkerNews};
use lumbar::ui::notices::Notices;
use lumbar::ui::offline_status::OfflineStatus;
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

    app.dispatch(Event::Notify("Third".into()));
    app.dispatch(Event::Notify("Third".into()));
    leptos::task::tick().await;
    assert_eq!(
        shown(&root),
        ["First", "Second", "Third"],
        "a repeat is shown once"
    );

    let second = root.query_selector_all(".notice").unwrap().item(1).unwrap();
    dismiss(&root, 0);
    leptos::task::tick().await;
    assert_eq!(shown(&root), ["Second", "Third"]);
    assert!(
        root.query_selector(".notice")
            .unwrap()
            .unwrap()
            .is_same_node(Some(&second)),
        "the notices below a dismissed one keep their elements, so nothing is announced again"
    );
    let texts = app
        .model
        .with_untracked(|m| m.notices.iter().map(|n| n.text.clone()).collect::<Vec<_>>());
    assert_eq!(texts, ["Second", "Third"]);

    dismiss(&root, 1);
    dismiss(&root, 0);
    leptos::task::tick().await;
    assert!(shown(&root).is_empty());
}

#[wasm_bindgen_test]
async fn a_failed_offline_save_is_told_until_a_later_try_succeeds() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let app = AppState::new(Progress::default(), vec!["Earlier".into()]);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(app);
        view! { <Notices/> <OfflineStatus/> }
    });
    let ready_line = || root.query_selector(".offline").unwrap();
    assert!(
        ready_line().is_none(),
        "nothing is claimed before the worker says"
    );

    app.dispatch(Event::Worker(WorkerNews::OfflineFailed));
    leptos::task::tick().await;
    assert_eq!(shown(&root).len(), 2);
    assert!(shown(&root)[1].starts_with("Lumbar could not be saved for offline use yet."));
    assert!(ready_line().is_none());

    app.dispatch(Event::Worker(WorkerNews::OfflineReady));
    leptos::task::tick().await;
    assert_eq!(shown(&root), ["Earlier"], "only the failure's message goes");
    assert_eq!(
        ready_line().and_then(|line| line.text_content()).as_deref(),
        Some("Lumbar works offline on this device.")
    );
    assert!(!app.model.with_untracked(|m| m.update_ready));
}
