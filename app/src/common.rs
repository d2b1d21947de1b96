//! Widgets every feature shares: what was loaded with its loading and error states, form fields
//! and errors, rich text, role gates.

pub mod cancel_button;
pub mod comment_thread;
pub mod copy_link;
pub mod counts;
pub mod error_state;
pub mod form_error;
pub mod form_field;
pub mod item_list;
pub mod loaded;
pub mod loading_state;
pub mod page_heading;
pub mod rich_text;
pub mod role_gate;
pub mod submission;
