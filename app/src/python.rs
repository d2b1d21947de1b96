//! Running Python in the browser. The runtime is a second wasm module in a Web Worker, loaded the
//! first time code runs: its file names come from `/python-runtime.json` (written by the build), its
//! bytes are fetched with progress, compiled once, and handed to each new worker. Stop, or a run
//! over its time limit, terminates the worker and starts a fresh one from the compiled module, so
//! the page never freezes and the next run starts at once.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use darbnica_api::python::{
    CheckReport, ExportFormat, FromWorker, ModelInfo, RunOutcome, RunRequest, Stream, ToWorker,
};
use leptos::prelude::*;
use serde::Deserialize;
use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// How much longer than the run's own limit the page waits before it stops the worker itself
/// (messages take a moment, and the worker's first run warms up).
const TIME_LIMIT_GRACE: Duration = Duration::from_millis(500);

/// Where the runtime's files are; written next to `index.html` by `cargo xtask`.
#[derive(Debug, Clone, Deserialize)]
struct RuntimeFiles {
    script: String,
    wasm: String,
    wasm_bytes: f64,
}

/// What the page shows about the runtime.
#[derive(Debug, Clone, PartialEq)]
pub enum RunnerState {
    /// Not loaded yet; it will be on the first run.
    NotLoaded,
    /// Downloading: bytes so far and in all.
    Downloading {
        loaded: f64,
        total: f64,
    },
    /// Compiling and starting the worker.
    Starting,
    Ready,
    Running,
    /// The runtime could not be loaded.
    Failed,
}

/// How a run ended, as far as the page is concerned.
#[derive(Debug, Clone, PartialEq)]
pub enum PageOutcome {
    Runtime(RunOutcome),
    /// The student pressed Stop.
    Stopped,
    /// The runtime could not be downloaded or started.
    LoadFailed,
    /// The worker died during the run (out of memory, say); a fresh one has been started.
    WorkerCrashed,
}

/// A model's mesh as it arrives from the worker: x, y, z per vertex (millimetres, Z up) and three
/// indices per triangle.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModelMesh {
    pub positions: Vec<f32>,
    pub indices: Vec<u32>,
    /// The triangles by colour, in order (from the run's `ModelInfo`).
    pub parts: Vec<darbnica_api::python::ModelPart>,
}

pub enum RunEvent {
    Output {
        stream: Stream,
        text: String,
    },
    /// The run ended; with its checks' report when it had checks and got to them, and what it
    /// modelled when it used the `darbnica` module.
    Done(PageOutcome, Option<CheckReport>, Option<ModelResult>),
}

/// What a modelling run made: its sliders and measures, and its mesh when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelResult {
    pub info: Box<ModelInfo>,
    pub mesh: Option<std::sync::Arc<ModelMesh>>,
}

type EventSink = Rc<dyn Fn(RunEvent)>;

/// A file being made from a model; sent again to a fresh worker if the old one is stopped.
struct PendingExport {
    id: u32,
    format: ExportFormat,
    mesh: std::sync::Arc<ModelMesh>,
    sent: bool,
    done: Box<dyn FnOnce(Result<js_sys::Uint8Array, String>)>,
}

struct PendingRun {
    id: u32,
    request: RunRequest,
    sink: EventSink,
    timeout: Option<TimeoutHandle>,
}

#[derive(Default)]
struct Inner {
    files: Option<RuntimeFiles>,
    module: Option<js_sys::WebAssembly::Module>,
    worker: Option<web_sys::Worker>,
    worker_ready: bool,
    pending: Option<PendingRun>,
    exports: Vec<PendingExport>,
    next_id: u32,
    loading: bool,
    // Keep the worker's callbacks alive as long as the worker.
    on_message: Option<Closure<dyn FnMut(web_sys::MessageEvent)>>,
    on_error: Option<Closure<dyn FnMut(web_sys::Event)>>,
}

/// The page's handle on the Python worker; cheap to copy.
#[derive(Clone, Copy)]
pub struct PythonRunner {
    inner: StoredValue<Rc<RefCell<Inner>>, LocalStorage>,
    pub state: RwSignal<RunnerState>,
}

impl PythonRunner {
    /// The runner shared by every page (one worker for the whole app).
    pub fn provide() -> PythonRunner {
        let runner = PythonRunner {
            inner: StoredValue::new_local(Rc::new(RefCell::new(Inner::default()))),
            state: RwSignal::new(RunnerState::NotLoaded),
        };
        provide_context(runner);
        runner
    }

    /// Runs `request`; `sink` gets the output as it comes, then how the run ended. A run still going
    /// is stopped first.
    pub fn run(self, request: RunRequest, sink: impl Fn(RunEvent) + 'static) {
        self.stop_silently();
        let inner = self.inner.get_value();
        let id = {
            let mut inner = inner.borrow_mut();
            inner.next_id += 1;
            inner.next_id
        };
        inner.borrow_mut().pending = Some(PendingRun {
            id,
            request,
            sink: Rc::new(sink),
            timeout: None,
        });
        self.ensure_worker();
        self.send_pending();
    }

    /// Makes a file of `mesh` in the worker (with the geometry kernel's exporters); `done` gets
    /// its bytes. Waits for a run going on to end.
    pub fn export(
        self,
        mesh: std::sync::Arc<ModelMesh>,
        format: ExportFormat,
        done: impl FnOnce(Result<js_sys::Uint8Array, String>) + 'static,
    ) {
        let inner = self.inner.get_value();
        {
            let mut inner = inner.borrow_mut();
            inner.next_id += 1;
            let id = inner.next_id;
            inner.exports.push(PendingExport {
                id,
                format,
                mesh,
                sent: false,
                done: Box::new(done),
            });
        }
        self.ensure_worker();
        self.send_exports();
    }

    fn send_exports(self) {
        let inner = self.inner.get_value();
        let mut guard = inner.borrow_mut();
        let Inner {
            worker: Some(worker),
            worker_ready: true,
            exports,
            ..
        } = &mut *guard
        else {
            return;
        };
        for export in exports.iter_mut().filter(|export| !export.sent) {
            let message = ToWorker::Export {
                id: export.id,
                format: export.format,
            };
            let Ok(json) = serde_json::to_string(&message) else {
                continue;
            };
            // Copies of the mesh, moved to the worker: the page keeps drawing its own.
            let positions = js_sys::Float32Array::from(export.mesh.positions.as_slice());
            let indices = js_sys::Uint32Array::from(export.mesh.indices.as_slice());
            let object = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&object, &"json".into(), &JsValue::from_str(&json));
            let _ = js_sys::Reflect::set(&object, &"positions".into(), &positions);
            let _ = js_sys::Reflect::set(&object, &"indices".into(), &indices);
            let transfer = js_sys::Array::of2(&positions.buffer(), &indices.buffer());
            export.sent = worker
                .post_message_with_transfer(&object, &transfer)
                .is_ok();
        }
    }

    /// Stops the run going on, if any: terminates the worker and starts a fresh one.
    pub fn stop(self) {
        let pending = self.inner.get_value().borrow_mut().pending.take();
        self.restart_worker();
        if let Some(pending) = pending {
            finish(pending, PageOutcome::Stopped);
        }
    }

    /// Drops the run going on, if any, without telling whoever started it (their page is gone).
    pub fn abandon(self) {
        self.stop_silently();
    }

    fn stop_silently(self) {
        let pending = self.inner.get_value().borrow_mut().pending.take();
        if let Some(pending) = pending {
            if let Some(timeout) = pending.timeout {
                timeout.clear();
            }
            self.restart_worker();
        }
    }

    /// Loads the runtime if it is not loaded, and starts a worker if there is none.
    fn ensure_worker(self) {
        let inner = self.inner.get_value();
        if inner.borrow().worker.is_some() {
            return;
        }
        if inner.borrow().module.is_some() {
            self.spawn_worker();
            return;
        }
        if inner.borrow().loading {
            return;
        }
        inner.borrow_mut().loading = true;
        crate::timing::mark(LOAD_START);
        leptos::task::spawn_local(async move {
            let loaded = self.load().await;
            let inner = self.inner.get_value();
            inner.borrow_mut().loading = false;
            match loaded {
                Ok(()) => self.spawn_worker(),
                Err(error) => {
                    leptos::logging::warn!("the Python runtime did not load: {error:?}");
                    self.state.set(RunnerState::Failed);
                    let pending = inner.borrow_mut().pending.take();
                    if let Some(pending) = pending {
                        finish(pending, PageOutcome::LoadFailed);
                    }
                }
            }
        });
    }

    async fn load(self) -> Result<(), JsValue> {
        let window = web_sys::window().ok_or("no window")?;
        let files: RuntimeFiles = {
            let response: web_sys::Response =
                JsFuture::from(window.fetch_with_str("/python-runtime.json"))
                    .await?
                    .dyn_into()?;
            if !response.ok() {
                return Err(JsValue::from_str("python-runtime.json is missing"));
            }
            let json = JsFuture::from(response.json()?).await?;
            serde_json::from_str(
                &js_sys::JSON::stringify(&json)?
                    .as_string()
                    .unwrap_or_default(),
            )
            .map_err(|error| JsValue::from_str(&error.to_string()))?
        };
        self.state.set(RunnerState::Downloading {
            loaded: 0.0,
            total: files.wasm_bytes,
        });
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&files.wasm))
            .await?
            .dyn_into()?;
        if !response.ok() {
            return Err(JsValue::from_str("the runtime's wasm is missing"));
        }
        let reader: web_sys::ReadableStreamDefaultReader =
            response.body().ok_or("no body")?.get_reader().dyn_into()?;
        let mut chunks = Vec::new();
        let mut loaded = 0.0;
        loop {
            let chunk = JsFuture::from(reader.read()).await?;
            if js_sys::Reflect::get(&chunk, &"done".into())?.is_truthy() {
                break;
            }
            let bytes: js_sys::Uint8Array =
                js_sys::Reflect::get(&chunk, &"value".into())?.dyn_into()?;
            loaded += f64::from(bytes.length());
            chunks.push(bytes);
            self.state.set(RunnerState::Downloading {
                loaded,
                total: files.wasm_bytes.max(loaded),
            });
        }
        self.state.set(RunnerState::Starting);
        let all = js_sys::Uint8Array::new_with_length(loaded as u32);
        let mut offset = 0;
        for chunk in chunks {
            all.set(&chunk, offset);
            offset += chunk.length();
        }
        let module = JsFuture::from(js_sys::WebAssembly::compile(&all))
            .await?
            .dyn_into()?;
        let inner = self.inner.get_value();
        let mut inner = inner.borrow_mut();
        inner.files = Some(files);
        inner.module = Some(module);
        Ok(())
    }

    fn spawn_worker(self) {
        let inner = self.inner.get_value();
        let (script, module) = {
            let inner = inner.borrow();
            match (&inner.files, &inner.module) {
                (Some(files), Some(module)) => (files.script.clone(), module.clone()),
                _ => return,
            }
        };
        let origin = web_sys::window()
            .and_then(|window| window.location().origin().ok())
            .unwrap_or_default();
        // A classic worker that loads wasm-bindgen's glue, then starts the runtime from the
        // compiled module the page sends it (so a restart neither downloads nor compiles again).
        let bootstrap = format!(
            "importScripts({script:?});\n\
             self.onmessage = (event) => {{ self.onmessage = null; wasm_bindgen({{ module_or_path: event.data }}); }};",
            script = format!("{origin}{script}"),
        );
        let Ok(worker) = make_worker(&bootstrap) else {
            self.state.set(RunnerState::Failed);
            return;
        };
        // A run that ended by stopping the worker (its time or memory limit) leaves the page
        // waiting for the fresh one, not "running"; a run waiting to be sent stays "running".
        let run_waiting = inner.borrow().pending.is_some();
        if !run_waiting || self.state.get_untracked() != RunnerState::Running {
            self.state.set(RunnerState::Starting);
        }
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                self.handle_message(event);
            },
        );
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            self.worker_died();
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let _ = worker.post_message(&module);
        let mut inner = inner.borrow_mut();
        inner.on_message = Some(on_message);
        inner.on_error = Some(on_error);
        inner.worker = Some(worker);
        inner.worker_ready = false;
    }

    fn restart_worker(self) {
        let inner = self.inner.get_value();
        let old = {
            let mut inner = inner.borrow_mut();
            inner.worker_ready = false;
            inner.worker.take()
        };
        if let Some(worker) = old {
            worker.terminate();
        }
        {
            let mut inner = inner.borrow_mut();
            inner.on_message = None;
            inner.on_error = None;
            // Exports the old worker had not finished go to the new one.
            for export in &mut inner.exports {
                export.sent = false;
            }
        }
        if inner.borrow().module.is_some() {
            self.spawn_worker();
        }
    }

    fn worker_died(self) {
        let pending = self.inner.get_value().borrow_mut().pending.take();
        self.restart_worker();
        if let Some(pending) = pending {
            finish(pending, PageOutcome::WorkerCrashed);
        }
    }

    fn send_pending(self) {
        let inner = self.inner.get_value();
        let mut guard = inner.borrow_mut();
        let Inner {
            worker: Some(worker),
            worker_ready: true,
            pending: Some(pending),
            ..
        } = &mut *guard
        else {
            return;
        };
        if pending.timeout.is_some() {
            return;
        }
        let message = ToWorker::Run {
            id: pending.id,
            request: Box::new(pending.request.clone()),
        };
        let Ok(json) = serde_json::to_string(&message) else {
            return;
        };
        let _ = worker.post_message(&JsValue::from_str(&json));
        crate::timing::mark(RUN_START);
        let id = pending.id;
        let limit =
            Duration::from_millis(u64::from(pending.request.limits.time_ms)) + TIME_LIMIT_GRACE;
        pending.timeout = set_timeout_with_handle(move || self.time_limit_reached(id), limit).ok();
        drop(guard);
        self.state.set(RunnerState::Running);
    }

    fn time_limit_reached(self, id: u32) {
        if let Some(pending) = self.take_pending(id) {
            let limit_ms = pending.request.limits.time_ms;
            self.restart_worker();
            finish(
                pending,
                PageOutcome::Runtime(RunOutcome::TimeLimit { limit_ms }),
            );
        }
    }

    /// The pending run, if it is run `id` (a message or timer for an older run finds nothing).
    fn take_pending(self, id: u32) -> Option<PendingRun> {
        let inner = self.inner.get_value();
        let mut inner = inner.borrow_mut();
        match &inner.pending {
            Some(pending) if pending.id == id => inner.pending.take(),
            _ => None,
        }
    }

    fn handle_message(self, event: web_sys::MessageEvent) {
        // A string of JSON, or (a run that modelled something) `{json, positions, indices}` with
        // the mesh in transferred buffers.
        // An export's file comes as `{json, bytes}`.
        let data = event.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
        let (text, mesh) = match data.as_string() {
            Some(text) => (text, None),
            None => {
                let Some(text) = field("json").and_then(|json| json.as_string()) else {
                    return;
                };
                let mesh = match (field("positions"), field("indices")) {
                    (Some(positions), Some(indices))
                        if !positions.is_undefined() && !indices.is_undefined() =>
                    {
                        let mesh = ModelMesh {
                            positions: js_sys::Float32Array::new(&positions).to_vec(),
                            indices: js_sys::Uint32Array::new(&indices).to_vec(),
                            parts: Vec::new(),
                        };
                        if let Some(posted) = field("posted_at").and_then(|at| at.as_f64()) {
                            crate::timing::measure_since_epoch("darbnica-mesh-transfer", posted);
                        }
                        Some(mesh)
                    }
                    _ => None,
                };
                (text, mesh)
            }
        };
        let Ok(message) = serde_json::from_str::<FromWorker>(&text) else {
            return;
        };
        let inner = self.inner.get_value();
        match message {
            FromWorker::Ready => {
                inner.borrow_mut().worker_ready = true;
                crate::timing::measure_once("darbnica-python-ready", LOAD_START);
                self.send_exports();
                let has_pending = inner.borrow().pending.is_some();
                if has_pending {
                    self.send_pending();
                } else {
                    self.state.set(RunnerState::Ready);
                }
            }
            FromWorker::Output { id, stream, text } => {
                let sink = inner
                    .borrow()
                    .pending
                    .as_ref()
                    .filter(|pending| pending.id == id)
                    .map(|pending| pending.sink.clone());
                if let Some(sink) = sink {
                    sink(RunEvent::Output { stream, text });
                }
            }
            FromWorker::Done {
                id,
                outcome,
                report,
                model,
            } => {
                let model = model.map(|info| ModelResult {
                    mesh: mesh.map(|mut mesh| {
                        mesh.parts = info.parts.clone();
                        std::sync::Arc::new(mesh)
                    }),
                    info,
                });
                if let Some(pending) = self.take_pending(id) {
                    crate::timing::measure("darbnica-python-run", RUN_START);
                    self.state.set(RunnerState::Ready);
                    finish_with(pending, PageOutcome::Runtime(outcome), report, model);
                }
            }
            FromWorker::MemoryLimit => {
                // The worker waits inside a refused allocation: stop it, start a fresh one.
                let pending = inner.borrow_mut().pending.take();
                self.restart_worker();
                if let Some(pending) = pending {
                    let limit_mib = pending.request.limits.memory_mib;
                    finish(
                        pending,
                        PageOutcome::Runtime(RunOutcome::MemoryLimit { limit_mib }),
                    );
                }
            }
            FromWorker::Exported { id, error } => {
                let export = {
                    let mut inner = inner.borrow_mut();
                    let index = inner.exports.iter().position(|export| export.id == id);
                    index.map(|index| inner.exports.remove(index))
                };
                let Some(export) = export else {
                    return;
                };
                let bytes = field("bytes")
                    .filter(|bytes| !bytes.is_undefined())
                    .map(|bytes| js_sys::Uint8Array::new(&bytes));
                (export.done)(match (error, bytes) {
                    (None, Some(bytes)) => Ok(bytes),
                    (Some(error), _) => Err(error),
                    (None, None) => Err("the export came without its bytes".to_owned()),
                });
            }
        }
    }
}

// Read by `cargo xtask bench runtime`.
const LOAD_START: &str = "darbnica-python-load-start";
const RUN_START: &str = "darbnica-python-run-start";

fn finish(pending: PendingRun, outcome: PageOutcome) {
    finish_with(pending, outcome, None, None);
}

fn finish_with(
    pending: PendingRun,
    outcome: PageOutcome,
    report: Option<CheckReport>,
    model: Option<ModelResult>,
) {
    if let Some(timeout) = pending.timeout {
        timeout.clear();
    }
    (pending.sink)(RunEvent::Done(outcome, report, model));
}

fn make_worker(source: &str) -> Result<web_sys::Worker, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(source));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let worker = web_sys::Worker::new(&url);
    let _ = web_sys::Url::revoke_object_url(&url);
    worker
}

pub fn use_python_runner() -> PythonRunner {
    expect_context::<PythonRunner>()
}
