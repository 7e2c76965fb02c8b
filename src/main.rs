use lumbar::platform::crash;

fn main() {
    crash::install();
    leptos::mount::mount_to_body(lumbar::ui::App);
    if crash::test_requested() {
        panic!("crash test requested by the address (?crash-test)");
    }
}
