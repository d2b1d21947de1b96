//! The link to one worker: starting it from the compiled runtime, posting [`ToWorker`] messages
//! and handing on what comes back, decoded by `darbnica-worker-protocol`. Dropping the link
//! terminates the worker.

use darbnica_worker_protocol::web::{Posting, from_js, to_js};
use darbnica_worker_protocol::{DecodeError, FromWorker, ToWorker};
use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::*;

use super::loading::LoadedRuntime;

pub struct WorkerLink {
    worker: web_sys::Worker,
    // Kept alive as long as the worker.
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl WorkerLink {
    /// Starts a worker: `on_message` gets each message it posts (or why it could not be read),
    /// `on_died` is called when it dies (an uncaught error, a crash).
    pub fn start(
        runtime: &LoadedRuntime,
        on_message: impl Fn(Result<FromWorker, DecodeError>) + 'static,
        on_died: impl Fn() + 'static,
    ) -> Result<WorkerLink, JsValue> {
        let origin = web_sys::window()
            .and_then(|window| window.location().origin().ok())
            .unwrap_or_default();
        // A classic worker that loads wasm-bindgen's glue, then starts the runtime from the
        // compiled module the page sends it (so a restart neither downloads nor compiles again).
        let bootstrap = format!(
            "importScripts({script:?});\n\
             self.onmessage = (event) => {{ self.onmessage = null; wasm_bindgen({{ module_or_path: event.data }}); }};",
            script = format!("{origin}{}", runtime.files.script),
        );
        let worker = worker_from_source(&bootstrap)?;
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| on_message(from_js(&event.data())),
        );
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            on_died();
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        worker.post_message(&runtime.module)?;
        Ok(WorkerLink {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Posts `message`, its buffers transferred; false when the browser refused it.
    pub fn send(&self, message: ToWorker) -> bool {
        let Posting { value, transfer } = to_js(message);
        self.worker
            .post_message_with_transfer(&value, &transfer)
            .is_ok()
    }
}

impl Drop for WorkerLink {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

fn worker_from_source(source: &str) -> Result<web_sys::Worker, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(source));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let worker = web_sys::Worker::new(&url);
    let _ = web_sys::Url::revoke_object_url(&url);
    worker
}
