//! The player component in a real browser: it mounts, counts, pauses, and leaves no timer
//! behind when it goes away.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use lumbar::domain::plan::Plan;
use lumbar::domain::progress::Progress;
use lumbar::domain::routine::Routine;
use lumbar::domain::session::Session;
use lumbar::platform::clock;
use lumbar::ui::player::Player;
use lumbar::ui::state::AppState;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// Counts timeouts that are set and neither fired nor cleared yet.
#[wasm_bindgen(inline_js = "
export function track_timers() {
  if (globalThis.__pending) return;
  const pending = new Set();
  const set = globalThis.setTimeout, clear = globalThis.clearTimeout;
  globalThis.setTimeout = (f, ms, ...rest) => {
    const id = set((...a) => { pending.delete(id); f(...a); }, ms, ...rest);
    pending.add(id);
    return id;
  };
  globalThis.clearTimeout = (id) => { pending.delete(id); clear(id); };
  globalThis.__pending = pending;
}
export function pending_timers() { return globalThis.__pending.size; }

// As Safari and Firefox behave: calling vibrate throws. Counts the calls.
const vibrate = Navigator.prototype.vibrate;
export function break_vibration() {
  globalThis.__vibrations = 0;
  Navigator.prototype.vibrate = function () {
    globalThis.__vibrations++;
    throw new TypeError('n.vibrate is not a function');
  };
}
export function vibrations() { return globalThis.__vibrations; }
export function mend_vibration() { Navigator.prototype.vibrate = vibrate; }
export function sleep(ms) { return new Promise((done) => setTimeout(done, ms)); }
")]
extern "C" {
    fn track_timers();
    fn pending_timers() -> u32;
    fn break_vibration();
    fn vibrations() -> u32;
    fn mend_vibration();
    async fn sleep(ms: u32);
}

/// Wall Slides' first hold starts this long after Start: a 3-minute warm-up, 10 s to get in
/// position, 3 s to slide down.
const FIRST_HOLD_MS: i64 = 193_000;

fn progress_with_session() -> Progress {
    progress_started_at(clock::now_ms())
}

fn progress_started_at(started_ms: i64) -> Progress {
    let routine = Routine::AS_WRITTEN;
    let plan = Plan::for_routine(&routine);
    let (session, _) = Session::start(routine, &plan, started_ms, 0);
    Progress {
        safety_acknowledged_at_ms: Some(1),
        active: Some(session),
        ..Progress::default()
    }
}

fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is not on screen"))
        .text_content()
        .unwrap_or_default()
}

fn button(root: &web_sys::HtmlElement, label: &str) -> web_sys::HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.get(i))
        .map(|node| node.unchecked_into::<web_sys::HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button {label}"))
}

fn mount_player(root: &web_sys::HtmlElement) -> (impl Drop, AppState) {
    mount_player_with(root, progress_with_session())
}

fn mount_player_with(root: &web_sys::HtmlElement, progress: Progress) -> (impl Drop, AppState) {
    let app_slot = Rc::new(Cell::new(None));
    let slot = app_slot.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        let app = AppState::new(progress, Vec::new());
        slot.set(Some(app));
        provide_context(app);
        view! { <Player/> }
    });
    (handle, app_slot.get().unwrap())
}

#[wasm_bindgen_test]
fn the_player_mounts_and_shows_the_warm_up_countdown() {
    let root = container();
    let (_mounted, _) = mount_player(&root);
    assert_eq!(text_of(&root, ".phase"), "Warm up");
    assert_eq!(text_of(&root, "[role=timer]"), "3:00");
    assert_eq!(text_of(&root, ".step-count"), "Step 1 of 65");
    assert_eq!(
        text_of(&root, ".next"),
        "Next: Get in position · Rep 1 of 6"
    );
}

#[wasm_bindgen_test]
async fn pausing_clears_the_timer_and_unmounting_leaves_none_behind() {
    track_timers();
    let root = container();
    let baseline = pending_timers();
    let (mounted, app) = mount_player(&root);
    assert_eq!(
        pending_timers(),
        baseline + 1,
        "one wake-up for the next second"
    );

    button(&root, "Pause").click();
    leptos::task::tick().await;
    assert_eq!(pending_timers(), baseline, "no timer while paused");
    assert!(app.with_progress_untracked(|p| p.active.as_ref().unwrap().is_paused()));
    assert_eq!(text_of(&root, ".controls .primary").trim(), "Resume");

    button(&root, "Resume").click();
    leptos::task::tick().await;
    assert_eq!(pending_timers(), baseline + 1);

    drop(mounted);
    assert_eq!(pending_timers(), baseline, "unmounting cleared the ticker");
    assert_eq!(root.child_element_count(), 0);
}

#[wasm_bindgen_test]
async fn a_vibration_that_throws_at_a_hold_neither_freezes_the_countdown_nor_is_tried_again() {
    track_timers();
    break_vibration();
    let root = container();
    let baseline = pending_timers();
    // The hold starts 300 ms after mounting, and its start is the first cue that vibrates.
    let started = clock::now_ms() - (FIRST_HOLD_MS - 300);
    let (_mounted, _) = mount_player_with(&root, progress_started_at(started));
    assert_eq!(text_of(&root, ".phase"), "Slide down");

    sleep(1_500).await;
    assert_eq!(text_of(&root, ".phase"), "Hold");
    let shown = text_of(&root, "[role=timer]");
    assert!(
        shown == "4" || shown == "3",
        "the hold counts down: {shown}"
    );
    assert_eq!(pending_timers(), baseline + 1, "the next tick is set");
    assert_eq!(vibrations(), 1, "tried at the hold's start");

    sleep(4_000).await;
    assert_eq!(
        text_of(&root, ".phase"),
        "Slide up",
        "the hold ran to its end"
    );
    assert_eq!(
        vibrations(),
        1,
        "dropped after its failure: not tried at the hold's end"
    );
    mend_vibration();
}

// The tests' page has no stylesheet, so no animation runs here: what is checked is what the
// ring is told (its span) and that it keeps its elements; tests/e2e checks the pixels.
#[wasm_bindgen(inline_js = "
export function ring_state(root) {
  const ring = root.querySelector('.ring');
  return [ring.style.getPropertyValue('--ring-ms'), String(ring.classList.contains('running'))];
}
export function same_ring(root, before) { return root.querySelector('.ring') === before; }
")]
extern "C" {
    fn ring_state(root: &web_sys::HtmlElement) -> Vec<String>;
    fn same_ring(root: &web_sys::HtmlElement, before: &web_sys::Element) -> bool;
}

#[wasm_bindgen_test]
async fn the_ring_follows_each_step_on_the_same_elements_and_stops_while_paused() {
    let root = container();
    let (mounted, _) = mount_player(&root);
    leptos::task::tick().await;
    let ring = root.query_selector(".ring").unwrap().unwrap();
    assert_eq!(ring_state(&root), ["180000ms", "true"], "the warm-up");

    button(&root, "Skip").click();
    leptos::task::tick().await;
    assert_eq!(ring_state(&root), ["10000ms", "true"], "Get in position");
    assert!(
        same_ring(&root, &ring),
        "the same elements, animations restarted"
    );

    button(&root, "Pause").click();
    leptos::task::tick().await;
    assert_eq!(
        ring_state(&root),
        ["10000ms", "false"],
        "paused with the clock"
    );
    drop(mounted);
}
