use leptos::prelude::*;

use crate::domain::progression::COMFORTABLE_RUN;
use crate::domain::records::ChangeReason;
use crate::domain::routine::Routine;
use crate::domain::routine_limits::Knob;
use crate::model::Event;
use crate::ui::result_line::ResultLine;
use crate::ui::state::AppState;

/// Changes shown in the list; the log itself keeps more.
const CHANGES_SHOWN: usize = 5;

/// The numbers of the routine, each within its safe range; progression; the change log.
#[component]
pub fn RoutineSettings() -> impl IntoView {
    let app = expect_context::<AppState>();
    let routine = move || app.with_progress(|p| p.routine);
    // What the user has typed and not saved yet; a field without a draft shows the routine,
    // so changes made elsewhere (progression, undo, another tab) show up by themselves.
    let drafts: Vec<(Knob, RwSignal<Option<String>>)> = Knob::ALL
        .into_iter()
        .map(|knob| (knob, RwSignal::new(None)))
        .collect();
    let drafts = StoredValue::new(drafts);
    let clear_drafts = move || drafts.with_value(|d| d.iter().for_each(|(_, text)| text.set(None)));
    let message = RwSignal::new(None::<(bool, String)>);
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let mut next = app.with_progress_untracked(|p| p.routine);
        let result = drafts.with_value(|d| {
            d.iter()
                .try_for_each(|(knob, text)| match text.get_untracked() {
                    Some(text) => knob.parse(&text).map(|value| knob.set(&mut next, value)),
                    None => Ok(()),
                })
        });
        message.set(Some(match result {
            Err(why) => (false, why),
            Ok(()) => {
                clear_drafts();
                if next == app.with_progress_untracked(|p| p.routine) {
                    (true, "Nothing to change.".into())
                } else {
                    app.dispatch(Event::ChangeRoutine(next, ChangeReason::ChangedByYou));
                    (true, "Saved. Your next session uses these numbers.".into())
                }
            }
        }));
    };
    let reset = move |_| {
        app.dispatch(Event::ChangeRoutine(
            Routine::AS_WRITTEN,
            ChangeReason::Reset,
        ));
        clear_drafts();
        message.set(Some((true, "Back to the routine as written.".into())));
    };
    let fields = drafts.with_value(|d| {
        d.iter()
            .map(|&(knob, text)| {
                let range = knob.safe_range();
                let id = format!("knob-{}", knob as u8);
                let label_for = id.clone();
                view! {
                    <label class="knob" for=label_for>
                        <span>{knob.label()}</span>
                        <span class="knob-input">
                            <input
                                id=id
                                type="number"
                                inputmode="numeric"
                                min=*range.start()
                                max=*range.end()
                                prop:value=move || {
                                    text.get().unwrap_or_else(|| knob.get(&routine()).to_string())
                                }
                                on:input=move |e| text.set(Some(event_target_value(&e)))
                            />
                            <span class="unit">{knob.unit()}</span>
                        </span>
                    </label>
                }
            })
            .collect_view()
    });
    let changes =
        move || {
            app.with_progress(|p| {
                if p.routine_changes.is_empty() {
                    return view! { <li>"None yet: this is the routine as written."</li> }
                        .into_any();
                }
                let undoable = p.undoable_change().map(|c| c.at_ms);
                p.routine_changes
                .iter()
                .rev()
                .take(CHANGES_SHOWN)
                .map(|c| {
                    let undone = if c.undone_at_ms.is_some() { " — undone" } else { "" };
                    let line = format!("{} ({}){undone}", c.describe(), c.why());
                    let can_undo = undoable == Some(c.at_ms);
                    view! {
                        <li>
                            <span>{line}</span>
                            {can_undo.then(|| view! {
                                <button on:click=move |_| app.dispatch(Event::UndoRoutineChange)>
                                    "Undo"
                                </button>
                            })}
                        </li>
                    }
                })
                .collect_view()
                .into_any()
            })
        };
    view! {
        <details class="panel routine-settings">
            <summary>"Your routine"</summary>
            <form on:submit=save novalidate>
                {fields}
                <div class="data-actions">
                    <button class="primary" type="submit">"Save"</button>
                    <button type="button" class="ghost" on:click=reset>"Reset to the routine as written"</button>
                </div>
            </form>
            <ResultLine message=message/>
            <label class="switch">
                <span class="switch-text">
                    <span class="switch-label">"Progression"</span>
                    <span class="switch-hint">
                        {format!(
                            "After {COMFORTABLE_RUN} sessions in a row that felt easy or about right, with no more pain after than before, Lumbar adds 2 seconds of hold or one repetition. After a hard or painful session it eases back, never below the routine as written. You can undo every change."
                        )}
                    </span>
                </span>
                <input
                    type="checkbox"
                    role="switch"
                    prop:checked=move || app.with_progress(|p| p.progression)
                    on:change=move |_| {
                        let on = app.with_progress_untracked(|p| p.progression);
                        app.dispatch(Event::SetProgression(!on));
                    }
                />
            </label>
            <h3>"Changes"</h3>
            <ul class="changes" data-testid="routine-changes">{changes}</ul>
        </details>
    }
}
