//! Leptos components, one per file. Logic lives on plain types in `domain` and in
//! [`state::AppState`]; components render and forward taps.

pub mod app;
pub mod coach_settings;
pub mod countdown;
pub mod figure;
pub mod finish;
pub mod home;
pub mod notices;
pub mod player;
pub mod safety;
pub mod state;
pub mod stop_confirm;
pub mod ticker;
pub mod update_prompt;
pub mod your_data;

pub use app::App;
