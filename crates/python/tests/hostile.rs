//! The corpus of hostile programs (`tests/hostile/*.py`), run natively with the limits the
//! browser uses: each must end the way its `# expect:` line says, within its limits, and the next
//! run on the same runtime must work. The end-to-end test `tests/tests/hostile.rs` runs the same
//! files in the browser's worker.

use std::path::{Path, PathBuf};
use std::time::Instant;

use darbnica_python::native::{CapturedRun, NativeRunner};
use darbnica_python::{RunOutcome, RunRequest, Scene};

// What the browser's worker and `cargo xtask` count with: without it no memory budget holds.
#[global_allocator]
static ALLOCATOR: darbnica_python::CountingAllocator = darbnica_python::CountingAllocator;

/// How a hostile program must end, from its `# expect:` line.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Expected {
    TimeLimit,
    OutputLimit,
    MemoryLimit,
    /// An exception of this kind.
    Error(String),
    /// The run ends, and its model is refused with this error code.
    ModelError(String),
}

fn expected(path: &Path, code: &str) -> Expected {
    let line = code
        .lines()
        .find_map(|line| line.strip_prefix("# expect: "))
        .unwrap_or_else(|| panic!("{}: no `# expect:` line", path.display()));
    match line.split_once(' ') {
        None if line == "time-limit" => Expected::TimeLimit,
        None if line == "output-limit" => Expected::OutputLimit,
        None if line == "memory-limit" => Expected::MemoryLimit,
        Some(("error", kind)) => Expected::Error(kind.to_owned()),
        Some(("model-error", code)) => Expected::ModelError(code.to_owned()),
        _ => panic!("{}: unknown expectation `{line}`", path.display()),
    }
}

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("reading tests/hostile")
        .map(|entry| entry.expect("a corpus entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "py"))
        .collect();
    files.sort();
    files
}

/// How the run ended, in the corpus's words.
fn ended(run: &CapturedRun, scene: &Scene) -> Expected {
    match &run.outcome {
        RunOutcome::TimeLimit { .. } => Expected::TimeLimit,
        RunOutcome::OutputLimit { .. } => Expected::OutputLimit,
        RunOutcome::MemoryLimit { .. } => Expected::MemoryLimit,
        RunOutcome::Error(error) => Expected::Error(error.kind.clone()),
        RunOutcome::Finished => {
            let (info, _) = scene.model(&darbnica_geometry::Limits::triangles(1_000_000));
            Expected::ModelError(info.error_code.unwrap_or_else(|| "none".to_owned()))
        }
        other => panic!("an unexpected end: {other:?}"),
    }
}

#[test]
fn every_hostile_program_ends_as_expected_and_the_next_run_works() {
    let runner = NativeRunner::new();
    let limits = darbnica_python::Limits::default();
    let mut failures = Vec::new();
    let files = corpus();
    assert!(
        files.len() >= 20,
        "the corpus has only {} programs",
        files.len()
    );
    for path in &files {
        let code = std::fs::read_to_string(path).expect("reading a corpus program");
        let want = expected(path, &code);
        let started = Instant::now();
        let (run, scene) = runner.run_model(RunRequest::new(code.as_str()));
        let took = started.elapsed();
        let got = ended(&run, &scene);
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let message = match &run.outcome {
            RunOutcome::Error(error) => error.message.clone(),
            other => format!("{other:?}"),
        };
        println!("{name}: {got:?} in {} ms: {message}", took.as_millis());
        if got != want {
            failures.push(format!(
                "{name}: expected {want:?}, got {got:?} ({message})"
            ));
        }
        // Within its limits: the time limit, plus what a debug build needs to notice.
        let bound = u128::from(limits.time_ms) + 3_000;
        if took.as_millis() > bound {
            failures.push(format!("{name}: took {} ms", took.as_millis()));
        }
        let next = runner.run_captured(RunRequest::new("print(6 * 7)"));
        if (next.outcome.clone(), next.stdout.as_str()) != (RunOutcome::Finished, "42\n") {
            failures.push(format!("{name}: the next run ended {next:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_memory_budget_is_counted_per_run() {
    let runner = NativeRunner::new();
    // 40 MB lists, one at a time, 10 times: a run never holds more than two, so the budget of
    // 256 MiB is never reached although 400 MB pass through. (Time enough for a debug build
    // beside the corpus's endless loops: this is about memory.)
    let mut request =
        RunRequest::new("for i in range(10):\n    items = [i] * 5_000_000\nprint(len(items))");
    request.limits.time_ms = 60_000;
    let run = runner.run_captured(request);
    assert_eq!(run.outcome, RunOutcome::Finished, "{}", run.stderr);
    // A smaller budget stops a program that holds more.
    let mut request =
        RunRequest::new("kept = []\nfor i in range(20):\n    kept.append([i] * 5_000_000)");
    request.limits.memory_mib = 64;
    request.limits.time_ms = 60_000;
    let run = runner.run_captured(request);
    assert!(
        matches!(
            run.outcome,
            RunOutcome::MemoryLimit { limit_mib: 64 } | RunOutcome::Error(_)
        ),
        "{:?}",
        run.outcome
    );
    if let RunOutcome::Error(error) = &run.outcome {
        assert_eq!(error.kind, "MemoryError", "{error:?}");
    }
}

#[test]
fn numbers_within_the_limit_are_still_made() {
    let runner = NativeRunner::new();
    let run = runner.run_captured(RunRequest::new(
        "print(len(str(2**10000)))\nprint((1 << 100000).bit_length())\nprint(len(str(3**2000 * 7**1500)))\nprint(len('ab' * 1000))",
    ));
    assert_eq!(run.outcome, RunOutcome::Finished, "{}", run.stderr);
    assert_eq!(run.stdout, "3011\n100001\n2222\n2000\n");
}
