//! The Python worker: the page posts a run, the worker runs it with the portal's runtime and posts
//! back the output as it comes and how the run ended. Messages are JSON strings of
//! `darbnica_python::{ToWorker, FromWorker}`.
//!
//! The page stops a run, or one over its time limit, by terminating this worker and starting a
//! fresh one: a running program cannot be interrupted from inside a wasm instance. `input()` with
//! no line left ends the run with `NoInput`; the page asks the student and runs again with the
//! lines so far (same seed), showing only the new output.

use std::cell::RefCell;

use darbnica_python::{FromWorker, Host, Platform, Runtime, Stream, ToWorker};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

thread_local! {
    static RUNTIME: RefCell<Option<Runtime>> = const { RefCell::new(None) };
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    RUNTIME.with(|runtime| *runtime.borrow_mut() = Some(Runtime::new(browser_platform())));
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(handle_message);
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&FromWorker::Ready);
}

fn handle_message(event: MessageEvent) {
    let Some(text) = event.data().as_string() else {
        return;
    };
    let Ok(ToWorker::Run { id, request }) = serde_json::from_str::<ToWorker>(&text) else {
        return;
    };
    let (outcome, report) = RUNTIME.with(|runtime| {
        let runtime = runtime.borrow();
        let runtime = runtime
            .as_ref()
            .expect("the runtime is made before any message");
        runtime.run_and_check(&request, Box::new(PageHost { id }))
    });
    post(&FromWorker::Done {
        id,
        outcome,
        report,
    });
}

fn post(message: &FromWorker) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    if let Ok(json) = serde_json::to_string(message) {
        let _ = scope.post_message(&JsValue::from_str(&json));
    }
}

fn browser_platform() -> Platform {
    Platform {
        now: || js_sys::Date::now() / 1000.0,
        sleep: busy_wait,
    }
}

/// A worker may block; without cross-origin isolation there is no `Atomics.wait`, so wait actively.
fn busy_wait(seconds: f64) {
    let end = js_sys::Date::now() + seconds * 1000.0;
    while js_sys::Date::now() < end {}
}

/// Sends output to the page as it is written. The page gathers it for display, so a program that
/// prints a lot costs the page one repaint a frame, not one a line; and nothing written before an
/// endless loop is held back in here.
struct PageHost {
    id: u32,
}

impl Host for PageHost {
    fn write(&mut self, stream: Stream, text: &str) {
        post(&FromWorker::Output {
            id: self.id,
            stream,
            text: text.to_owned(),
        });
    }

    fn read_line(&mut self, _prompt: &str) -> Option<String> {
        None
    }
}
