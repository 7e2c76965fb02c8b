use lumbar::platform::crash;

fn main() {
    crash::install();
    // The static safety screen of index.html goes in the same task as the app renders, so
    // no frame shows neither or both.
    if let Some(first_paint) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("first-paint"))
    {
        first_paint.remove();
    }
    leptos::mount::mount_to_body(lumbar::ui::App);
    if crash::test_requested() {
        panic!("crash test requested by the address (?crash-test)");
    }
}
