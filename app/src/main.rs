//! The browser entry point: it only wires things (panic messages to the console, the app into
//! `<body>`, beside the server's copy of the page when there is one); everything else lives in the
//! feature folders below.

mod accounts;
mod classes;
mod common;
mod courses;
mod games;
mod own_exercises;
mod progress;
mod running;
mod sandbox;
mod shell;

fn main() {
    console_error_panic_hook::set_once();
    shell::prerendered::mount(shell::app::App);
}
