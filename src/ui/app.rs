use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::platform::storage::{self, ProgressStore, PROGRESS_KEY};
use crate::platform::{clock, service_worker, tasks};
use crate::ui::check_in::CheckIn;
use crate::ui::finish::Finish;
use crate::ui::history::History;
use crate::ui::home::Home;
use crate::ui::notices::Notices;
use crate::ui::player::Player;
use crate::ui::safety::Safety;
use crate::ui::state::{AppState, Screen, Store};
use crate::ui::update_prompt::UpdatePrompt;

#[component]
pub fn App() -> impl IntoView {
    let opened = ProgressStore::open(PROGRESS_KEY, clock::now_ms());
    let mut progress = opened.progress;
    progress.retire_abandoned_session(clock::now_ms());
    let notices = opened.notices.iter().map(|n| n.message()).collect();
    let app = AppState::new(progress, notices);
    provide_context(app);

    let store = StoredValue::new_local(opened.store);
    provide_context(Store(store));
    // Progress changes only on transitions (never per tick), so this saves exactly then.
    Effect::new(move |_| {
        let result = app
            .progress
            .with(|progress| store.try_with_value(|store| store.save(progress)));
        match result {
            Some(Ok(saved)) => {
                if let Some(notice) = saved.notice {
                    app.notify(notice.message());
                }
                app.adopt(saved.progress);
            }
            Some(Err(notice)) => app.notify(notice.message()),
            None => {}
        }
    });
    let other_tabs =
        StoredValue::new_local(storage::on_saved_elsewhere(PROGRESS_KEY, move |theirs| {
            let mut merged = app.progress.get_untracked();
            merged.merge(theirs);
            app.adopt(merged);
        }));
    on_cleanup(move || {
        other_tabs.try_update_value(|listener| listener.take());
    });

    let screen = Memo::new(move |_| app.screen());
    // One closure for both calls below, so the wasm has one copy of `register`, not two.
    let hear = move |news| app.hear(news);
    // Back home after a session is the moment an update can be offered without harm, and the
    // moment to try again if the first visit could not save the files for offline use.
    Effect::new(move |_| {
        if screen.get() == Screen::Home {
            spawn_local(service_worker::check_for_update(hear));
        }
    });
    // What the app shows comes in a task of its own, and the service worker in the one after:
    // in one task with the module's start and the stored progress, it was a long task
    // (Lighthouse's TBT; V8 compiles each wasm function the first time it runs). index.html's
    // static copy of the safety screen goes in the same task as the app's screen comes, so no
    // frame shows both or neither.
    let started = RwSignal::new(false);
    tasks::next_task(move || {
        if let Some(first_paint) = document().get_element_by_id("first-paint") {
            first_paint.remove();
        }
        started.set(true);
        tasks::next_task(move || {
            spawn_local(service_worker::register(hear));
        });
    });
    view! {
        {move || started.get().then(|| view! {
            <Notices/>
            <UpdatePrompt screen=screen/>
            <main class="screen">
                {move || match screen.get() {
                    Screen::Safety => view! { <Safety/> }.into_any(),
                    Screen::Home => view! { <Home/> }.into_any(),
                    Screen::CheckIn => view! { <CheckIn/> }.into_any(),
                    Screen::Player => view! { <Player/> }.into_any(),
                    Screen::Finish => view! { <Finish/> }.into_any(),
                    Screen::History => view! { <History/> }.into_any(),
                }}
            </main>
        }).into_any()}
    }
}
