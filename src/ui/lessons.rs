use leptos::prelude::*;

use crate::domain::lessons::LESSONS;
use crate::model::Event;
use crate::ui::state::AppState;

/// Every lesson, in order, each marked once read.
#[component]
pub fn Lessons() -> impl IntoView {
    let app = expect_context::<AppState>();
    let items = LESSONS
        .iter()
        .map(|lesson| {
            let read = move || app.with_progress(|p| p.lessons_read.iter().any(|id| id == lesson.id));
            view! {
                <li>
                    <button class="lesson-link" on:click=move |_| app.dispatch(Event::OpenLesson(lesson.id))>
                        <span>{lesson.title}</span>
                        <span class="read-mark">{move || if read() { "Read" } else { "" }}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="lessons" aria-labelledby="lessons-title">
            <button class="ghost back" on:click=move |_| app.dispatch(Event::CloseLessons)>"‹ Home"</button>
            <h1 id="lessons-title">"Learn about back pain"</h1>
            <p class="muted">"Short reads, a minute each. They work offline."</p>
            <ul class="lesson-list">{items}</ul>
        </section>
    }
}

/// One lesson.
#[component]
pub fn LessonView(id: &'static str) -> impl IntoView {
    let app = expect_context::<AppState>();
    let lesson = LESSONS.iter().find(|lesson| lesson.id == id);
    view! {
        <article class="lesson" aria-labelledby="lesson-title">
            <button class="ghost back" on:click=move |_| app.dispatch(Event::CloseLesson)>"‹ All lessons"</button>
            <h1 id="lesson-title">{lesson.map(|l| l.title)}</h1>
            {lesson.map(|l| l.paragraphs.iter().map(|text| view! { <p>{*text}</p> }).collect_view())}
        </article>
    }
}
