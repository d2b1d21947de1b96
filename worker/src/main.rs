//! The Python worker: the page posts a run, the worker runs it with the portal's runtime and posts
//! back the output as it comes and how the run ended. Messages are JSON strings of
//! `darbnica_python::{ToWorker, FromWorker}`.
//!
//! The page stops a run, or one over its time limit, by terminating this worker and starting a
//! fresh one: a running program cannot be interrupted from inside a wasm instance. `input()` with
//! no line left ends the run with `NoInput`; the page asks the student and runs again with the
//! lines so far (same seed), showing only the new output.

use std::cell::RefCell;

use darbnica_python::protocol::ExportFormat;
use darbnica_python::{FromWorker, Host, Platform, Runtime, Stream, ToWorker};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Counts what the runtime holds, so that a run past its memory budget is refused and reported
/// instead of crashing the worker when wasm's memory runs out.
#[global_allocator]
static ALLOCATOR: darbnica_python::CountingAllocator = darbnica_python::CountingAllocator;

thread_local! {
    static RUNTIME: RefCell<Option<Runtime>> = const { RefCell::new(None) };
    /// The message for a refused allocation, made before any run: the hook that posts it runs
    /// inside the allocator, where nothing may allocate.
    static MEMORY_LIMIT: (DedicatedWorkerGlobalScope, JsValue) = (
        js_sys::global().unchecked_into(),
        JsValue::from_str(&serde_json::to_string(&FromWorker::MemoryLimit).unwrap_or_default()),
    );
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    MEMORY_LIMIT.with(|_| ());
    darbnica_python::memory::on_refused(memory_limit_reached);
    RUNTIME.with(|runtime| *runtime.borrow_mut() = Some(Runtime::new(browser_platform())));
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(handle_message);
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&FromWorker::Ready);
}

fn handle_message(event: MessageEvent) {
    // A run is a JSON string; an export is `{json, positions, indices}`.
    let data = event.data();
    let (text, mesh) = match data.as_string() {
        Some(text) => (text, None),
        None => {
            let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
            let Some(text) = field("json").and_then(|json| json.as_string()) else {
                return;
            };
            (text, Some((field("positions"), field("indices"))))
        }
    };
    match serde_json::from_str::<ToWorker>(&text) {
        Ok(ToWorker::Run { id, request }) => run(id, *request),
        Ok(ToWorker::Export { id, format }) => {
            let Some((Some(positions), Some(indices))) = mesh else {
                return post(&FromWorker::Exported {
                    id,
                    error: Some("an export needs positions and indices".to_owned()),
                });
            };
            export(id, format, &positions, &indices);
        }
        Err(_) => {}
    }
}

/// Makes the file and posts it as a transferred `Uint8Array` beside `Exported`.
fn export(id: u32, format: ExportFormat, positions: &JsValue, indices: &JsValue) {
    let positions = js_sys::Float32Array::new(positions).to_vec();
    let indices = js_sys::Uint32Array::new(indices).to_vec();
    let vertex_count = positions.len() / 3;
    let mesh = darbnica_geometry::Mesh {
        vertices: positions
            .as_chunks::<3>()
            .0
            .iter()
            .map(|&[x, y, z]| {
                darbnica_geometry::DVec3::new(f64::from(x), f64::from(y), f64::from(z))
            })
            .collect(),
        triangles: indices
            .as_chunks::<3>()
            .0
            .iter()
            .copied()
            .filter(|triangle| {
                triangle
                    .iter()
                    .all(|&index| (index as usize) < vertex_count)
            })
            .collect(),
    };
    match darbnica_python::export(&mesh, format) {
        Ok(bytes) => {
            let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
            let Ok(json) = serde_json::to_string(&FromWorker::Exported { id, error: None }) else {
                return;
            };
            let bytes = js_sys::Uint8Array::from(bytes.as_slice());
            let object = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&object, &"json".into(), &JsValue::from_str(&json));
            let _ = js_sys::Reflect::set(&object, &"bytes".into(), &bytes);
            let _ = scope.post_message_with_transfer(&object, &js_sys::Array::of1(&bytes.buffer()));
        }
        Err(error) => post(&FromWorker::Exported {
            id,
            error: Some(error.to_string()),
        }),
    }
}

fn run(id: u32, request: darbnica_python::RunRequest) {
    let (outcome, report, (model, mesh)) = RUNTIME.with(|runtime| {
        let runtime = runtime.borrow();
        let runtime = runtime
            .as_ref()
            .expect("the runtime is made before any message");
        // The model is built within the run's memory budget.
        runtime.run_then(&request, Box::new(PageHost { id }), |runtime| {
            let scene = runtime.scene();
            if scene.shown.is_empty() && scene.params.is_empty() {
                return (None, None);
            }
            let (info, mesh) = scene.model(&MODEL_LIMITS);
            (Some(Box::new(info)), mesh)
        })
    });
    let message = FromWorker::Done {
        id,
        outcome,
        report,
        model,
    };
    match mesh {
        Some(mesh) => post_with_mesh(&message, &mesh),
        None => post(&message),
    }
}

/// The biggest model the page is sent: more would make the tab crawl.
const MODEL_LIMITS: darbnica_geometry::Limits = darbnica_geometry::Limits::triangles(1_000_000);

/// Posts `message` with the model's mesh beside it as transferable buffers (moved to the page,
/// not copied): `{json, positions: Float32Array (x, y, z per vertex), indices: Uint32Array}`.
fn post_with_mesh(message: &FromWorker, mesh: &darbnica_geometry::Mesh) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let Ok(json) = serde_json::to_string(message) else {
        return;
    };
    let positions: Vec<f32> = mesh
        .vertices
        .iter()
        .flat_map(|vertex| vertex.as_vec3().to_array())
        .collect();
    let indices: Vec<u32> = mesh.triangles.iter().flatten().copied().collect();
    let positions = js_sys::Float32Array::from(positions.as_slice());
    let indices = js_sys::Uint32Array::from(indices.as_slice());
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"json".into(), &JsValue::from_str(&json));
    let _ = js_sys::Reflect::set(&object, &"positions".into(), &positions);
    let _ = js_sys::Reflect::set(&object, &"indices".into(), &indices);
    // When it left, for the page's measure of the transfer (`cargo xtask bench sandbox`).
    if let Some(performance) = scope.performance() {
        let posted_at = performance.time_origin() + performance.now();
        let _ = js_sys::Reflect::set(&object, &"posted_at".into(), &JsValue::from_f64(posted_at));
    }
    let transfer = js_sys::Array::of2(&positions.buffer(), &indices.buffer());
    let _ = scope.post_message_with_transfer(&object, &transfer);
}

fn post(message: &FromWorker) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    if let Ok(json) = serde_json::to_string(message) {
        let _ = scope.post_message(&JsValue::from_str(&json));
    }
}

/// A run asked for more memory than its budget. Nothing can go on from inside the allocator
/// (returning no memory would abort the instance, and the page would only see a crash): tell the
/// page, which stops this worker and starts a fresh one, and wait for that.
fn memory_limit_reached(_limit_mib: u32) {
    let _ = MEMORY_LIMIT.try_with(|(scope, message)| scope.post_message(message));
    loop {
        std::hint::spin_loop();
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
