//! The interpreter, set up once and used for many runs: RustPython with the native standard
//! library, the frozen beginner subset of the Python one, the `posix` and clock stand-ins, and
//! stdout, stderr and `input()` wired to a [`Host`] under the run's [`Limits`].

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use rustpython_vm::builtins::{PyBaseExceptionRef, PyStrRef};
use rustpython_vm::compiler::Mode;
use rustpython_vm::function::OptionalArg;
use rustpython_vm::{AsObject as _, Interpreter, PyObjectRef, PyResult, Settings, VirtualMachine};

use crate::platform::Platform;
use crate::protocol::{CheckReport, CheckSpec, Limits, RunOutcome, RunRequest, Stream};
use crate::{posix, traceback};

/// The file name student code runs as; tracebacks show only frames from it.
pub const MAIN_FILE: &str = "main.py";

/// Where a run's output goes and where `input()` gets lines from once the request's are used up.
pub trait Host {
    fn write(&mut self, stream: Stream, text: &str);
    /// A line for `input(prompt)` (the prompt is already written to stdout); `None` when there is
    /// none to be had, which ends the run with [`RunOutcome::NoInput`].
    fn read_line(&mut self, prompt: &str) -> Option<String>;

    /// The code (`model.py`) of the gallery model `id`, for `gallery_model(...)`: in the browser
    /// the worker asks the portal. An error says why, in words for the student. Asked once per
    /// model and runtime; the runtime keeps what it got.
    fn gallery_model(&mut self, id: &str) -> Result<String, String> {
        Err(format!("there is no gallery model called '{id}' here"))
    }

    /// The on-demand library's bytes ([`crate::on_demand`]), the first time a program imports
    /// one of its modules: in the browser the worker downloads [`crate::on_demand::FILE`];
    /// natively it is built in. An error says why, in words for the student.
    fn python_library(&mut self) -> Result<Vec<u8>, String> {
        #[cfg(not(target_arch = "wasm32"))]
        return Ok(crate::on_demand::BUILT_IN.to_vec());
        #[cfg(target_arch = "wasm32")]
        Err("this runtime has no way to download it".to_owned())
    }
}

pub use darbnica_game::FRAME_TIME_LIMIT_MS;

/// A game set up by a run: its globals, its code (for tracebacks) and its limits.
#[derive(Clone)]
struct GameRun {
    globals: PyObjectRef,
    code: String,
    limits: Limits,
}

/// How a frame of a game went.
#[derive(Debug, Clone, PartialEq)]
pub enum GameFrame {
    /// What to draw.
    Drawn(darbnica_game::FrameChanges),
    /// The game is over: an error, the time or memory limit, or no game was set up.
    Ended(RunOutcome),
}

/// Why the run must stop, decided by the stand-ins while the student's code runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    OutputLimit,
    NoInput,
}

struct RunState {
    host: Option<Box<dyn Host>>,
    stdin: VecDeque<String>,
    limits: Limits,
    chars: u64,
    lines: u64,
    stop: Option<Stop>,
    /// The dict behind `open()`.
    files: Option<PyObjectRef>,
    /// The portal's `sys.stdout` and `sys.stderr`, put back before every run: a program (or
    /// checks stopped in the middle of capturing output) may have left others in their place.
    streams: Vec<(&'static str, PyObjectRef)>,
    /// Gallery models' code by id, as the host gave it or [`Runtime::add_gallery`] put it.
    gallery: std::collections::BTreeMap<String, String>,
}

type Shared = Rc<RefCell<RunState>>;

/// A program's text and its compiled code.
type Compiled = (
    String,
    rustpython_vm::PyRef<rustpython_vm::builtins::PyCode>,
);

/// A ready interpreter. Not `Send`: it lives on the thread (or in the worker) that made it.
pub struct Runtime {
    interpreter: Interpreter,
    state: Shared,
    /// What the last run modelled with the `darbnica` module.
    scene: crate::darbnica::SharedScene,
    /// The last run's globals, for the frames of the game it set up (its `update()`, `input()`).
    game: RefCell<Option<GameRun>>,
    /// The last program compiled, by its text: a slider's runs (and Run pressed again on the same
    /// code) run it without compiling it again. Code objects do not change.
    compiled: RefCell<Option<Compiled>>,
    /// What this thread holds in memory, for the runs' budgets.
    account: &'static crate::memory::Account,
    #[cfg(not(target_arch = "wasm32"))]
    watchdog: crate::watchdog::Watchdog,
}

impl Runtime {
    pub fn new(platform: Platform) -> Runtime {
        let mut settings = Settings::default();
        settings.argv = vec![MAIN_FILE.to_owned()];
        settings.allow_external_library = false;

        let builder = Interpreter::builder(settings);
        // `_datetime` reads std's clock, which aborts a wasm instance: without it `datetime` uses
        // its pure-Python twin, which reads the patched `time`. Dropped natively too, so that both
        // behave alike.
        let modules: Vec<_> = rustpython_stdlib::stdlib_module_defs(&builder.ctx)
            .into_iter()
            .filter(|module| module.name.as_str() != "_datetime")
            .collect();
        let posix = posix::module_def(&builder.ctx);
        let darbnica = crate::darbnica::module_def(&builder.ctx);
        let game = crate::game::module_def(&builder.ctx);
        let builder = builder
            .add_native_modules(&modules)
            .add_native_module(posix)
            .add_native_module(darbnica)
            .add_native_module(game)
            .add_frozen_modules(crate::frozen::modules());
        #[cfg(not(target_arch = "wasm32"))]
        let (watchdog, receiver) = crate::watchdog::Watchdog::new();
        #[cfg(not(target_arch = "wasm32"))]
        let builder = builder.init_hook(move |vm| vm.set_user_signal_channel(receiver));
        let interpreter = builder.build();

        let state = Rc::new(RefCell::new(RunState {
            host: None,
            stdin: VecDeque::new(),
            limits: Limits::default(),
            chars: 0,
            lines: 0,
            stop: None,
            files: None,
            streams: Vec::new(),
            gallery: std::collections::BTreeMap::new(),
        }));
        let scene = crate::darbnica::SharedScene::default();
        interpreter
            .enter(|vm| {
                crate::guards::install(vm);
                install_stand_ins(vm, &state, platform)?;
                crate::darbnica::install(vm, &scene)?;
                install_gallery(vm, &state)?;
                let shared = state.clone();
                crate::on_demand::install(vm, move || match shared.borrow_mut().host.as_mut() {
                    Some(host) => host.python_library(),
                    None => Err("no program is running".to_owned()),
                })?;
                crate::game::install(vm)
            })
            .unwrap_or_else(|error| {
                panic!("setting up the Python runtime failed: {error:?}");
            });
        Runtime {
            interpreter,
            state,
            scene,
            game: RefCell::new(None),
            compiled: RefCell::new(None),
            account: crate::memory::Account::this_thread(),
            #[cfg(not(target_arch = "wasm32"))]
            watchdog,
        }
    }

    /// Runs `request.code` as `main.py` in fresh globals, sending output to `host` as it comes.
    /// Its globals are kept afterwards: a game it set up is played by [`Runtime::game_frame`].
    pub fn run(&self, request: &RunRequest, host: Box<dyn Host>) -> RunOutcome {
        self.run_and_check(request, host).0
    }

    /// Runs `request.code` as [`Runtime::run`] does; then, when it ended well and the request has
    /// checks, runs them (within the same time limit) and reports what they found.
    pub fn run_and_check(
        &self,
        request: &RunRequest,
        host: Box<dyn Host>,
    ) -> (RunOutcome, Option<CheckReport>) {
        let (outcome, report, ()) = self.run_then(request, host, |_| ());
        (outcome, report)
    }

    /// Runs and checks as [`Runtime::run_and_check`] does, then `after` (building the model)
    /// under the same limits: one memory budget and one time limit for both, as in the browser,
    /// where the page waits for the model as part of the run.
    pub fn run_then<T>(
        &self,
        request: &RunRequest,
        host: Box<dyn Host>,
        after: impl FnOnce(&Runtime) -> T,
    ) -> (RunOutcome, Option<CheckReport>, T) {
        {
            let mut state = self.state.borrow_mut();
            state.host = Some(host);
            state.stdin = request.stdin.iter().cloned().collect();
            state.limits = request.limits;
            state.chars = 0;
            state.lines = 0;
            state.stop = None;
        }
        *self.scene.borrow_mut() = crate::darbnica::Scene {
            values: request.params.clone(),
            ..Default::default()
        };
        let budget = self.account.begin(request.limits.memory_mib);
        // Natively the model's booleans stop at the run's deadline; in the browser the page
        // stops the worker (and a wasm worker has no clock `Instant` can read).
        #[cfg(not(target_arch = "wasm32"))]
        let deadline = std::time::Instant::now().checked_add(std::time::Duration::from_millis(
            u64::from(request.limits.time_ms),
        ));
        #[cfg(target_arch = "wasm32")]
        let deadline = None;
        crate::darbnica::set_run_limits(darbnica_geometry::Limits {
            deadline,
            over_memory: Some(crate::memory::this_thread_over_budget),
            ..darbnica_geometry::Limits::default()
        });
        #[cfg(not(target_arch = "wasm32"))]
        let guard = self.watchdog.start(request.limits.time_ms, self.account);

        let result = self.interpreter.enter(|vm| {
            vm.recursion_limit
                .set(request.limits.recursion_depth as usize);
            let (files, streams) = {
                let state = self.state.borrow();
                (state.files.clone(), state.streams.clone())
            };
            for (name, stream) in streams {
                // Failing to set an attribute of `sys` is not something a run can cause.
                let _ = vm.sys_module.set_attr(name, stream, vm);
            }
            *self.game.borrow_mut() = None;
            let outcome = match run_main(vm, request, files.as_ref(), &self.compiled) {
                Ok(globals) => {
                    *self.game.borrow_mut() = Some(GameRun {
                        globals,
                        code: request.code.clone(),
                        limits: request.limits,
                    });
                    RunOutcome::Finished
                }
                Err(exception) => self.outcome_of(vm, &exception, &request.code),
            };
            let report = match (&outcome, &request.check) {
                (RunOutcome::Finished, Some(spec)) => {
                    // The checks play games of their own; the one the run set up stays as it is.
                    let kept = crate::game::set_aside();
                    let report = run_checks(vm, request, spec);
                    crate::game::bring_back(kept);
                    Some(report)
                }
                _ => None,
            };
            (outcome, report)
        });

        self.state.borrow_mut().host = None;
        let after = after(self);

        // The model's booleans stop themselves at the deadline or past the budget, perhaps just
        // before the watchdog looks: the run ends the same way whichever noticed first.
        #[cfg(not(target_arch = "wasm32"))]
        let stopped = guard.finish().or_else(|| {
            let over_time = deadline.is_some_and(|deadline| std::time::Instant::now() >= deadline);
            if over_time {
                Some(crate::watchdog::Stopped::Time)
            } else if self.account.tripped() {
                Some(crate::watchdog::Stopped::Memory)
            } else {
                None
            }
        });
        #[cfg(not(target_arch = "wasm32"))]
        let result = match stopped {
            Some(crate::watchdog::Stopped::Time) => {
                let limit_ms = request.limits.time_ms;
                (RunOutcome::TimeLimit { limit_ms }, None)
            }
            Some(crate::watchdog::Stopped::Memory) => {
                let limit_mib = request.limits.memory_mib;
                (RunOutcome::MemoryLimit { limit_mib }, None)
            }
            None => result,
        };
        drop(budget);
        (result.0, result.1, after)
    }

    /// Plays one frame of the game the last run set up: `dt` seconds went by, `held` keys are
    /// down and `pressed` were pressed. The frame has [`FRAME_TIME_LIMIT_MS`] (an `update()` that
    /// never returns is stopped) and the run's memory budget; an error in it ends the game, with
    /// the traceback pointing at the student's line.
    pub fn game_frame(
        &self,
        dt: f32,
        held: std::collections::BTreeSet<String>,
        pressed: Vec<String>,
        host: Box<dyn Host>,
    ) -> GameFrame {
        let Some(game) = self.game.borrow().clone() else {
            return GameFrame::Ended(RunOutcome::Finished);
        };
        {
            let mut state = self.state.borrow_mut();
            state.host = Some(host);
            state.limits = game.limits;
            state.stop = None;
        }
        let budget = self.account.begin(game.limits.memory_mib);
        #[cfg(not(target_arch = "wasm32"))]
        let guard = self.watchdog.start(FRAME_TIME_LIMIT_MS, self.account);
        let result = self.interpreter.enter(|vm| {
            vm.recursion_limit.set(game.limits.recursion_depth as usize);
            match crate::game::frame(vm, &game.globals, dt, held, pressed) {
                Ok(()) => Ok(crate::game::take_changes()),
                Err(exception) => Err(self.outcome_of(vm, &exception, &game.code)),
            }
        });
        self.state.borrow_mut().host = None;
        #[cfg(not(target_arch = "wasm32"))]
        let result = match guard.finish() {
            Some(crate::watchdog::Stopped::Time) => Err(RunOutcome::TimeLimit {
                limit_ms: FRAME_TIME_LIMIT_MS,
            }),
            Some(crate::watchdog::Stopped::Memory) => Err(RunOutcome::MemoryLimit {
                limit_mib: game.limits.memory_mib,
            }),
            None => result,
        };
        drop(budget);
        match result {
            Ok(changes) => GameFrame::Drawn(changes),
            Err(outcome) => {
                *self.game.borrow_mut() = None;
                GameFrame::Ended(outcome)
            }
        }
    }

    /// Gallery models' code by id, for `gallery_model(...)` without asking the host (natively,
    /// from `content/models/`).
    pub fn add_gallery(&self, models: impl IntoIterator<Item = (String, String)>) {
        self.state.borrow_mut().gallery.extend(models);
    }

    /// What the last run modelled: the solids it showed and the parameters it declared.
    pub fn scene(&self) -> crate::darbnica::Scene {
        self.scene.borrow().clone()
    }

    fn outcome_of(
        &self,
        vm: &VirtualMachine,
        exception: &PyBaseExceptionRef,
        code: &str,
    ) -> RunOutcome {
        let limits = self.state.borrow().limits;
        match self.state.borrow().stop {
            Some(Stop::OutputLimit) => {
                return RunOutcome::OutputLimit {
                    limit_chars: limits.output_chars,
                    limit_lines: limits.output_lines,
                };
            }
            Some(Stop::NoInput) => return RunOutcome::NoInput,
            None => {}
        }
        if exception.fast_isinstance(vm.ctx.exceptions.system_exit) {
            return exit_outcome(vm, exception, &self.state);
        }
        RunOutcome::Error(traceback::python_error(vm, exception, code))
    }
}

/// Runs `main.py` in fresh globals (with a new game world), and hands the globals back.
fn run_main(
    vm: &VirtualMachine,
    request: &RunRequest,
    files: Option<&PyObjectRef>,
    compiled: &RefCell<Option<Compiled>>,
) -> PyResult<PyObjectRef> {
    crate::game::reset(vm)?;
    if let Some(files) = files {
        vm.call_method(files, "clear", ())?;
        for (name, text) in &request.files {
            files.set_item(name.as_str(), vm.ctx.new_str(text.as_str()).into(), vm)?;
        }
    }
    if let Some(seed) = request.seed {
        let random = vm.import("random", 0)?;
        vm.call_method(random.as_object(), "seed", (seed,))?;
    }
    let kept = compiled
        .borrow()
        .as_ref()
        .filter(|(text, _)| *text == request.code)
        .map(|(_, code)| code.clone());
    let code = match kept {
        Some(code) => code,
        None => {
            let code = vm
                .compile(&request.code, Mode::Exec, MAIN_FILE)
                .map_err(|error| error.into_pyexception(vm, Some(&request.code)))?;
            *compiled.borrow_mut() = Some((request.code.clone(), code.clone()));
            code
        }
    };
    let scope = vm.new_scope_with_main()?;
    vm.run_code_obj(code, scope.clone())?;
    Ok(scope.globals.into())
}

/// The file an exercise's checks run as, in tracebacks of broken checks.
const CHECK_FILE: &str = "check.py";

/// Runs an exercise's `check.py` against the student's code. Student code run by the checks
/// prints into the `checks` module's capture, not to the page. An exception out of `check.py`
/// means the checks are broken: that is reported for the author, not held against the student.
fn run_checks(vm: &VirtualMachine, request: &RunRequest, spec: &CheckSpec) -> CheckReport {
    let report = (|| -> PyResult<String> {
        let checks = vm.import("checks", 0)?;
        // Checks draw their random cases from a fixed seed, not the run's: a student sees the same
        // counterexample on every run until it is fixed.
        let seed = 0_u64;
        vm.call_method(
            &checks,
            "_setup",
            (
                request.code.as_str(),
                spec.solution.as_str(),
                seed,
                spec.lang.as_str(),
            ),
        )?;
        let code = vm
            .compile(&spec.check, Mode::Exec, CHECK_FILE)
            .map_err(|error| error.into_pyexception(vm, Some(&spec.check)))?;
        vm.run_code_obj(code, vm.new_scope_with_builtins())?;
        Ok(vm.call_method(&checks, "_report", ())?.str(vm)?.to_string())
    })();
    let broken = |message: String| CheckReport {
        total: 0,
        failures: Vec::new(),
        broken: Some(message),
    };
    match report {
        Ok(json) => serde_json::from_str(&json)
            .unwrap_or_else(|error| broken(format!("the checks' report is malformed: {error}"))),
        Err(exception) => {
            let mut text = String::new();
            if vm.write_exception(&mut text, &exception).is_err() {
                text = "check.py failed".to_owned();
            }
            broken(text)
        }
    }
}

/// `sys.exit()`: 0 or None is a normal end; a message goes to stderr, like Python does.
fn exit_outcome(vm: &VirtualMachine, exception: &PyBaseExceptionRef, state: &Shared) -> RunOutcome {
    let code = exception.as_object().get_attr("code", vm).ok();
    match code {
        None => RunOutcome::Finished,
        Some(code) if vm.is_none(&code) => RunOutcome::Finished,
        Some(code) => match code.try_to_value::<i32>(vm) {
            Ok(0) => RunOutcome::Finished,
            Ok(code) => RunOutcome::Exited { code },
            Err(_) => {
                let message = code
                    .str(vm)
                    .map(|text| text.to_string())
                    .unwrap_or_default();
                write(state, vm, Stream::Stderr, &format!("{message}\n")).ok();
                RunOutcome::Exited { code: 1 }
            }
        },
    }
}

/// Writes student output to the host, enforcing the output limits. Past a limit the run is
/// stopped: the write raises, and keeps raising should the program catch it.
fn write(state: &Shared, vm: &VirtualMachine, stream: Stream, text: &str) -> PyResult<()> {
    let mut state = state.borrow_mut();
    if state.stop == Some(Stop::OutputLimit) {
        return Err(stop_exception(vm));
    }
    let limits = state.limits;
    let mut allowed = text.len();
    let mut chars = state.chars;
    let mut lines = state.lines;
    for (index, character) in text.char_indices() {
        if chars >= u64::from(limits.output_chars) || lines >= u64::from(limits.output_lines) {
            allowed = index;
            break;
        }
        chars += 1;
        if character == '\n' {
            lines += 1;
        }
    }
    state.chars = chars;
    state.lines = lines;
    let over = allowed < text.len();
    if allowed > 0
        && let Some(host) = state.host.as_mut()
    {
        host.write(stream, &text[..allowed]);
    }
    if over {
        state.stop = Some(Stop::OutputLimit);
        return Err(stop_exception(vm));
    }
    Ok(())
}

/// What stops a run from inside: a `KeyboardInterrupt`, which `except Exception:` does not catch.
pub(crate) fn stop_exception(vm: &VirtualMachine) -> PyBaseExceptionRef {
    vm.new_exception_empty(vm.ctx.exceptions.keyboard_interrupt.to_owned())
}

/// `open()` over the run's files (there is no file system): text files only, kept in a dict.
const FILES: &str = r#"
import io as _io

_darbnica_files = {}

class _DarbnicaFile(_io.StringIO):
    def __init__(self, name, text, mode):
        super().__init__(text)
        self.name = name
        self.mode = mode
        if "a" in mode:
            self.seek(0, 2)
    def close(self):
        if not self.closed and any(flag in self.mode for flag in "wax+"):
            _darbnica_files[self.name] = self.getvalue()
        super().close()

def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    name = str(file)
    if "b" in mode:
        raise _io.UnsupportedOperation("only text files can be opened here")
    if "x" in mode and name in _darbnica_files:
        raise FileExistsError(17, "File exists", name)
    if "w" in mode or "x" in mode:
        return _DarbnicaFile(name, "", mode)
    if "a" in mode:
        return _DarbnicaFile(name, _darbnica_files.get(name, ""), mode)
    if "r" in mode:
        if name not in _darbnica_files:
            raise FileNotFoundError(2, "No such file or directory", name)
        return _DarbnicaFile(name, _darbnica_files[name], mode)
    raise ValueError(f"invalid mode: '{mode}'")
"#;

const STREAM_CLASS: &str = r#"
class _DarbnicaStream:
    """sys.stdout and sys.stderr of the portal: text goes straight to the page."""
    encoding = "utf-8"
    errors = "strict"
    def __init__(self, write, name):
        self._write = write
        self.name = name
    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self._write(text)
        return len(text)
    def writelines(self, lines):
        for line in lines:
            self.write(line)
    def flush(self):
        pass
    def isatty(self):
        return False
    def writable(self):
        return True
    def readable(self):
        return False
"#;

/// `darbnica._gallery_code(id)`: a gallery model's code for `gallery_model(...)`, from what the
/// runtime keeps or else from the host.
fn install_gallery(vm: &VirtualMachine, state: &Shared) -> PyResult<()> {
    let shared = state.clone();
    let code = vm.new_function(
        "_gallery_code",
        move |id: PyStrRef, vm: &VirtualMachine| -> PyResult<String> {
            let id = id.to_string_lossy().into_owned();
            let well_formed = !id.is_empty()
                && id.len() <= 64
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !well_formed {
                return Err(vm.new_value_error(format!(
                    "there is no gallery model called '{id}': a gallery model's name is like \
                     'zobrats' (see the 3D models page)"
                )));
            }
            let mut state = shared.borrow_mut();
            if let Some(code) = state.gallery.get(&id) {
                return Ok(code.clone());
            }
            let asked = match state.host.as_mut() {
                Some(host) => host.gallery_model(&id),
                None => Err(format!("there is no gallery model called '{id}' here")),
            };
            match asked {
                Ok(code) => {
                    state.gallery.insert(id, code.clone());
                    Ok(code)
                }
                Err(message) => Err(vm.new_value_error(message)),
            }
        },
    );
    vm.import("darbnica", 0)?
        .set_attr("_gallery_code", code, vm)
}

fn install_stand_ins(vm: &VirtualMachine, state: &Shared, platform: Platform) -> PyResult<()> {
    // stdout and stderr.
    let scope = vm.new_scope_with_builtins();
    vm.run_string(scope.clone(), STREAM_CLASS, "<darbnica>")?;
    let stream_class = scope.globals.get_item("_DarbnicaStream", vm)?;
    for (stream, name, dunder) in [
        (Stream::Stdout, "stdout", "__stdout__"),
        (Stream::Stderr, "stderr", "__stderr__"),
    ] {
        let shared = state.clone();
        let write_fn = vm.new_function("write", move |text: PyStrRef, vm: &VirtualMachine| {
            write(&shared, vm, stream, &text.to_string_lossy())
        });
        let object = stream_class.call((write_fn, format!("<{name}>")), vm)?;
        vm.sys_module.set_attr(name, object.clone(), vm)?;
        vm.sys_module.set_attr(dunder, object.clone(), vm)?;
        let mut state = state.borrow_mut();
        state.streams.push((name, object.clone()));
        state.streams.push((dunder, object));
    }

    // open(): the run's files.
    let files_scope = vm.new_scope_with_builtins();
    vm.run_string(files_scope.clone(), FILES, "<darbnica>")?;
    vm.builtins
        .set_attr("open", files_scope.globals.get_item("open", vm)?, vm)?;
    state.borrow_mut().files = Some(files_scope.globals.get_item("_darbnica_files", vm)?);

    // input(): the request's lines first, then the host.
    let shared = state.clone();
    let input = vm.new_function(
        "input",
        move |prompt: OptionalArg<PyStrRef>, vm: &VirtualMachine| -> PyResult<String> {
            let prompt = prompt
                .map(|prompt| prompt.to_string_lossy().into_owned())
                .unwrap_or_default();
            if !prompt.is_empty() {
                write(&shared, vm, Stream::Stdout, &prompt)?;
            }
            let queued = shared.borrow_mut().stdin.pop_front();
            let line = match queued {
                Some(line) => Some(line),
                None => {
                    let mut state = shared.borrow_mut();
                    state.host.as_mut().and_then(|host| host.read_line(&prompt))
                }
            };
            match line {
                // Not echoed, as in Python with piped input: a terminal echoes what is typed, and the
                // page shows the line in its output panel itself.
                Some(line) => Ok(line),
                None => {
                    shared.borrow_mut().stop = Some(Stop::NoInput);
                    Err(vm.new_eof_error("EOF when reading a line"))
                }
            }
        },
    );
    vm.builtins.set_attr("input", input, vm)?;

    // sys.setrecursionlimit(): at most the run's own limit. Deeper would overflow the stack (the
    // browser's is small) and crash the runtime instead of raising a RecursionError; programs
    // that raise the limit out of habit go on with the run's.
    let shared = state.clone();
    let set_recursion_limit = vm.new_function(
        "setrecursionlimit",
        move |limit: i64, vm: &VirtualMachine| -> PyResult<()> {
            if limit < 1 {
                return Err(
                    vm.new_value_error("recursion limit must be greater than or equal to one")
                );
            }
            let most = u64::from(shared.borrow().limits.recursion_depth);
            let limit = usize::try_from(limit.unsigned_abs().min(most)).unwrap_or(usize::MAX);
            vm.recursion_limit
                .set(limit.max(vm.current_recursion_depth() + 1));
            Ok(())
        },
    );
    vm.sys_module
        .set_attr("setrecursionlimit", set_recursion_limit, vm)?;

    crate::clock::install(vm, platform)?;
    Ok(())
}

impl Drop for Runtime {
    /// The game's Python objects go while the interpreter is still there.
    fn drop(&mut self) {
        self.game.get_mut().take();
        crate::game::clear();
    }
}
