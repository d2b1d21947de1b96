//! The app's components, one a file.

pub mod check_result;
pub mod code_editor;
pub mod course_card;
pub mod course_list;
pub mod course_page;
pub mod error_state;
pub mod exercise_page;
pub mod footer;
pub mod gallery_page;
pub mod header;
pub mod home_page;
pub mod language_switch;
pub mod loading_state;
pub mod model_viewport;
pub mod not_found_page;
pub mod playground_page;
pub mod progress_badge;
pub mod rich_text;
pub mod run_output;
pub mod run_panel;
pub mod run_result;
pub mod run_toolbar;
pub mod runtime_status;
pub mod sandbox_page;
pub mod workshops_page;
