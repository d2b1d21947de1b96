//! The browser entry point: it only wires things (panic messages to the console, the app into
//! `<body>`); everything else lives in the modules below.

mod account;
mod api;
mod app;
mod components;
mod dates;
mod i18n;
mod outbox;
mod passphrase;
mod progress;
mod python;
mod run_session;
mod share;
mod sync;
mod timing;
mod validation;
mod viewport;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
