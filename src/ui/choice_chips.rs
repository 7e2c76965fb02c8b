use leptos::prelude::*;

/// A row of radio buttons drawn as large chips; `value` holds the index of the chosen one.
/// One component for the pain scale and the "how did that feel" question keeps one copy of
/// the view code in the wasm.
#[component]
pub fn ChoiceChips(
    legend: &'static str,
    name: &'static str,
    labels: &'static [&'static str],
    value: RwSignal<Option<u8>>,
    #[prop(optional)] ends: Option<(&'static str, &'static str)>,
) -> impl IntoView {
    view! {
        <fieldset class="chips-field">
            <legend>{legend}</legend>
            <div class="chips">
                {(0u8..)
                    .zip(labels.iter())
                    .map(|(index, label)| {
                        view! {
                            <label class="chip">
                                <input
                                    type="radio"
                                    class="visually-hidden"
                                    name=name
                                    prop:checked=move || value.get() == Some(index)
                                    on:change=move |_| value.set(Some(index))
                                />
                                <span>{*label}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            {ends.map(|(low, high)| view! {
                <p class="chips-ends" aria-hidden="true"><span>{low}</span><span>{high}</span></p>
            })}
        </fieldset>
    }
}

pub const PAIN_LABELS: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
pub const PAIN_ENDS: (&str, &str) = ("0 = no pain", "10 = worst pain");
