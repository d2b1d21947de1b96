//! The Python worker: the page posts a run, the worker runs it with the portal's runtime and posts
//! back the output as it comes and how the run ended. Messages are `darbnica_worker_protocol`'s
//! `ToWorker` and `FromWorker`, encoded by that crate.
//!
//! The page stops a run, or one over its time limit, by terminating this worker and starting a
//! fresh one: a running program cannot be interrupted from inside a wasm instance. `input()` with
//! no line left ends the run with `NoInput`; the page asks the student and runs again with the
//! lines so far (same seed), showing only the new output.

use std::cell::RefCell;

use darbnica_python::protocol::ExportFormat;
use darbnica_python::{Host, Platform, Runtime, Stream};
use darbnica_worker_protocol::web::{Posting, from_js, to_js};
use darbnica_worker_protocol::{
    FrameChanges, FrameDone, FromWorker, MeshBuffers, PROTOCOL_VERSION, RunDone, RunSpent, ToWorker,
};
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
    static MEMORY_LIMIT: (DedicatedWorkerGlobalScope, Posting) =
        (js_sys::global().unchecked_into(), to_js(FromWorker::MemoryLimit));
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    MEMORY_LIMIT.with(|_| ());
    darbnica_python::memory::on_refused(memory_limit_reached);
    RUNTIME.with(|runtime| *runtime.borrow_mut() = Some(Runtime::new(browser_platform())));
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(handle_message);
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(FromWorker::Ready {
        protocol: PROTOCOL_VERSION,
    });
}

fn handle_message(event: MessageEvent) {
    match from_js::<ToWorker>(&event.data()) {
        Ok(ToWorker::Run { id, request }) => run(id, *request),
        Ok(ToWorker::Frame {
            game,
            dt,
            held,
            pressed,
        }) => frame(game, dt, held, pressed),
        Ok(ToWorker::Export { id, format, mesh }) => export(id, format, &mesh),
        // Never silence: the page is waiting for an answer.
        Err(error) => post(FromWorker::Unreadable {
            error: error.to_string(),
        }),
    }
}

/// Makes the file and posts it, its bytes transferred beside `Exported`.
fn export(id: u32, format: ExportFormat, mesh: &MeshBuffers) {
    let vertex_count = mesh.vertex_count();
    let mesh = darbnica_geometry::Mesh {
        vertices: mesh
            .positions
            .as_chunks::<3>()
            .0
            .iter()
            .map(|&[x, y, z]| {
                darbnica_geometry::DVec3::new(f64::from(x), f64::from(y), f64::from(z))
            })
            .collect(),
        triangles: mesh
            .indices
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
    post(match darbnica_python::export(&mesh, format) {
        Ok(bytes) => FromWorker::Exported {
            id,
            error: None,
            bytes,
        },
        Err(error) => FromWorker::Exported {
            id,
            error: Some(error.to_string()),
            bytes: Vec::new(),
        },
    });
}

fn run(id: u32, request: darbnica_python::RunRequest) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let performance = scope.performance();
    let now = || performance.as_ref().map_or(0.0, web_sys::Performance::now);
    let started = now();
    let mut program_done = started;
    let (outcome, report, (model, mesh)) = RUNTIME.with(|runtime| {
        let runtime = runtime.borrow();
        let runtime = runtime
            .as_ref()
            .expect("the runtime is made before any message");
        // The model is built within the run's memory budget.
        runtime.run_then(&request, Box::new(PageHost { id }), |runtime| {
            program_done = now();
            let scene = runtime.scene();
            if scene.shown.is_empty() && scene.params.is_empty() {
                return (None, None);
            }
            let (info, mesh) = scene.model(&MODEL_LIMITS);
            (Some(Box::new(info)), mesh)
        })
    });
    let model_done = now();
    let mesh = mesh.map(|mesh| MeshBuffers {
        positions: mesh
            .vertices
            .iter()
            .flat_map(|vertex| vertex.as_vec3().to_array())
            .collect(),
        indices: mesh.triangles.iter().flatten().copied().collect(),
    });
    let buffers_done = now();
    let posted_at = performance
        .as_ref()
        .map(|performance| performance.time_origin() + performance.now());
    post(FromWorker::Done(Box::new(RunDone {
        id,
        outcome,
        report,
        model,
        mesh,
        posted_at,
        spent: performance.is_some().then_some(RunSpent {
            program_ms: program_done - started,
            model_ms: model_done - program_done,
            buffers_ms: buffers_done - model_done,
        }),
    })));
}

/// Plays a frame of the game run `game` set up, and posts what changed (or how the game ended).
/// The page stops the worker when a frame takes too long: an `update()` that never returns.
fn frame(game: u32, dt: f32, held: Vec<String>, pressed: Vec<String>) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let performance = scope.performance();
    let started = performance.as_ref().map(web_sys::Performance::now);
    let played = RUNTIME.with(|runtime| {
        let runtime = runtime.borrow();
        let runtime = runtime
            .as_ref()
            .expect("the runtime is made before any message");
        runtime.game_frame(
            dt,
            held.into_iter().collect(),
            pressed,
            Box::new(PageHost { id: game }),
        )
    });
    let (changes, ended) = match played {
        darbnica_python::GameFrame::Drawn(changes) => (changes, None),
        darbnica_python::GameFrame::Ended(outcome) => (FrameChanges::default(), Some(outcome)),
    };
    let update_ms = performance
        .zip(started)
        .map(|(performance, started)| performance.now() - started);
    post(FromWorker::Frame(Box::new(FrameDone {
        game,
        changes,
        ended,
        update_ms,
    })));
}

/// The biggest model the page is sent: more would make the tab crawl.
const MODEL_LIMITS: darbnica_geometry::Limits = darbnica_geometry::Limits::triangles(1_000_000);

/// Posts `message`, its buffers transferred (moved to the page, not copied).
fn post(message: FromWorker) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let Posting { value, transfer } = to_js(message);
    let _ = scope.post_message_with_transfer(&value, &transfer);
}

/// A run asked for more memory than its budget. Nothing can go on from inside the allocator
/// (returning no memory would abort the instance, and the page would only see a crash): tell the
/// page, which stops this worker and starts a fresh one, and wait for that.
fn memory_limit_reached(_limit_mib: u32) {
    let _ = MEMORY_LIMIT.try_with(|(scope, message)| scope.post_message(&message.value));
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
        post(FromWorker::Output {
            id: self.id,
            stream,
            text: text.to_owned(),
        });
    }

    fn read_line(&mut self, _prompt: &str) -> Option<String> {
        None
    }

    /// Asks the portal (`GET /api/models/{id}`), and waits for the answer: the program is waiting
    /// for it too, and a worker may wait without holding up the page. The runtime keeps the code,
    /// and the browser (or, offline, the service worker) caches the answer.
    fn gallery_model(&mut self, id: &str) -> Result<String, String> {
        let unreachable =
            |_| format!("the gallery model '{id}' could not be fetched: is the portal reachable?");
        let request = get(&format!("/api/models/{id}"), None).map_err(unreachable)?;
        match request.status().map_err(unreachable)? {
            200 => {}
            404 => {
                return Err(format!(
                    "there is no gallery model called '{id}': see the 3D models page for their names"
                ));
            }
            _ => return Err(unreachable(JsValue::NULL)),
        }
        let body = request
            .response_text()
            .map_err(unreachable)?
            .unwrap_or_default();
        // A `ModelDetail`: only its `code` is needed here.
        js_sys::JSON::parse(&body)
            .and_then(|model| js_sys::Reflect::get(&model, &JsValue::from_str("code")))
            .ok()
            .and_then(|code| code.as_string())
            .ok_or_else(|| unreachable(JsValue::NULL))
    }

    /// Downloads the on-demand library (a file named by its contents, so the browser keeps it),
    /// and waits for it, as for a gallery model.
    fn python_library(&mut self) -> Result<Vec<u8>, String> {
        let unreachable = |_| "the portal could not be reached".to_owned();
        let file = format!("/{}", darbnica_python::on_demand::FILE);
        let request = get(
            &file,
            Some(web_sys::XmlHttpRequestResponseType::Arraybuffer),
        )
        .map_err(unreachable)?;
        if request.status().map_err(unreachable)? != 200 {
            return Err(unreachable(JsValue::NULL));
        }
        let body = request.response().map_err(unreachable)?;
        Ok(js_sys::Uint8Array::new(&body).to_vec())
    }
}

/// A synchronous `GET` of `path` on the portal: the program waits for the answer, and a worker
/// may wait without holding up the page.
fn get(
    path: &str,
    response_type: Option<web_sys::XmlHttpRequestResponseType>,
) -> Result<web_sys::XmlHttpRequest, JsValue> {
    // The worker starts from a `blob:` script, against which a path does not resolve.
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let origin = scope.location().origin();
    let request = web_sys::XmlHttpRequest::new()?;
    request.open_with_async("GET", &format!("{origin}{path}"), false)?;
    if let Some(response_type) = response_type {
        request.set_response_type(response_type);
    }
    request.send()?;
    Ok(request)
}
