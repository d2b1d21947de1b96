//! Running code: the Python runner (the worker, loaded on first use), one place on a page where a
//! program runs, the editor, and the Playground.

pub mod code_editor;
pub mod code_size;
pub mod error_report;
pub mod playground_page;
pub mod run_output;
pub mod run_panel;
pub mod run_result;
pub mod run_session;
pub mod run_toolbar;
pub mod runner;
pub mod runtime_status;
