use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::domain::calendar::{format_day, local_day};
use crate::domain::progress::Progress;
use crate::domain::transfer::{self, ImportMode, ImportPreview};
use crate::model::Event;
use crate::platform::json::BrowserJson;
use crate::platform::{clock, files};
use crate::ui::result_line::ResultLine;
use crate::ui::state::AppState;

const JSON: &str = "application/json";

/// Download all progress, import a file (checked and previewed first), fetch backups.
#[component]
pub fn YourData() -> impl IntoView {
    let app = expect_context::<AppState>();
    let store = app.store();
    let preview = RwSignal::new(None::<ImportPreview>);
    let message = RwSignal::new(None::<(bool, String)>);
    let backups =
        RwSignal::new(store.with_value(|s| s.as_ref().map(|s| s.backups()).unwrap_or_default()));

    let download = move |_| {
        let now = clock::now_ms();
        let day = format_day(local_day(now, clock::utc_offset_min())).replace(' ', "-");
        let text = app.with_progress_untracked(transfer::export::<BrowserJson>);
        if let Err(error) = files::download(&format!("lumbar-progress-{day}.json"), JSON, &text) {
            message.set(Some((false, error)));
        }
    };
    let picked = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return;
        };
        input.set_value("");
        preview.set(None);
        spawn_local(async move {
            let size = file.size() as usize;
            // The size is checked before the file is read at all.
            let checked = if size > transfer::MAX_IMPORT_BYTES {
                transfer::inspect::<BrowserJson>(size, "")
            } else {
                match files::read_text(&file).await {
                    Ok(text) => transfer::inspect::<BrowserJson>(size, &text),
                    Err(error) => Err(error),
                }
            };
            match checked {
                Ok(checked) => {
                    message.set(None);
                    preview.set(Some(checked));
                }
                Err(error) => message.set(Some((false, error))),
            }
        });
    };
    let import = move |mode: ImportMode| {
        let Some(checked) = preview.get_untracked() else {
            return;
        };
        if mode == ImportMode::Replace {
            let current = app.with_progress_untracked(Progress::clone);
            if let Some(Some(Err(notice))) =
                store.try_with_value(|s| s.as_ref().map(|s| s.back_up(&current, clock::now_ms())))
            {
                message.set(Some((
                    false,
                    format!("Nothing was replaced: {}", notice.message()),
                )));
                return;
            }
            backups.set(store.with_value(|s| s.as_ref().map(|s| s.backups()).unwrap_or_default()));
        }
        let summary = checked.summary();
        app.dispatch(Event::Import(checked.imported, mode));
        preview.set(None);
        let done = match mode {
            ImportMode::Merge => format!("Imported and merged: {summary}."),
            ImportMode::Replace => {
                format!("Imported: {summary}. Your previous data is kept as a backup.")
            }
        };
        message.set(Some((true, done)));
    };

    view! {
        <section class="your-data" aria-labelledby="your-data-title">
            <h2 id="your-data-title">"Your data"</h2>
            <p class="muted">"Everything stays on this device. Keep a copy, or move it to another phone."</p>
            <div class="data-actions">
                <button on:click=download>"Download my data"</button>
                <label class="button file-button">
                    "Import a file"
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=picked/>
                </label>
            </div>
            {move || preview.get().map(|checked| view! {
                <div class="import-preview" role="group" aria-label="Import preview">
                    <p>{format!("This file has {}.", checked.summary())}</p>
                    <div class="data-actions">
                        <button class="primary" on:click=move |_| import(ImportMode::Merge)>"Merge with mine"</button>
                        <button class="danger" on:click=move |_| import(ImportMode::Replace)>"Replace mine"</button>
                        <button class="ghost" on:click=move |_| preview.set(None)>"Cancel"</button>
                    </div>
                </div>
            }).into_any()}
            <ResultLine message=message/>
            {move || {
                let backups = backups.get();
                (!backups.is_empty()).then(|| view! {
                    <h3>"Backups"</h3>
                    <ul class="backups">
                        {backups.into_iter().map(|(key, raw)| {
                            let name = format!("{key}.json");
                            view! {
                                <li>
                                    <span>{key.clone()}</span>
                                    <button on:click=move |_| { let _ = files::download(&name, JSON, &raw); }>"Download"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }).into_any()
            }}
        </section>
    }
}
