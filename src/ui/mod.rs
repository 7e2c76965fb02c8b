//! Leptos components, one per file. Logic lives on plain types in `domain` and in the app
//! model (`crate::model`); components render it, keep view state, and send events.

pub mod after_check_in;
pub mod app;
pub mod check_in;
pub mod choice_chips;
pub mod coach_settings;
pub mod countdown;
pub mod figure;
pub mod finish;
pub mod history;
pub mod home;
pub mod lessons;
pub mod month_calendar;
pub mod notices;
pub mod offline_status;
pub mod pain_chart;
pub mod player;
pub mod reminders;
pub mod result_line;
pub mod ring;
pub mod routine_change_note;
pub mod routine_settings;
pub mod safety;
pub mod screening;
pub mod state;
pub mod stop_confirm;
pub mod summary;
pub mod ticker;
pub mod update_prompt;
pub mod your_data;

pub use app::App;
