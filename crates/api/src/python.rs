//! Running Python: what a run is asked to do and how it ended, and the messages between the page
//! and the Python worker. Here rather than in the runtime crate so that the app can use them
//! without linking the interpreter.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One run of a student's program.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunRequest {
    pub code: String,
    /// Lines that `input()` returns, in order, before it asks the host for more.
    #[serde(default)]
    pub stdin: Vec<String>,
    /// Text files the program can `open()`, by name; what it writes stays for this run only.
    #[serde(default)]
    pub files: BTreeMap<String, String>,
    /// Seeds `random`, so that a run can be repeated exactly (checks, replays).
    pub seed: Option<u64>,
    #[serde(default)]
    pub limits: Limits,
    /// An exercise's checks, run after the program when it ends without an error.
    pub check: Option<CheckSpec>,
    /// Values for the model's `param(...)`s (from sliders), by name.
    #[serde(default)]
    pub params: BTreeMap<String, f64>,
}

impl RunRequest {
    pub fn new(code: impl Into<String>) -> RunRequest {
        RunRequest {
            code: code.into(),
            stdin: Vec::new(),
            files: BTreeMap::new(),
            seed: None,
            limits: Limits::default(),
            check: None,
            params: BTreeMap::new(),
        }
    }
}

/// What checks an exercise: its `check.py` (written with the `checks` module) and the reference
/// solution that `same_as_solution` checks compare against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckSpec {
    pub check: String,
    /// The reference solution in the student's language (its comments and texts differ).
    #[serde(default)]
    pub solution: String,
    /// The student's language, `lv` or `en`: which words of a `text(lv=…, en=…)` messages quote.
    #[serde(default = "latvian")]
    pub lang: String,
}

fn latvian() -> String {
    "lv".to_owned()
}

/// What the checks found. `passed` is true when every check passed and there was at least one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckReport {
    /// How many checks ran.
    pub total: u32,
    /// The ones that failed, in the order they ran.
    pub failures: Vec<Finding>,
    /// The checks themselves are broken (a mistake in `check.py`, not the student's): a message
    /// for the exercise's author.
    pub broken: Option<String>,
}

impl CheckReport {
    pub fn passed(&self) -> bool {
        self.total > 0 && self.failures.is_empty() && self.broken.is_none()
    }
}

/// One failed check, saying what was expected and what happened. The app words it in the
/// student's language from `key` (a Fluent message, `check-…`) and `args`; `text` is an exercise
/// author's own message (`check(…, lv=…, en=…)`), given in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub key: String,
    #[serde(default)]
    pub args: BTreeMap<String, String>,
    pub text: Option<crate::Localized>,
}

/// How far a run may go before it is stopped with a clear message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Limits {
    /// Wall-clock time for the whole run.
    pub time_ms: u32,
    /// Characters written to stdout and stderr together.
    pub output_chars: u32,
    pub output_lines: u32,
    /// Python call depth (`sys.getrecursionlimit()`).
    pub recursion_depth: u32,
    /// Memory the run may take beyond what the runtime held when it began, in MiB. One value
    /// that would pass it (a huge number, list or text) is a `MemoryError`; a program that keeps
    /// growing past it is stopped with [`RunOutcome::MemoryLimit`].
    pub memory_mib: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            time_ms: 5_000,
            output_chars: 1_000_000,
            output_lines: 10_000,
            recursion_depth: 1_000,
            memory_mib: 256,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stream {
    Stdout,
    Stderr,
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum RunOutcome {
    /// The program ran to its end (or called `sys.exit(0)`).
    Finished,
    /// `sys.exit(code)` with a non-zero code.
    Exited { code: i32 },
    /// An exception nobody caught, or a syntax error.
    Error(PythonError),
    /// Stopped because it ran longer than [`Limits::time_ms`].
    TimeLimit { limit_ms: u32 },
    /// Stopped because it printed more than the limits allow.
    OutputLimit { limit_chars: u32, limit_lines: u32 },
    /// Stopped because it used more memory than [`Limits::memory_mib`].
    MemoryLimit { limit_mib: u32 },
    /// `input()` was called with no line left and no way to ask for one.
    NoInput,
    /// The runtime itself failed (a bug, or memory ran out); it has been started afresh.
    Crashed { message: String },
}

/// An uncaught exception, ready to show a beginner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PythonError {
    /// The exception's type: `NameError`, `SyntaxError`, …
    pub kind: String,
    /// Its message, e.g. `name 'pirnt' is not defined. Did you mean: 'print'?`
    pub message: String,
    /// The line of the student's code to highlight (1-based), when there is one.
    pub line: Option<u32>,
    /// The column for syntax errors (1-based, in characters).
    pub column: Option<u32>,
    /// The student's frames only, outermost first; interpreter and library frames are left out.
    pub frames: Vec<TraceFrame>,
    /// The whole traceback as text, in Python's own format, with repeats collapsed.
    pub traceback: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceFrame {
    pub line: u32,
    /// `<module>` or the function's name.
    pub function: String,
    /// The line of code, without its indentation.
    pub source: String,
    /// How many more times this same frame came right after it (deep recursion).
    pub repeated: u32,
}

/// The files a model can be saved as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// For slicers and 3D printers.
    Stl,
    /// For slicers: millimetres declared in the file.
    #[serde(rename = "3mf")]
    ThreeMf,
    /// For game engines and Blender (Y up, metres).
    Obj,
    /// Binary glTF, for game engines and the web (Y up, metres).
    Glb,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Stl,
        ExportFormat::ThreeMf,
        ExportFormat::Obj,
        ExportFormat::Glb,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Stl => "stl",
            ExportFormat::ThreeMf => "3mf",
            ExportFormat::Obj => "obj",
            ExportFormat::Glb => "glb",
        }
    }

    pub fn mime_type(self) -> &'static str {
        match self {
            ExportFormat::Stl => "model/stl",
            ExportFormat::ThreeMf => "model/3mf",
            ExportFormat::Obj => "model/obj",
            ExportFormat::Glb => "model/gltf-binary",
        }
    }
}

/// What a run of a modelling script (`from darbnica import *`) produced.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ModelInfo {
    /// The sliders: every `param(...)` the script declared, with the value it ran with.
    pub params: Vec<ModelParam>,
    /// How many solids `show` was given.
    pub shown: u32,
    pub triangles: u32,
    pub vertices: u32,
    /// The model's box, `[min, max]` in millimetres; `None` when empty.
    pub bounds: Option<[[f64; 3]; 2]>,
    pub volume_mm3: f64,
    pub watertight: bool,
    /// Why no mesh came (too many triangles, a failed boolean), in English for developers; the
    /// page says it in the user's language by `error_code`.
    pub error: Option<String>,
    pub error_code: Option<String>,
    /// The mesh's triangles by colour, in order.
    #[serde(default)]
    pub parts: Vec<ModelPart>,
}

/// The colour a part is drawn in when the script chose none (the portal's accent, lighter): in the
/// view and in the gallery's thumbnails.
pub const DEFAULT_MODEL_COLOUR: [u8; 3] = [0x3f, 0x9f, 0x93];

/// Triangles up to `end` (from the previous part's end) drawn in `colour`, or in the portal's
/// own colour when `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelPart {
    pub end: u32,
    pub colour: Option<[u8; 3]>,
}

/// How the page offers a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamKind {
    /// A slider from `min` to `max`, with the number beside it.
    #[default]
    Number,
    /// A checkbox: the value is 0 or 1, the script gets `False` or `True`.
    Toggle,
    /// A dropdown: the value is the index of one of the choices, the script gets its `value`.
    Choice,
}

/// One option of a dropdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParamChoice {
    /// What the script gets.
    pub value: String,
    /// What the dropdown says, by language code; `value` when empty.
    #[serde(default)]
    pub label: BTreeMap<String, String>,
}

/// A parameter: a slider, a checkbox or a dropdown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelParam {
    pub name: String,
    #[serde(default)]
    pub kind: ParamKind,
    pub default: f64,
    pub min: f64,
    pub max: f64,
    pub step: Option<f64>,
    /// By language code (`lv`, `en`); the name when empty.
    pub label: BTreeMap<String, String>,
    /// Whole numbers only.
    pub integer: bool,
    /// The value this run used.
    pub value: f64,
    #[serde(default)]
    pub choices: Vec<ParamChoice>,
}
