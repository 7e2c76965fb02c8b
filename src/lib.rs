pub mod domain;
pub mod model;
pub mod platform;
pub mod ui;
