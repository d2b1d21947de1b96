//! Widgets every feature shares: loading and error states, form fields and errors, rich text, role
//! gates.

pub mod error_state;
pub mod form_error;
pub mod form_field;
pub mod loading_state;
pub mod rich_text;
pub mod role_gate;
