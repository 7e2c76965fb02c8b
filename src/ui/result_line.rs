use leptos::prelude::*;

/// The result of an action the user took: a polite status when it worked, an alert when not.
#[component]
pub fn ResultLine(message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    move || {
        message
            .get()
            .map(|(ok, text)| {
                let (class, role) = if ok {
                    ("result-ok", "status")
                } else {
                    ("result-error", "alert")
                };
                view! { <p class=class role=role>{text}</p> }
            })
            .into_any()
    }
}
