//! Running Python in the browser. The runtime is a second wasm module in a Web Worker, loaded the
//! first time code runs (`loading`), compiled once, and handed to each new worker (`link`). Stop,
//! or a run over its time or memory limit, terminates the worker and starts a fresh one from the
//! compiled module, so the page never freezes and the next run starts at once. What waits for an
//! answer is in the `queue`.

mod link;
mod loading;
mod queue;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use darbnica_api::python::{
    CheckReport, ExportFormat, ModelInfo, ModelPart, RunOutcome, RunRequest, Stream,
};
use darbnica_game::FRAME_TIME_LIMIT_MS;
use darbnica_worker_protocol::{
    DecodeError, FrameChanges, FrameDone, FromWorker, MeshBuffers, PROTOCOL_VERSION, RunDone,
    ToWorker,
};
use leptos::prelude::*;

use link::WorkerLink;
use loading::LoadedRuntime;
use queue::{Queue, QueuedRun};

/// How much longer than the run's own limit the page waits before it stops the worker itself
/// (messages take a moment, and the worker's first run warms up).
const TIME_LIMIT_GRACE: Duration = Duration::from_millis(500);

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
    /// The page and the worker did not understand each other: a page from before an update
    /// meeting the new runtime, or a bug. Reloading the page fixes the first.
    Unreadable,
    /// One frame of a game (its `update()`s) ran past the time limit: the game was stopped.
    FrameTimeLimit {
        limit_ms: u32,
    },
}

/// A model's mesh as it arrives from the worker: x, y, z per vertex (millimetres, Z up) and three
/// indices per triangle.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModelMesh {
    pub positions: Vec<f32>,
    pub indices: Vec<u32>,
    /// The triangles by colour, in order (from the run's `ModelInfo`).
    pub parts: Vec<ModelPart>,
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
    pub mesh: Option<Arc<ModelMesh>>,
}

type EventSink = Rc<dyn Fn(RunEvent)>;
type ExportDone = Box<dyn FnOnce(Result<Vec<u8>, String>)>;

/// What a frame of a game drew, or why the game is over.
pub type FrameResult = Result<FrameChanges, PageOutcome>;

/// The game the last run that finished well set up, ready for frames.
struct GameHandle {
    /// The run's id.
    id: u32,
    /// The run's sink, which gets what the game prints during its frames.
    sink: EventSink,
    memory_mib: u32,
    /// The frame on its way, with the page's own stop past its time limit.
    frame: Option<(FrameDoneCallback, Option<TimeoutHandle>)>,
    /// When the frame on its way was sent (for `cargo xtask bench game`).
    sent_at: f64,
}

type FrameDoneCallback = Box<dyn FnOnce(FrameResult)>;

#[derive(Default)]
struct Inner {
    runtime: Option<Rc<LoadedRuntime>>,
    loading: bool,
    link: Option<WorkerLink>,
    /// The current worker said it is ready.
    worker_ready: bool,
    queue: Queue<EventSink, ExportDone>,
    /// The page's own stop for the run posted, past its time limit.
    timeout: Option<TimeoutHandle>,
    game: Option<GameHandle>,
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

    fn inner(self) -> Rc<RefCell<Inner>> {
        self.inner.get_value()
    }

    /// The runtime is being downloaded and compiled.
    pub fn loading(self) -> bool {
        self.inner.try_with_value(|inner| inner.borrow().loading) == Some(true)
    }

    /// Runs `request`; `sink` gets the output as it comes, then how the run ended. A run still going
    /// is stopped first (without a word to its page), and a game still played ends. Gives the
    /// run's id: when the run ends well, a game it set up is played with [`PythonRunner::frame`].
    pub fn run(self, request: RunRequest, sink: impl Fn(RunEvent) + 'static) -> u32 {
        self.end_game(PageOutcome::Stopped);
        let (replaced, id) = {
            let inner = self.inner();
            let mut inner = inner.borrow_mut();
            let replaced = inner.queue.push_run(request, Rc::new(sink));
            (replaced, inner.queue.run_id())
        };
        if replaced.is_some_and(|run| run.sent) {
            self.clear_timeout();
            self.restart_worker();
        }
        self.ensure_worker();
        self.send_waiting();
        id.unwrap_or_default()
    }

    /// Plays a frame of the game run `game` set up: `dt` seconds went by, `held` keys are down,
    /// `pressed` were pressed. `done` gets what changed, or why the game is over. False (and
    /// nothing sent) while a frame is on its way, or when that game is not being played: never
    /// more than one frame in flight, so a slow `update()` drops frames instead of piling them up.
    pub fn frame(
        self,
        game: u32,
        dt: f32,
        held: Vec<String>,
        pressed: Vec<String>,
        done: impl FnOnce(FrameResult) + 'static,
    ) -> bool {
        let inner = self.inner();
        let mut guard = inner.borrow_mut();
        let Inner {
            link: Some(link),
            worker_ready: true,
            game: Some(handle),
            ..
        } = &mut *guard
        else {
            return false;
        };
        if handle.id != game || handle.frame.is_some() {
            return false;
        }
        link.send(ToWorker::Frame {
            game,
            dt,
            held,
            pressed,
        });
        let limit = Duration::from_millis(u64::from(FRAME_TIME_LIMIT_MS)) + TIME_LIMIT_GRACE;
        let timeout = set_timeout_with_handle(move || self.frame_time_limit(game), limit).ok();
        handle.frame = Some((Box::new(done), timeout));
        handle.sent_at = crate::shell::timing::now();
        true
    }

    /// Whether run `game`'s game is being played (set up, and not over).
    fn is_playing(self, game: u32) -> bool {
        self.inner()
            .borrow()
            .game
            .as_ref()
            .is_some_and(|handle| handle.id == game)
    }

    /// A frame took longer than its limit: an `update()` that never returns. The worker is stopped.
    fn frame_time_limit(self, game: u32) {
        if self.is_playing(game) {
            self.restart_worker();
            let outcome = RunOutcome::TimeLimit {
                limit_ms: FRAME_TIME_LIMIT_MS,
            };
            self.end_game(PageOutcome::Runtime(outcome));
        }
    }

    /// Ends the game being played, if any; a frame on its way gets `outcome`.
    fn end_game(self, outcome: PageOutcome) {
        let handle = self.inner().borrow_mut().game.take();
        if let Some((done, timeout)) = handle.and_then(|handle| handle.frame) {
            if let Some(timeout) = timeout {
                timeout.clear();
            }
            done(Err(outcome));
        }
    }

    fn frame_done(self, frame: FrameDone) {
        let pending = {
            let inner = self.inner();
            let mut inner = inner.borrow_mut();
            let Some(handle) = inner.game.as_mut().filter(|handle| handle.id == frame.game) else {
                return;
            };
            // Read by `cargo xtask bench game`: the worker's part, and the trip there and back.
            let now = crate::shell::timing::now();
            if let Some(update_ms) = frame.update_ms {
                crate::shell::timing::measure_between("darbnica-game-update", now - update_ms, now);
            }
            crate::shell::timing::measure_between("darbnica-game-round-trip", handle.sent_at, now);
            let pending = handle.frame.take();
            if frame.ended.is_some() {
                inner.game = None;
            }
            pending
        };
        let Some((done, timeout)) = pending else {
            return;
        };
        if let Some(timeout) = timeout {
            timeout.clear();
        }
        done(match frame.ended {
            Some(outcome) => Err(PageOutcome::Runtime(outcome)),
            None => Ok(frame.changes),
        });
    }

    /// Makes a file of `mesh` in the worker (with the geometry kernel's exporters); `done` gets
    /// its bytes. Waits for a run going on to end.
    pub fn export(
        self,
        mesh: Arc<ModelMesh>,
        format: ExportFormat,
        done: impl FnOnce(Result<Vec<u8>, String>) + 'static,
    ) {
        self.inner()
            .borrow_mut()
            .queue
            .push_export(format, mesh, Box::new(done));
        self.ensure_worker();
        self.send_waiting();
    }

    /// Stops the run going on, if any, and the game being played: terminates the worker and
    /// starts a fresh one.
    pub fn stop(self) {
        self.end_game(PageOutcome::Stopped);
        let run = self.take_any_run();
        self.restart_worker();
        if let Some(run) = run {
            finish(run, PageOutcome::Stopped, None, None);
        }
    }

    /// Drops the run going on, if any, and the game, without telling whoever started them (their
    /// page is gone).
    pub fn abandon(self) {
        let game = self.inner().borrow_mut().game.take();
        drop(game);
        let run = self.take_any_run();
        if run.is_some_and(|run| run.sent) {
            self.restart_worker();
        }
    }

    /// Loads the runtime if it is not loaded, and starts a worker if there is none.
    fn ensure_worker(self) {
        let inner = self.inner();
        if inner.borrow().link.is_some() {
            return;
        }
        if inner.borrow().runtime.is_some() {
            self.start_worker();
            return;
        }
        if std::mem::replace(&mut inner.borrow_mut().loading, true) {
            return;
        }
        crate::shell::timing::mark(LOAD_START);
        leptos::task::spawn_local(async move {
            let state = self.state;
            let loaded = loading::load(move |loaded, total| {
                state.set(RunnerState::Downloading { loaded, total });
            })
            .await;
            let inner = self.inner();
            inner.borrow_mut().loading = false;
            match loaded {
                Ok(runtime) => {
                    inner.borrow_mut().runtime = Some(Rc::new(runtime));
                    self.start_worker();
                }
                Err(error) => {
                    leptos::logging::warn!("the Python runtime did not load: {error:?}");
                    self.state.set(RunnerState::Failed);
                    if let Some(run) = self.take_any_run() {
                        finish(run, PageOutcome::LoadFailed, None, None);
                    }
                }
            }
        });
    }

    fn start_worker(self) {
        let inner = self.inner();
        let Some(runtime) = inner.borrow().runtime.clone() else {
            return;
        };
        // A run that ended by stopping the worker (its time or memory limit) leaves the page
        // waiting for the fresh one, not "running"; a run waiting to be sent stays "running".
        let run_waiting = inner.borrow().queue.has_run();
        if !run_waiting || self.state.get_untracked() != RunnerState::Running {
            self.state.set(RunnerState::Starting);
        }
        match WorkerLink::start(
            &runtime,
            move |message| self.received(message),
            move || self.worker_died(),
        ) {
            Ok(link) => {
                let mut inner = inner.borrow_mut();
                inner.link = Some(link);
                inner.worker_ready = false;
            }
            Err(error) => {
                leptos::logging::warn!("the Python worker did not start: {error:?}");
                self.state.set(RunnerState::Failed);
            }
        }
    }

    fn restart_worker(self) {
        let inner = self.inner();
        let old = {
            let mut inner = inner.borrow_mut();
            inner.worker_ready = false;
            inner.queue.worker_replaced();
            inner.link.take()
        };
        // Terminates it.
        drop(old);
        if inner.borrow().runtime.is_some() {
            self.start_worker();
        }
    }

    fn worker_died(self) {
        self.end_game(PageOutcome::WorkerCrashed);
        let run = self.take_any_run();
        self.restart_worker();
        if let Some(run) = run {
            finish(run, PageOutcome::WorkerCrashed, None, None);
        }
    }

    /// Posts what waits (exports first, then the run) once the worker is ready.
    fn send_waiting(self) {
        let inner = self.inner();
        let mut guard = inner.borrow_mut();
        let Inner {
            link: Some(link),
            worker_ready: true,
            queue,
            ..
        } = &mut *guard
        else {
            return;
        };
        for (id, format, mesh) in queue.exports_to_send() {
            // A copy of the mesh, moved to the worker: the page keeps drawing its own.
            link.send(ToWorker::Export {
                id,
                format,
                mesh: MeshBuffers {
                    positions: mesh.positions.clone(),
                    indices: mesh.indices.clone(),
                },
            });
        }
        let Some(run) = queue.run_to_send() else {
            return;
        };
        let (id, time_ms) = (run.id, run.request.limits.time_ms);
        link.send(ToWorker::Run {
            id,
            request: Box::new(run.request.clone()),
        });
        crate::shell::timing::mark(RUN_START);
        let limit = Duration::from_millis(u64::from(time_ms)) + TIME_LIMIT_GRACE;
        guard.timeout = set_timeout_with_handle(move || self.time_limit_reached(id), limit).ok();
        drop(guard);
        self.state.set(RunnerState::Running);
    }

    fn time_limit_reached(self, id: u32) {
        let run = self.inner().borrow_mut().queue.take_run(id);
        if let Some(run) = run {
            let limit_ms = run.request.limits.time_ms;
            self.restart_worker();
            finish(
                run,
                PageOutcome::Runtime(RunOutcome::TimeLimit { limit_ms }),
                None,
                None,
            );
        }
    }

    fn take_any_run(self) -> Option<QueuedRun<EventSink>> {
        self.clear_timeout();
        self.inner().borrow_mut().queue.take_any_run()
    }

    fn take_run(self, id: u32) -> Option<QueuedRun<EventSink>> {
        let run = self.inner().borrow_mut().queue.take_run(id);
        if run.is_some() {
            self.clear_timeout();
        }
        run
    }

    fn clear_timeout(self) {
        if let Some(timeout) = self.inner().borrow_mut().timeout.take() {
            timeout.clear();
        }
    }

    fn received(self, message: Result<FromWorker, DecodeError>) {
        let message = match message {
            Ok(FromWorker::Ready { protocol }) if protocol != PROTOCOL_VERSION => {
                let error = format!("a worker of protocol {protocol}, not {PROTOCOL_VERSION}");
                return self.unreadable(&error);
            }
            Ok(message) => message,
            Err(error) => {
                return self.unreadable(&format!("the page could not read the worker: {error}"));
            }
        };
        let inner = self.inner();
        match message {
            FromWorker::Ready { .. } => {
                inner.borrow_mut().worker_ready = true;
                crate::shell::timing::measure_once("darbnica-python-ready", LOAD_START);
                if !inner.borrow().queue.has_run() {
                    self.state.set(RunnerState::Ready);
                }
                self.send_waiting();
            }
            FromWorker::Output { id, stream, text } => {
                let sink = inner.borrow().queue.sink_of(id).cloned().or_else(|| {
                    let inner = inner.borrow();
                    let game = inner.game.as_ref().filter(|game| game.id == id)?;
                    Some(game.sink.clone())
                });
                if let Some(sink) = sink {
                    sink(RunEvent::Output { stream, text });
                }
            }
            FromWorker::Done(done) => self.run_done(*done),
            FromWorker::Frame(frame) => self.frame_done(*frame),
            FromWorker::MemoryLimit => {
                // The worker waits inside a refused allocation: stop it, start a fresh one.
                let game_memory = inner.borrow().game.as_ref().map(|game| game.memory_mib);
                if let Some(limit_mib) = game_memory {
                    let outcome = RunOutcome::MemoryLimit { limit_mib };
                    self.end_game(PageOutcome::Runtime(outcome));
                }
                let run = self.take_any_run();
                self.restart_worker();
                if let Some(run) = run {
                    let limit_mib = run.request.limits.memory_mib;
                    let outcome = RunOutcome::MemoryLimit { limit_mib };
                    finish(run, PageOutcome::Runtime(outcome), None, None);
                }
            }
            FromWorker::Exported { id, error, bytes } => {
                let export = inner.borrow_mut().queue.take_export(id);
                if let Some(export) = export {
                    (export.done)(match error {
                        None => Ok(bytes),
                        Some(error) => Err(error),
                    });
                }
            }
            FromWorker::Unreadable { error } => {
                self.unreadable(&format!("the worker could not read the page: {error}"));
            }
        }
    }

    fn run_done(self, done: RunDone) {
        if let Some(spent) = done.spent.filter(|_| done.mesh.is_some()) {
            // Durations from the worker's clock, as measures of the page's (`bench sandbox`).
            for (name, ms) in [
                ("darbnica-worker-program", spent.program_ms),
                ("darbnica-worker-model", spent.model_ms),
                ("darbnica-worker-buffers", spent.buffers_ms),
            ] {
                crate::shell::timing::measure_between(name, 0.0, ms);
            }
        }
        if let Some(posted_at) = done.posted_at.filter(|_| done.mesh.is_some()) {
            crate::shell::timing::measure_since_epoch("darbnica-mesh-transfer", posted_at);
        }
        let mesh = done.mesh;
        let model = done.model.map(|info| ModelResult {
            mesh: mesh.map(|mesh| {
                Arc::new(ModelMesh {
                    positions: mesh.positions,
                    indices: mesh.indices,
                    parts: info.parts.clone(),
                })
            }),
            info,
        });
        if let Some(run) = self.take_run(done.id) {
            crate::shell::timing::measure("darbnica-python-run", RUN_START);
            self.state.set(RunnerState::Ready);
            if done.outcome == RunOutcome::Finished {
                self.inner().borrow_mut().game = Some(GameHandle {
                    id: run.id,
                    sink: run.sink.clone(),
                    memory_mib: run.request.limits.memory_mib,
                    frame: None,
                    sent_at: 0.0,
                });
            }
            finish(run, PageOutcome::Runtime(done.outcome), done.report, model);
        }
    }

    /// The page and the worker did not understand each other: end what waited, and say so.
    fn unreadable(self, error: &str) {
        leptos::logging::warn!("{error}");
        self.end_game(PageOutcome::Unreadable);
        let run = self.take_any_run();
        let exports = self.inner().borrow_mut().queue.take_sent_exports();
        self.state.set(RunnerState::Ready);
        if let Some(run) = run {
            finish(run, PageOutcome::Unreadable, None, None);
        }
        for export in exports {
            (export.done)(Err(error.to_owned()));
        }
    }
}

// Read by `cargo xtask bench runtime`.
const LOAD_START: &str = "darbnica-python-load-start";
const RUN_START: &str = "darbnica-python-run-start";

fn finish(
    run: QueuedRun<EventSink>,
    outcome: PageOutcome,
    report: Option<CheckReport>,
    model: Option<ModelResult>,
) {
    (run.sink)(RunEvent::Done(outcome, report, model));
}

pub fn use_python_runner() -> PythonRunner {
    expect_context::<PythonRunner>()
}
