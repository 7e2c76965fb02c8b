pub mod domain;
pub mod platform;
pub mod ui;
