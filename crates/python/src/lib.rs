//! The portal's Python runtime: RustPython set up for beginners' programs. The same code runs
//! natively (tests, the content validator, `cargo xtask py`) and in the browser's Web Worker, so a
//! program behaves the same in both.
//!
//! Architecture invariant: no web dependencies. What differs between native and the browser (the
//! clock, sleeping, where output goes, the time limit) comes in through [`Platform`] and [`Host`].

mod clock;
#[cfg(feature = "content")]
pub mod content;
mod darbnica;
mod frozen;
mod game;
mod guards;
pub mod memory;
pub mod native;
pub mod on_demand;
mod platform;
mod posix;
/// The run protocol, defined in `darbnica-api` so the app can use it without the interpreter.
pub use darbnica_api::python as protocol;
mod runtime;
mod traceback;
#[cfg(not(target_arch = "wasm32"))]
mod watchdog;

pub use darbnica::{Scene, Shown, export};
pub use darbnica_api::python::{
    CheckReport, CheckSpec, Finding, Limits, PythonError, RunOutcome, RunRequest, Stream,
    TraceFrame,
};
pub use darbnica_game as game_world;
pub use memory::CountingAllocator;
pub use platform::Platform;
pub use runtime::{FRAME_TIME_LIMIT_MS, GameFrame, Host, MAIN_FILE, Runtime};
