use lumbar::platform::{crash, tasks};

fn main() {
    crash::install_panic_hook();
    // Instantiating the module and starting the app in one task made a long task.
    tasks::next_task(|| {
        leptos::mount::mount_to_body(lumbar::ui::App);
        if crash::test_requested() {
            panic!("crash test requested by the address (?crash-test)");
        }
    });
}
