//! The shell: the app and its routes, the header and footer, the pages that belong to no feature,
//! and the plumbing every feature uses (texts in lv and en, light or dark, the server's API, dates, timing marks).

pub mod api;
pub mod app;
pub mod dates;
pub mod footer;
pub mod header;
pub mod home_page;
pub mod i18n;
pub mod language_switch;
pub mod not_found_page;
pub mod offline_note;
pub mod page_title;
pub mod prerendered;
pub mod privacy_page;
pub mod quiet;
pub mod service_worker;
pub mod theme;
pub mod timing;
pub mod update_prompt;
