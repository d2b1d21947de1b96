//! Running programs natively: on a thread of their own with a deep stack (Python recursion needs
//! room, most of all in debug builds), with output captured or sent to the terminal.

#![cfg(not(target_arch = "wasm32"))]

use std::io::{BufRead as _, Write as _};
use std::sync::{Arc, Mutex, mpsc};

use crate::platform::Platform;
use crate::protocol::{CheckReport, RunOutcome, RunRequest, Stream};
use crate::runtime::{Host, Runtime};

/// Stack for the interpreter's thread: deep enough for the recursion limit in debug builds.
const STACK_BYTES: usize = 256 << 20;

/// What a run printed and how it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapturedRun {
    pub stdout: String,
    pub stderr: String,
    pub outcome: RunOutcome,
    /// What the request's checks found, when it had checks and the program got to them.
    pub report: Option<CheckReport>,
}

/// A job for the runtime's thread; true when it panicked, so the runtime must be made anew.
type Job = Box<dyn FnOnce(&Runtime) -> bool + Send>;

/// A runtime on its own thread, reused for every run sent to it, and made anew should a run crash it.
pub struct NativeRunner {
    jobs: mpsc::Sender<Job>,
    /// Gallery models' code by id, for `gallery_model(...)`; given again to a runtime made anew
    /// after a crash.
    gallery: Arc<Mutex<Gallery>>,
}

/// Gallery models' code by id.
pub type Gallery = std::collections::BTreeMap<String, String>;

impl NativeRunner {
    pub fn new() -> NativeRunner {
        let (jobs, receiver) = mpsc::channel::<Job>();
        let gallery: Arc<Mutex<Gallery>> = Arc::default();
        let kept = Arc::clone(&gallery);
        std::thread::Builder::new()
            .name("python".into())
            .stack_size(STACK_BYTES)
            .spawn(move || {
                let mut runtime = Runtime::new(Platform::native());
                for job in receiver {
                    if job(&runtime) {
                        runtime = Runtime::new(Platform::native());
                        let models = kept.lock().map(|models| models.clone()).unwrap_or_default();
                        runtime.add_gallery(models);
                    }
                }
            })
            .expect("starting the Python thread");
        NativeRunner { jobs, gallery }
    }

    /// Gallery models' code by id (`content/models/`), for programs that use
    /// `gallery_model(...)`.
    pub fn add_gallery(&self, models: Gallery) {
        if let Ok(mut kept) = self.gallery.lock() {
            kept.extend(models.clone());
        }
        self.jobs
            .send(Box::new(move |runtime| {
                runtime.add_gallery(models);
                false
            }))
            .expect("the Python thread has stopped");
    }

    /// Runs `request`, capturing its output.
    pub fn run_captured(&self, request: RunRequest) -> CapturedRun {
        let (sender, receiver) = mpsc::channel();
        let (outcome, report) = self.execute(request, Box::new(CaptureHost { sender }));
        collect(&receiver, outcome, report)
    }

    /// Runs a modelling script, capturing its output, and returns what it modelled (the solids it
    /// showed, the parameters it declared), as `cargo xtask model` and the tests need. The model
    /// is built within the run's limits (its booleans stop at the time limit, its memory counts),
    /// so a hostile model cannot hang a content check; the scene keeps what was built.
    pub fn run_model(&self, request: RunRequest) -> (CapturedRun, crate::Scene) {
        let (sender, receiver) = mpsc::channel();
        let scene = Arc::new(Mutex::new(None));
        let kept = scene.clone();
        let (outcome, report) =
            self.execute_then(request, Box::new(CaptureHost { sender }), move |runtime| {
                let scene = runtime.scene();
                if !scene.shown.is_empty() {
                    let _ = scene.coloured_mesh(&crate::darbnica::run_limits());
                }
                if let Ok(mut kept) = kept.lock() {
                    *kept = Some(scene);
                }
            });
        let captured = collect(&receiver, outcome, report);
        let scene = scene
            .lock()
            .ok()
            .and_then(|mut scene| scene.take())
            .unwrap_or_default();
        (captured, scene)
    }

    /// Runs `request` with output on this process's stdout and stderr and `input()` reading its
    /// stdin, as `cargo xtask py` does.
    pub fn run_in_terminal(&self, request: RunRequest) -> RunOutcome {
        self.run_with_host(request, Box::new(TerminalHost))
    }

    /// Runs `request` with output going to `host`. A panic during the run becomes
    /// [`RunOutcome::Crashed`], and the next run gets a fresh runtime.
    pub fn run_with_host(&self, request: RunRequest, host: Box<dyn Host + Send>) -> RunOutcome {
        self.execute(request, host).0
    }

    fn execute(
        &self,
        request: RunRequest,
        host: Box<dyn Host + Send>,
    ) -> (RunOutcome, Option<CheckReport>) {
        self.execute_then(request, host, |_| {})
    }

    /// Runs `request`, then `after` with the runtime (on its thread, within the run's limits),
    /// before the next job.
    fn execute_then(
        &self,
        request: RunRequest,
        host: Box<dyn Host + Send>,
        after: impl FnOnce(&Runtime) + Send + 'static,
    ) -> (RunOutcome, Option<CheckReport>) {
        let (sender, receiver) = mpsc::channel();
        self.jobs
            .send(Box::new(move |runtime| {
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let (outcome, report, ()) = runtime.run_then(&request, host, after);
                    (outcome, report)
                }));
                let crashed = result.is_err();
                let _ = sender.send(result.unwrap_or_else(|panic| {
                    let message = panic_message(&*panic);
                    (RunOutcome::Crashed { message }, None)
                }));
                crashed
            }))
            .expect("the Python thread has stopped");
        receiver
            .recv()
            .expect("the Python thread stopped during a run")
    }
}

/// One frame's input for [`NativeRunner::play_game`].
#[derive(Debug, Clone, Default)]
pub struct FrameInput {
    pub dt: f32,
    pub held: std::collections::BTreeSet<String>,
    pub pressed: Vec<String>,
}

impl FrameInput {
    /// A frame of `dt` seconds with these keys held (and nothing newly pressed).
    pub fn holding(dt: f32, held: &[&str]) -> FrameInput {
        FrameInput {
            dt,
            held: held.iter().map(|key| (*key).to_owned()).collect(),
            pressed: Vec::new(),
        }
    }
}

/// A game played headless: how its setup went, then each frame's changes until it ended.
#[derive(Debug)]
pub struct GamePlay {
    /// How the setup (the program's top level) ended, with everything printed, by the setup and
    /// by the frames.
    pub setup: CapturedRun,
    /// One a frame played; the last is `Ended` when the game ended early.
    pub frames: Vec<crate::GameFrame>,
    /// The game's `param(...)`s, with the values it played with: the studio's sliders.
    pub params: Vec<darbnica_api::python::ModelParam>,
}

impl NativeRunner {
    /// Sets up the game in `request` and plays `frames` of it, as the worker does in the browser.
    pub fn play_game(&self, request: RunRequest, frames: Vec<FrameInput>) -> GamePlay {
        let (sender, receiver) = mpsc::channel();
        let host_sender = sender.clone();
        let played = Arc::new(Mutex::new((Vec::new(), Vec::new())));
        let kept = played.clone();
        let (outcome, report) =
            self.execute_then(request, Box::new(CaptureHost { sender }), move |runtime| {
                let params = runtime.scene().params.clone();
                let mut results = Vec::new();
                for frame in frames {
                    let host = Box::new(CaptureHost {
                        sender: host_sender.clone(),
                    });
                    let result = runtime.game_frame(frame.dt, frame.held, frame.pressed, host);
                    let ended = matches!(result, crate::GameFrame::Ended(_));
                    results.push(result);
                    if ended {
                        break;
                    }
                }
                if let Ok(mut kept) = kept.lock() {
                    *kept = (results, params);
                }
            });
        let setup = collect(&receiver, outcome, report);
        let (frames, params) = played
            .lock()
            .map(|mut played| std::mem::take(&mut *played))
            .unwrap_or_default();
        GamePlay {
            setup,
            frames,
            params,
        }
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "the Python runtime failed".to_owned())
}

impl Default for NativeRunner {
    fn default() -> NativeRunner {
        NativeRunner::new()
    }
}

/// The run's output as the host gathered it, with how it ended.
fn collect(
    receiver: &mpsc::Receiver<(Stream, String)>,
    outcome: RunOutcome,
    report: Option<CheckReport>,
) -> CapturedRun {
    let mut captured = CapturedRun {
        stdout: String::new(),
        stderr: String::new(),
        outcome,
        report,
    };
    for (stream, text) in receiver.try_iter() {
        match stream {
            Stream::Stdout => captured.stdout.push_str(&text),
            Stream::Stderr => captured.stderr.push_str(&text),
        }
    }
    captured
}

struct CaptureHost {
    sender: mpsc::Sender<(Stream, String)>,
}

impl Host for CaptureHost {
    fn write(&mut self, stream: Stream, text: &str) {
        let _ = self.sender.send((stream, text.to_owned()));
    }

    fn read_line(&mut self, _prompt: &str) -> Option<String> {
        None
    }
}

struct TerminalHost;

impl Host for TerminalHost {
    fn write(&mut self, stream: Stream, text: &str) {
        let _ = match stream {
            Stream::Stdout => std::io::stdout()
                .write_all(text.as_bytes())
                .and_then(|()| std::io::stdout().flush()),
            Stream::Stderr => std::io::stderr().write_all(text.as_bytes()),
        };
    }

    fn read_line(&mut self, _prompt: &str) -> Option<String> {
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line.trim_end_matches(['\n', '\r']).to_owned()),
        }
    }
}
