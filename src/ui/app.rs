use std::mem::discriminant;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::{Event, Screen};
use crate::platform::storage::{self, ProgressStore, PROGRESS_KEY};
use crate::platform::{clock, service_worker, tasks};
use crate::ui::check_in::CheckIn;
use crate::ui::finish::Finish;
use crate::ui::history::History;
use crate::ui::home::Home;
use crate::ui::lessons::{LessonView, Lessons};
use crate::ui::notices::Notices;
use crate::ui::player::Player;
use crate::ui::safety::Safety;
use crate::ui::screening::ScreeningScreen;
use crate::ui::state::AppState;
use crate::ui::summary::Summary;
use crate::ui::update_prompt::UpdatePrompt;

#[component]
pub fn App() -> impl IntoView {
    let opened = ProgressStore::open(PROGRESS_KEY, clock::now_ms());
    let notices = opened.notices.iter().map(|n| n.message()).collect();
    let app = AppState::open(opened.progress, notices, Some(opened.store));
    provide_context(app);

    let other_tabs =
        StoredValue::new_local(storage::on_saved_elsewhere(PROGRESS_KEY, move |theirs| {
            app.dispatch(Event::SavedElsewhere(theirs))
        }));
    on_cleanup(move || {
        other_tabs.try_update_value(|listener| listener.take());
    });

    // Which screen, not what is on it: the finish screen's answers do not build it again.
    let screen = Memo::new(move |_| app.model.with(|m| discriminant(&m.screen)));
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
            spawn_local(service_worker::register(move |news| {
                app.dispatch(Event::Worker(news));
            }));
        });
    });
    view! {
        {move || started.get().then(|| view! {
            <Notices/>
            <UpdatePrompt/>
            // The visual cue's layer (platform::flash): over everything, never in the way.
            <div class="flash" aria-hidden="true"></div>
            <main class="screen">
                {move || {
                    // Read, not only tracked: a memo hears of changes once it has been computed.
                    let _which = screen.get();
                    // A clone, so that no borrow of the model is held while a screen is built.
                    match app.model.with_untracked(|m| m.screen.clone()) {
                        Screen::Safety => view! { <Safety/> }.into_any(),
                        Screen::Home => view! { <Home/> }.into_any(),
                        Screen::CheckIn => view! { <CheckIn/> }.into_any(),
                        Screen::Session => view! { <Player/> }.into_any(),
                        Screen::Finish(_) => view! { <Finish/> }.into_any(),
                        Screen::History => view! { <History/> }.into_any(),
                        Screen::Screening { .. } => view! { <ScreeningScreen/> }.into_any(),
                        Screen::Lessons => view! { <Lessons/> }.into_any(),
                        Screen::Lesson(id) => view! { <LessonView id=id/> }.into_any(),
                        Screen::Summary => view! { <Summary/> }.into_any(),
                    }
                }}
            </main>
        }).into_any()}
    }
}
