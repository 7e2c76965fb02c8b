use leptos::prelude::*;

/// The result of an action the user took: a polite status when it worked, an alert when not.
#[component]
pub fn ResultLine(message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    move || {
        message.get().map(|(ok, text)| {
            if ok {
                view! { <p class="result-ok" role="status">{text}</p> }.into_any()
            } else {
                view! { <p class="result-error" role="alert">{text}</p> }.into_any()
            }
        })
    }
}
