//! Validating the portal's exercises by running them, natively, with the runtime the browser uses:
//! every solution must pass its checks, every known-wrong answer must fail them, and every starter
//! must run without crashing; every gallery model must build, and every game must play. `cargo
//! xtask content check` and the tests call [`validate`].

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use darbnica_lessons::{Content, Exercise, Game, Problem, Problems};

use crate::native::{CapturedRun, FrameInput, NativeRunner};
use crate::protocol::{CheckReport, CheckSpec, Limits, RunOutcome, RunRequest};

/// Runs every exercise in `content` and reports what does not behave.
pub fn validate(content: &Content, runner: &NativeRunner) -> Problems {
    let mut problems = Problems::default();
    // Games and exercises may build the gallery's models.
    runner.add_gallery(
        content
            .models
            .iter()
            .map(|model| (model.id.clone(), model.code.clone()))
            .collect(),
    );
    for course in &content.courses {
        for (_, exercise) in course.exercises() {
            validate_exercise(exercise, runner, &mut problems);
        }
    }
    for model in &content.models {
        validate_model(model, runner, &mut problems);
    }
    for game in content.games.iter().chain(&content.studio) {
        validate_game(game, runner, &mut problems);
    }
    problems
}

/// Frames the validator plays of each game: two seconds at 60 a second.
pub const GAME_FRAMES: usize = 120;
/// The validator's time step, in seconds.
const GAME_DT: f32 = 1.0 / 60.0;
/// The right arrow is held for the first this many frames...
const GAME_RIGHT_FRAMES: usize = 60;
/// ...and space is pressed in this frame (counted from 0).
const GAME_SPACE_FRAME: usize = 30;

/// The keys the validator plays a game with: the right arrow held for the first second, space
/// pressed (and held) in frame 30, nothing after.
pub fn game_frames() -> Vec<FrameInput> {
    (0..GAME_FRAMES)
        .map(|frame| {
            let mut held = Vec::new();
            if frame < GAME_RIGHT_FRAMES {
                held.push("right");
            }
            let mut input = FrameInput::holding(GAME_DT, &held);
            if frame == GAME_SPACE_FRAME {
                input.held.insert("space".to_owned());
                input.pressed.push("space".to_owned());
            }
            input
        })
        .collect()
}

/// A game of the studio must, in both languages, at its defaults and at each `param(...)`'s ends,
/// run its setup (the program's top level) without an error and then play [`GAME_FRAMES`]
/// frames of [`game_frames`] without ending, showing something: an error, a frame past the time
/// limit, or a game with no entity is reported at the game's file.
pub fn validate_game(game: &Game, runner: &NativeRunner, problems: &mut Problems) {
    for lang in LANGUAGES {
        let file = game.code_file(lang);
        let play = |values: &[(String, f64)]| {
            let mut request = RunRequest::new(game.code.get(lang));
            request.seed = Some(0);
            request.limits.time_ms = Limits::default().time_ms.saturating_mul(NATIVE_SLOWDOWN);
            request.params = values.iter().cloned().collect();
            runner.play_game(request, game_frames())
        };
        let played = play(&[]);
        if let Some((line, message)) = game_failure(&played) {
            problems.push(Problem::at_line(&file, line, message));
            continue;
        }
        for end in param_ends(&played.params) {
            let played = play(&[(end.name.clone(), end.value)]);
            if let Some((line, message)) = game_failure(&played) {
                let message = format!("with {} = {}, {message}", end.name, end.shown);
                problems.push(Problem::at_line(&file, line, message));
            }
        }
    }
}

/// What is wrong with a game as played, at which line of its file.
fn game_failure(played: &crate::native::GamePlay) -> Option<(usize, String)> {
    if played.setup.outcome != RunOutcome::Finished {
        let message = format!(
            "the game's setup {}",
            outcome_failure(&played.setup.outcome)
        );
        return Some((error_line(&played.setup), message));
    }
    let ended = played
        .frames
        .iter()
        .enumerate()
        .find_map(|(index, frame)| match frame {
            crate::GameFrame::Ended(outcome) => Some((index, outcome)),
            crate::GameFrame::Drawn(_) => None,
        });
    let shows_something = played.frames.iter().any(|frame| match frame {
        crate::GameFrame::Drawn(changes) => !changes.spawned.is_empty(),
        crate::GameFrame::Ended(_) => false,
    });
    match ended {
        Some((index, outcome)) => {
            let line = match outcome {
                RunOutcome::Error(error) => error.line.unwrap_or(1) as usize,
                _ => 1,
            };
            Some((
                line,
                format!(
                    "in frame {index} of {GAME_FRAMES} (right arrow held for the first \
                     {GAME_RIGHT_FRAMES}, space pressed in frame {GAME_SPACE_FRAME}), the game {}",
                    outcome_failure(outcome)
                ),
            ))
        }
        None if played.frames.len() < GAME_FRAMES => Some((
            1,
            format!(
                "the game played only {} of {GAME_FRAMES} frames",
                played.frames.len()
            ),
        )),
        None if !shows_something => Some((
            1,
            "the game puts nothing on the screen: it makes no Entity (`from game import *`)"
                .to_owned(),
        )),
        None => None,
    }
}

/// One end of a parameter's range: a slider's two ends, every option of a dropdown (a
/// checkbox's are its ends).
struct ParamEnd {
    name: String,
    value: f64,
    /// The value as the author wrote it (an option's value for a dropdown).
    shown: String,
}

fn param_ends(params: &[darbnica_api::python::ModelParam]) -> Vec<ParamEnd> {
    let mut ends = Vec::new();
    for param in params {
        match param.kind {
            darbnica_api::python::ParamKind::Choice => {
                for (index, choice) in param.choices.iter().enumerate() {
                    ends.push(ParamEnd {
                        name: param.name.clone(),
                        value: index as f64,
                        shown: format!("\"{}\"", choice.value),
                    });
                }
            }
            _ => {
                for value in [param.min, param.max] {
                    ends.push(ParamEnd {
                        name: param.name.clone(),
                        value,
                        shown: value.to_string(),
                    });
                }
            }
        }
    }
    ends
}

/// Why a game's setup or frame did not go on, in words for the author.
fn outcome_failure(outcome: &RunOutcome) -> String {
    match outcome {
        RunOutcome::Finished => "ends".to_owned(),
        RunOutcome::NoInput => "asks for input(), which a game cannot answer".to_owned(),
        RunOutcome::Error(error) => format!("fails: {}: {}", error.kind, error.message),
        RunOutcome::Exited { code } => format!("exits with code {code}"),
        RunOutcome::TimeLimit { limit_ms } => format!("runs longer than {limit_ms} ms"),
        RunOutcome::OutputLimit { .. } => "prints more than the output limit".to_owned(),
        RunOutcome::MemoryLimit { limit_mib } => format!("uses more than {limit_mib} MiB"),
        RunOutcome::Crashed { message } => format!("crashes the runtime: {message}"),
    }
}

/// Each gallery model's picture, next to its `model.py`.
pub const THUMBNAIL_FILE: &str = "thumbnail.png";

/// The gallery's picture of what a run showed (at its defaults), as the view draws it: 320 × 240
/// pixels, each part in its colour. `None` when it cannot be built.
pub fn thumbnail(scene: &crate::Scene) -> Option<Vec<u8>> {
    let limits = darbnica_geometry::Limits::triangles(MODEL_TRIANGLES);
    let (mesh, parts) = scene.coloured_mesh(&limits).ok()?;
    let parts: Vec<(usize, [u8; 3])> = parts
        .iter()
        .map(|part| {
            let colour = part
                .colour
                .unwrap_or(darbnica_api::python::DEFAULT_MODEL_COLOUR);
            (part.end as usize, colour)
        })
        .collect();
    Some(darbnica_geometry::thumbnail::png(&mesh, &parts, 320, 240))
}

/// What the page learns from a run at its defaults (the sliders, the size, the triangles), as
/// the worker reports it: the gallery model's `facts.json`. `None` when it cannot be built.
pub fn facts(scene: &crate::Scene) -> Option<darbnica_api::python::ModelInfo> {
    let limits = darbnica_geometry::Limits::triangles(MODEL_TRIANGLES);
    let (info, mesh) = scene.model(&limits);
    mesh.map(|_| info)
}

/// Whether two models' facts agree, their numbers to nine significant digits (serde_json reads a
/// float back to within an ulp or so, not always to the same bits).
fn same_facts(
    stored: Option<&darbnica_api::python::ModelInfo>,
    built: Option<&darbnica_api::python::ModelInfo>,
) -> bool {
    use serde_json::Value;
    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Number(a), Value::Number(b)) => match (a.as_f64(), b.as_f64()) {
                (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0),
                _ => a == b,
            },
            (Value::Array(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
            }
            (Value::Object(a), Value::Object(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .all(|(key, a)| b.get(key).is_some_and(|b| same(a, b)))
            }
            (a, b) => a == b,
        }
    }
    match (serde_json::to_value(stored), serde_json::to_value(built)) {
        (Ok(stored), Ok(built)) => same(&stored, &built),
        _ => false,
    }
}

/// A printer's bed the gallery's models must fit, in millimetres.
pub const BED_MM: f64 = 200.0;
/// Most triangles a gallery model may have at any slider setting.
pub const MODEL_TRIANGLES: usize = 300_000;

/// A gallery model must build at its defaults and at each parameter's ends: a closed solid, on
/// the bed (z ≥ 0) and within it, under the triangle limit.
pub fn validate_model(
    model: &darbnica_lessons::Model,
    runner: &NativeRunner,
    problems: &mut Problems,
) {
    let file = model.dir.join("model.py");
    let build = |values: &[(String, f64)]| {
        let mut request = RunRequest::new(model.code.as_str());
        request.limits.time_ms = 30_000;
        request.params = values.iter().cloned().collect();
        runner.run_model(request)
    };
    let (run, scene) = build(&[]);
    if let Some(message) = model_failure(&run, &scene) {
        problems.push(Problem::at_line(
            &file,
            error_line(&run),
            format!("at its defaults, the model {message}"),
        ));
        return;
    }
    let thumbnail_file = model.dir.join(THUMBNAIL_FILE);
    match std::fs::read(&thumbnail_file) {
        Ok(stored) if Some(stored.as_slice()) == thumbnail(&scene).as_deref() => {}
        Ok(_) => problems.push(Problem::whole_file(
            &thumbnail_file,
            "the thumbnail does not show the model as it is now: run `cargo xtask thumbnails`",
        )),
        Err(_) => problems.push(Problem::whole_file(
            &thumbnail_file,
            "the model has no thumbnail: run `cargo xtask thumbnails`",
        )),
    }
    let facts_file = model.dir.join(darbnica_lessons::Model::FACTS_FILE);
    if model.facts.is_none() && facts_file.exists() {
        // Loading the content has said what is wrong with it.
    } else if model.facts.is_none() {
        problems.push(Problem::whole_file(
            &facts_file,
            "the model has no facts: run `cargo xtask thumbnails`",
        ));
    } else if !same_facts(model.facts.as_ref(), facts(&scene).as_ref()) {
        problems.push(Problem::whole_file(
            &facts_file,
            "the facts are not the model's as it is now: run `cargo xtask thumbnails`",
        ));
    }
    for end in param_ends(&scene.params) {
        let (run, scene) = build(&[(end.name.clone(), end.value)]);
        if let Some(message) = model_failure(&run, &scene) {
            problems.push(Problem::at_line(
                &file,
                error_line(&run),
                format!("with {} = {}, the model {message}", end.name, end.shown),
            ));
        }
    }
}

fn model_failure(run: &CapturedRun, scene: &crate::Scene) -> Option<String> {
    if run.outcome != RunOutcome::Finished {
        return Some(match &run.outcome {
            RunOutcome::Error(error) => format!("fails: {}: {}", error.kind, error.message),
            other => format!("does not finish: {other:?}"),
        });
    }
    if scene.shown.is_empty() {
        return Some("shows nothing (call show(...))".to_owned());
    }
    let solid = scene.union();
    let mesh = match solid.mesh() {
        Ok(mesh) => mesh,
        Err(error) => return Some(format!("cannot be built: {error}")),
    };
    if !mesh.is_watertight() {
        return Some("is not a closed solid".to_owned());
    }
    if mesh.triangle_count() > MODEL_TRIANGLES {
        return Some(format!(
            "has {} triangles, more than {MODEL_TRIANGLES}",
            mesh.triangle_count()
        ));
    }
    let bounds = mesh.bounds()?;
    let size = bounds.size();
    if bounds.min.z < -1e-6 {
        return Some(format!("reaches below the bed (z = {:.3})", bounds.min.z));
    }
    if size.max_element() > BED_MM + 1e-6 {
        return Some(format!(
            "is {:.1} × {:.1} × {:.1} mm, more than the {BED_MM} mm bed",
            size.x, size.y, size.z
        ));
    }
    None
}

/// The checks' time limit natively: several times the browser's, since tests run a debug build.
const NATIVE_SLOWDOWN: u32 = 6;

fn request(exercise: &Exercise, code: &str, checked: Option<&str>) -> RunRequest {
    let mut request = RunRequest::new(code);
    request.stdin = exercise.input.clone();
    request.seed = Some(0);
    request.limits = Limits {
        time_ms: exercise.time_limit_ms.saturating_mul(NATIVE_SLOWDOWN),
        ..Limits::default()
    };
    if let Some(lang) = checked {
        request.check = Some(CheckSpec {
            check: exercise.check.clone(),
            solution: exercise.solution.get(lang).to_owned(),
            lang: lang.to_owned(),
        });
    }
    request
}

pub fn validate_exercise(exercise: &Exercise, runner: &NativeRunner, problems: &mut Problems) {
    for lang in LANGUAGES {
        validate_in(exercise, lang, runner, problems);
    }
}

const LANGUAGES: [&str; 2] = ["lv", "en"];

/// The file `name` (`starter` or `solution`) of `lang` is in.
fn code_file(exercise: &Exercise, name: &str, lang: &str) -> std::path::PathBuf {
    let own = exercise.dir.join(format!("{name}.{lang}.py"));
    if own.exists() {
        own
    } else {
        exercise.dir.join(format!("{name}.py"))
    }
}

fn validate_in(exercise: &Exercise, lang: &str, runner: &NativeRunner, problems: &mut Problems) {
    let dir = &exercise.dir;
    let mut push = |problem: Problem| {
        if !problems.iter().any(|known| *known == problem) {
            problems.push(problem);
        }
    };

    // The starter may be unfinished, but it must run: a crash before the student typed anything
    // is the exercise's fault. It runs without checks, so one shared by both languages runs once.
    let shared_starter = exercise.starter.lv == exercise.starter.en;
    if lang == LANGUAGES[0] || !shared_starter {
        let starter = runner.run_captured(request(exercise, exercise.starter.get(lang), None));
        if let Some(message) = failure(&starter, exercise) {
            push(Problem::at_line(
                &code_file(exercise, "starter", lang),
                error_line(&starter),
                format!("the starter {message}"),
            ));
        }
    }

    let solution = runner.run_captured(request(exercise, exercise.solution.get(lang), Some(lang)));
    let file = code_file(exercise, "solution", lang);
    if let Some(message) = failure(&solution, exercise) {
        push(Problem::at_line(
            &file,
            error_line(&solution),
            format!("the solution {message}"),
        ));
    } else if let Some(report) = &solution.report {
        if let Some(broken) = &report.broken {
            push(broken_checks(dir, broken));
        } else if !report.passed() {
            push(Problem::whole_file(
                &file,
                format!(
                    "the solution fails its checks ({lang}): {}",
                    describe(report)
                ),
            ));
        }
    }

    for (name, code) in &exercise.wrong {
        let file = dir.join("wrong").join(name);
        let run = runner.run_captured(request(exercise, code, Some(lang)));
        match (&run.outcome, &run.report) {
            (RunOutcome::NoInput, _) => push(Problem::whole_file(
                &file,
                "asks for more input than exercise.toml's `input` gives, so its checks never run",
            )),
            (_, Some(report)) if report.broken.is_some() => {
                push(broken_checks(dir, report.broken.as_deref().unwrap_or("")));
            }
            (_, Some(report)) if report.passed() => push(Problem::whole_file(
                &file,
                format!(
                    "this known-wrong answer passes all {} checks ({lang}): the checks miss its mistake",
                    report.total
                ),
            )),
            _ => {}
        }
    }
}

/// Why a run that should have ended well did not, in words for the author.
fn failure(run: &CapturedRun, exercise: &Exercise) -> Option<String> {
    match &run.outcome {
        RunOutcome::Finished => None,
        RunOutcome::NoInput => Some(format!(
            "asks for more input than exercise.toml's `input` gives ({} line(s))",
            exercise.input.len()
        )),
        RunOutcome::Error(error) => Some(format!("fails: {}: {}", error.kind, error.message)),
        RunOutcome::Exited { code } => Some(format!("exits with code {code}")),
        RunOutcome::TimeLimit { limit_ms } => Some(format!("runs longer than {limit_ms} ms")),
        RunOutcome::OutputLimit { .. } => Some("prints more than the output limit".to_owned()),
        RunOutcome::MemoryLimit { limit_mib } => Some(format!("uses more than {limit_mib} MiB")),
        RunOutcome::Crashed { message } => Some(format!("crashes the runtime: {message}")),
    }
}

fn error_line(run: &CapturedRun) -> usize {
    match &run.outcome {
        RunOutcome::Error(error) => error.line.unwrap_or(1) as usize,
        _ => 1,
    }
}

fn describe(report: &CheckReport) -> String {
    let failures: Vec<String> = report
        .failures
        .iter()
        .map(|finding| match &finding.text {
            Some(text) => text.en.clone(),
            None => {
                let args: Vec<String> = finding
                    .args
                    .iter()
                    .map(|(name, value)| format!("{name}={value:?}"))
                    .collect();
                format!("{}({})", finding.key, args.join(", "))
            }
        })
        .collect();
    failures.join("; ")
}

/// A problem in `check.py`, at the line its traceback names.
fn broken_checks(dir: &Path, traceback: &str) -> Problem {
    let line = traceback
        .lines()
        .filter_map(|line| line.trim().strip_prefix("File \"check.py\", line "))
        .filter_map(|rest| {
            rest.split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .next_back()
        .unwrap_or(1);
    let last = traceback.lines().last().unwrap_or("check.py raised");
    Problem::at_line(
        &dir.join("check.py"),
        line,
        format!("the checks fail: {last}"),
    )
}

/// Loads `content_dir` and validates it: the loader's problems, or those found by running.
pub fn load_and_validate(content_dir: &Path, runner: &NativeRunner) -> Result<Content, Problems> {
    let (content, mut problems) = Content::load_with_problems(content_dir);
    problems.extend(validate(&content, runner));
    problems.into_result(content)
}
