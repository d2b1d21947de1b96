//! The runtime on a corpus of beginner programs (what they print, how they end) and hostile ones
//! (endless loops, endless output, endless recursion, the clock), natively, exactly as the browser's
//! worker runs them.

use std::sync::OnceLock;

use darbnica_python::native::{CapturedRun, NativeRunner};
use darbnica_python::{Host, Limits, RunOutcome, RunRequest, Stream};

fn runner() -> &'static NativeRunner {
    static RUNNER: OnceLock<NativeRunner> = OnceLock::new();
    RUNNER.get_or_init(NativeRunner::new)
}

fn run(code: &str) -> CapturedRun {
    runner().run_captured(RunRequest::new(code))
}

fn run_with(code: &str, configure: impl FnOnce(&mut RunRequest)) -> CapturedRun {
    let mut request = RunRequest::new(code);
    configure(&mut request);
    runner().run_captured(request)
}

/// Runs `code` and checks it finished with exactly `stdout`.
fn check(code: &str, stdout: &str) {
    let run = run(code);
    assert_eq!(
        run.outcome,
        RunOutcome::Finished,
        "code:\n{code}\nstderr:\n{}",
        run.stderr
    );
    assert_eq!(run.stdout, stdout, "code:\n{code}");
}

fn error_of(run: &CapturedRun) -> &darbnica_python::PythonError {
    match &run.outcome {
        RunOutcome::Error(error) => error,
        other => panic!("expected an error, got {other:?}; stdout:\n{}", run.stdout),
    }
}

#[test]
fn hello_world() {
    check("print('Sveika, pasaule!')", "Sveika, pasaule!\n");
}

#[test]
fn variables_numbers_and_f_strings() {
    check(
        "a = 7\nb = 2\nprint(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)\nprint(f'{a} / {b} = {a / b:.2f}')",
        "9 5 14 3.5 3 1 49\n7 / 2 = 3.50\n",
    );
}

#[test]
fn loops_lists_and_dictionaries() {
    check(
        "skaitli = [5, 3, 8, 1]\nfor s in sorted(skaitli):\n    print(s, end=' ')\nprint()\n\
         vardnica = {'a': 1, 'b': 2}\nprint({k: v * 10 for k, v in vardnica.items()})\n\
         print([x * x for x in range(5) if x % 2 == 0])\nprint(sum(skaitli), max(skaitli), len(skaitli))",
        "1 3 5 8 \n{'a': 10, 'b': 20}\n[0, 4, 16]\n17 8 4\n",
    );
}

#[test]
fn functions_and_recursion() {
    check(
        "def faktorials(n):\n    return 1 if n <= 1 else n * faktorials(n - 1)\n\
         print(faktorials(20))\nprint('Ābols'.upper(), 'ŠĶĒRS'.lower(), 'liepāja'.capitalize())",
        "2432902008176640000\nĀBOLS šķērs Liepāja\n",
    );
}

#[test]
fn input_takes_the_given_lines_and_shows_the_prompt() {
    let run = run_with(
        "vards = input('Kā tevi sauc? ')\nvecums = int(input())\nprint(f'Sveiks, {vards}! Pēc gada tev būs {vecums + 1}.')",
        |request| {
            request.stdin = vec!["Anna".into(), "12".into()];
        },
    );
    assert_eq!(run.outcome, RunOutcome::Finished);
    assert_eq!(
        run.stdout,
        "Kā tevi sauc? Sveiks, Anna! Pēc gada tev būs 13.\n"
    );
}

#[test]
fn input_with_no_line_left_ends_the_run_clearly() {
    let run = run_with(
        "a = input('Pirmais: ')\nb = input('Otrais: ')\nprint(a, b)",
        |request| {
            request.stdin = vec!["1".into()];
        },
    );
    assert_eq!(run.outcome, RunOutcome::NoInput);
    assert_eq!(run.stdout, "Pirmais: Otrais: ");
}

#[test]
fn the_modules_beginners_import_work() {
    check(
        r#"
import math, string, random, collections, itertools, functools, re, time, json
import dataclasses, datetime, statistics, fractions, decimal, typing, copy, heapq, textwrap, enum, os
print(math.sqrt(16), math.pi > 3)
print(string.ascii_lowercase[:5])
print(collections.Counter("banana").most_common(1))
print(list(itertools.permutations([1, 2]))[1])
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(re.findall(r"\d+", "a1b22c333"))
print(json.dumps({"a": [1, 2]}, sort_keys=True))
@dataclasses.dataclass
class Punkts:
    x: int
    y: int = 0
print(Punkts(3))
print(datetime.date(2026, 11, 24).isoformat(), datetime.timedelta(days=2))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]))
print(fractions.Fraction(1, 3) + fractions.Fraction(1, 6))
print(decimal.Decimal("0.1") + decimal.Decimal("0.2"))
print(copy.deepcopy([[1], [2]]), heapq.nsmallest(2, [5, 1, 3]))
print(textwrap.shorten("Sveika pasaule un visi citi", width=15))
class Krasa(enum.Enum):
    SARKANA = 1
print(Krasa.SARKANA.name, os.getcwd())
print(random.randint(1, 6) in range(1, 7))
print(datetime.datetime.strptime("2026-12-03", "%Y-%m-%d").day)
"#,
        "4.0 True\nabcde\n[('a', 3)]\n(2, 1)\n24\n['1', '22', '333']\n{\"a\": [1, 2]}\nPunkts(x=3, y=0)\n\
         2026-11-24 2 days, 0:00:00\n2.5 2\n1/2\n0.3\n[[1], [2]] [1, 3]\nSveika [...]\nSARKANA /\nTrue\n3\n",
    );
}

#[test]
fn a_seed_makes_random_repeatable() {
    let code =
        "import random\nprint([random.randint(1, 100) for _ in range(5)], random.choice('abcdef'))";
    let first = run_with(code, |request| request.seed = Some(42));
    let second = run_with(code, |request| request.seed = Some(42));
    let other = run_with(code, |request| request.seed = Some(7));
    assert_eq!(first.outcome, RunOutcome::Finished, "{}", first.stderr);
    assert_eq!(first.stdout, second.stdout);
    assert_ne!(first.stdout, other.stdout);
}

#[test]
fn the_clock_works_and_datetime_now_is_now() {
    check(
        "import time, datetime\nstart = time.perf_counter()\ntime.sleep(0.05)\n\
         print(0.04 < time.perf_counter() - start < 2)\nprint(datetime.datetime.now().year >= 2026)\n\
         print(time.time() > 1.7e9, time.monotonic() >= 0, time.time_ns() > 0)",
        "True\nTrue\nTrue True True\n",
    );
}

#[test]
fn a_name_error_points_at_its_line_and_suggests_a_name() {
    let run = run("vards = 'Anna'\nprint(vards)\nprint(vard)");
    assert_eq!(run.stdout, "Anna\n");
    let error = error_of(&run);
    assert_eq!(error.kind, "NameError");
    assert_eq!(error.line, Some(3));
    assert!(
        error.message.starts_with("name 'vard' is not defined"),
        "{}",
        error.message
    );
    assert!(
        error.message.contains("vards"),
        "no suggestion: {}",
        error.message
    );
    assert_eq!(
        error.traceback,
        format!(
            "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n    print(vard)\nNameError: {}\n",
            error.message
        )
    );
}

#[test]
fn an_error_inside_a_function_shows_only_the_students_frames() {
    let run = run(
        "import statistics\ndef videjais(saraksts):\n    return sum(saraksts) / len(saraksts)\n\nprint(videjais([]))",
    );
    let error = error_of(&run);
    assert_eq!(error.kind, "ZeroDivisionError");
    assert_eq!(error.line, Some(3));
    let frames: Vec<_> = error
        .frames
        .iter()
        .map(|frame| (frame.line, frame.function.as_str()))
        .collect();
    assert_eq!(frames, [(5, "<module>"), (3, "videjais")]);
    assert_eq!(
        error.frames[1].source,
        "return sum(saraksts) / len(saraksts)"
    );
}

#[test]
fn adding_text_and_a_number_is_a_type_error() {
    let run = run("vecums = 12\nprint('Man ir ' + vecums + ' gadi')");
    let error = error_of(&run);
    assert_eq!(error.kind, "TypeError");
    assert_eq!(error.line, Some(2));
    assert!(error.message.contains("str"), "{}", error.message);
}

#[test]
fn syntax_errors_have_a_line_and_column() {
    let run = run("print('sveiki')\nif x == 1\n    print(x)");
    let error = error_of(&run);
    assert_eq!(error.kind, "SyntaxError");
    assert_eq!(error.line, Some(2));
    assert!(error.column.is_some(), "{error:?}");
    assert!(
        error.traceback.contains("SyntaxError"),
        "{}",
        error.traceback
    );
    assert_eq!(run.stdout, "", "nothing runs when the code does not parse");
}

#[test]
fn indentation_errors_are_reported_as_such() {
    let error = error_of(&run("for i in range(3):\nprint(i)")).clone();
    assert_eq!(error.kind, "IndentationError");
    assert_eq!(error.line, Some(2));
}

#[test]
fn sys_exit_ends_the_run_with_its_code() {
    assert_eq!(
        run("import sys\nprint('a')\nsys.exit()\nprint('b')").outcome,
        RunOutcome::Finished
    );
    assert_eq!(
        run("import sys\nsys.exit(3)").outcome,
        RunOutcome::Exited { code: 3 }
    );
    let with_message = run("import sys\nsys.exit('Beigas!')");
    assert_eq!(with_message.outcome, RunOutcome::Exited { code: 1 });
    assert_eq!(with_message.stderr, "Beigas!\n");
}

#[test]
fn a_run_starts_with_fresh_globals() {
    check("x = 5\nprint(x)", "5\n");
    let run = run("print(x)");
    assert_eq!(error_of(&run).kind, "NameError");
}

#[test]
fn an_endless_loop_is_stopped_by_the_time_limit() {
    let run = run_with("print('sākums')\nwhile True:\n    pass", |request| {
        request.limits.time_ms = 300
    });
    assert_eq!(run.outcome, RunOutcome::TimeLimit { limit_ms: 300 });
    assert_eq!(run.stdout, "sākums\n");
    // The runtime is still usable afterwards.
    check("print('vēlreiz')", "vēlreiz\n");
}

#[test]
fn catching_the_interrupt_once_does_not_escape_the_time_limit() {
    let code = "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('noķerts')\nwhile True:\n    pass";
    let run = run_with(code, |request| request.limits.time_ms = 300);
    assert_eq!(run.outcome, RunOutcome::TimeLimit { limit_ms: 300 });
}

#[test]
fn a_long_sleep_is_stopped_by_the_time_limit() {
    let run = run_with("import time\ntime.sleep(60)", |request| {
        request.limits.time_ms = 200
    });
    assert_eq!(run.outcome, RunOutcome::TimeLimit { limit_ms: 200 });
}

#[test]
fn endless_output_is_cut_at_the_line_limit() {
    let run = run("while True:\n    print('x')");
    assert_eq!(
        run.outcome,
        RunOutcome::OutputLimit {
            limit_chars: Limits::default().output_chars,
            limit_lines: 10_000
        }
    );
    assert_eq!(run.stdout.lines().count(), 10_000);
}

#[test]
fn one_huge_line_is_cut_at_the_character_limit() {
    let run = run_with("print('ā' * 5000)", |request| {
        request.limits.output_chars = 1000
    });
    assert_eq!(
        run.outcome,
        RunOutcome::OutputLimit {
            limit_chars: 1000,
            limit_lines: 10_000
        }
    );
    assert_eq!(run.stdout.chars().count(), 1000);
}

#[test]
fn catching_the_output_limit_does_not_escape_it() {
    let code =
        "while True:\n    try:\n        print('x' * 100)\n    except BaseException:\n        pass";
    let run = run_with(code, |request| request.limits.output_chars = 1000);
    assert!(
        matches!(
            run.outcome,
            RunOutcome::OutputLimit { .. } | RunOutcome::TimeLimit { .. }
        ),
        "{:?}",
        run.outcome
    );
}

#[test]
fn endless_recursion_is_a_recursion_error_with_the_repeats_collapsed() {
    let run = run("def f(n):\n    return f(n + 1)\n\nf(0)");
    let error = error_of(&run);
    assert_eq!(error.kind, "RecursionError");
    assert_eq!(error.frames.len(), 2, "{:?}", error.frames);
    assert!(error.frames[1].repeated > 900, "{:?}", error.frames[1]);
    assert!(
        error.traceback.contains("more times]"),
        "{}",
        error.traceback
    );
}

#[test]
fn files_given_with_the_run_can_be_read_written_and_appended() {
    let code = "with open('dati.txt') as f:\n    print(f.read().upper())\n\
                with open('jauns.txt', 'w') as f:\n    f.write('sveiki')\n\
                with open('jauns.txt', 'a') as f:\n    print(' un atā', file=f)\n\
                print(open('jauns.txt').read(), end='')\nfor rinda in open('dati.txt'):\n    print(len(rinda.strip()))\n\
                open('nav.txt')";
    let run = run_with(code, |request| {
        request
            .files
            .insert("dati.txt".into(), "ābols\nbumbieris\n".into());
    });
    assert_eq!(run.stdout, "ĀBOLS\nBUMBIERIS\n\nsveiki un atā\n5\n9\n");
    let error = error_of(&run);
    assert_eq!(error.kind, "FileNotFoundError");
    assert_eq!(error.line, Some(10));
    // Files written in one run are gone in the next.
    assert_eq!(
        error_of(&run_with("open('jauns.txt')", |_| {})).kind,
        "FileNotFoundError"
    );
}

/// A host that fails while the program prints: the runtime must report a crash, not take the
/// caller down, and the next run must work on a fresh runtime.
struct PanickingHost;

impl Host for PanickingHost {
    fn write(&mut self, _stream: Stream, text: &str) {
        if text.contains("boom") {
            panic!("the host failed on purpose");
        }
    }

    fn read_line(&mut self, _prompt: &str) -> Option<String> {
        None
    }
}

#[test]
fn a_panic_during_a_run_is_reported_and_the_next_run_works() {
    let runner = NativeRunner::new();
    let outcome = runner.run_with_host(
        RunRequest::new("print('ok')\nprint('boom')"),
        Box::new(PanickingHost),
    );
    assert_eq!(
        outcome,
        RunOutcome::Crashed {
            message: "the host failed on purpose".into()
        }
    );
    let after = runner.run_captured(RunRequest::new("print('vēl dzīvs')"));
    assert_eq!(after.outcome, RunOutcome::Finished);
    assert_eq!(after.stdout, "vēl dzīvs\n");
}

#[test]
fn the_same_program_run_again_runs_afresh_with_its_new_input() {
    // Compiled once and kept: each run still gets fresh globals and its own input.
    let code = "import sys\nn = int(input())\ntotal = globals().get('total', 0) + n\nprint(total)";
    let lines = |line: &str| {
        let line = line.to_owned();
        run_with(code, move |request| request.stdin = vec![line]).stdout
    };
    assert_eq!(lines("2"), "2\n");
    assert_eq!(lines("5"), "5\n");
    // Another text is compiled anew; a mistake in it is its own.
    assert!(matches!(run("print(1 +)").outcome, RunOutcome::Error(_)));
    assert_eq!(lines("7"), "7\n");
}

/// A host that keeps stderr and says how it answers for the on-demand library.
struct LibraryHost {
    stderr: std::sync::Arc<std::sync::Mutex<String>>,
    asked: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    offline: bool,
}

impl Host for LibraryHost {
    fn write(&mut self, stream: Stream, text: &str) {
        if stream == Stream::Stderr {
            self.stderr.lock().unwrap().push_str(text);
        }
    }

    fn read_line(&mut self, _prompt: &str) -> Option<String> {
        None
    }

    fn python_library(&mut self) -> Result<Vec<u8>, String> {
        self.asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        if self.offline {
            Err("the portal cannot be reached".to_owned())
        } else {
            Ok(darbnica_python::on_demand::BUILT_IN.to_vec())
        }
    }
}

/// Runs `code` in a fresh runtime whose host is [`LibraryHost`]: how it ended, its stderr, and how
/// many times the library was asked for.
fn run_with_library(
    runner: &NativeRunner,
    code: &str,
    offline: bool,
) -> (RunOutcome, String, usize) {
    let stderr = std::sync::Arc::default();
    let asked = std::sync::Arc::default();
    let host = LibraryHost {
        stderr: std::sync::Arc::clone(&stderr),
        asked: std::sync::Arc::clone(&asked),
        offline,
    };
    let outcome = runner.run_with_host(RunRequest::new(code), Box::new(host));
    let stderr = stderr.lock().unwrap().clone();
    (
        outcome,
        stderr,
        asked.load(std::sync::atomic::Ordering::SeqCst),
    )
}

#[test]
fn the_runtimes_start_checks_and_common_modules_do_not_download_the_on_demand_library() {
    let runner = NativeRunner::new();
    let code = r#"
import random, math, string, collections, re, time, json, copy, itertools, functools, os
import checks, ast
print(ast.dump(ast.parse("for i in range(3): pass"))[:6])
print(random.randint(1, 6) in range(1, 7), json.dumps(copy.deepcopy({"a": [1]})))
"#;
    let (outcome, stderr, asked) = run_with_library(&runner, code, true);
    assert_eq!(outcome, RunOutcome::Finished, "{stderr}");
    assert_eq!(asked, 0, "a common program asked for the on-demand library");
}

#[test]
fn an_on_demand_module_is_loaded_once_and_says_why_when_it_cannot_be() {
    let runner = NativeRunner::new();
    let (outcome, stderr, asked) = run_with_library(&runner, "import decimal", true);
    let RunOutcome::Error(error) = outcome else {
        panic!("importing offline ended {outcome:?}");
    };
    assert_eq!(error.kind, "ImportError", "{stderr}");
    assert!(
        error
            .message
            .contains("the module 'decimal' could not be downloaded: the portal cannot be reached"),
        "{error:?}"
    );
    assert_eq!(
        darbnica_api::explain::explain(&error).map(|explanation| explanation.key),
        Some("explain-module-download")
    );
    assert_eq!(asked, 1);
    // Back online: the same runtime tries again, loads the library once, and keeps it.
    let code = "import decimal, statistics\nprint(decimal.Decimal('0.1') + decimal.Decimal('0.2'), statistics.mean([1, 2]))\nimport fractions\nprint(fractions.Fraction(1, 3))";
    let (outcome, stderr, asked) = run_with_library(&runner, code, false);
    assert_eq!(outcome, RunOutcome::Finished, "{stderr}");
    assert_eq!(asked, 1, "the library was asked for more than once");
    let (outcome, _, asked) = run_with_library(&runner, "import datetime", true);
    assert_eq!(outcome, RunOutcome::Finished);
    assert_eq!(asked, 0, "a loaded library was asked for again");
}

#[test]
fn every_module_of_the_on_demand_library_imports() {
    for (name, _) in darbnica_python::on_demand::MODULES {
        check(
            &format!("import sys, {name}\nprint('{name}' in sys.modules)"),
            "True\n",
        );
    }
}
