//! A teacher's own exercise's checks, as the form makes them (`darbnica_api::own_exercises`), run
//! natively exactly as the worker runs them: the solution passes, wrong programs fail, and the
//! random cases compare with the solution.

use std::sync::OnceLock;

use darbnica_api::own_exercises::{
    CallCase, EitherLanguage, FormChecks, FunctionChecks, NumberRange, OutputCase, OwnChecks,
    OwnExercise, RandomNumbers,
};
use darbnica_python::native::NativeRunner;
use darbnica_python::{CheckReport, CheckSpec, RunOutcome, RunRequest};

fn runner() -> &'static NativeRunner {
    static RUNNER: OnceLock<NativeRunner> = OnceLock::new();
    RUNNER.get_or_init(NativeRunner::new)
}

fn exercise(solution: &str, checks: FormChecks) -> OwnExercise {
    OwnExercise {
        title: EitherLanguage {
            lv: "Uzdevums".into(),
            en: String::new(),
        },
        text: EitherLanguage {
            lv: "Teksts".into(),
            en: String::new(),
        },
        starter: String::new(),
        solution: solution.into(),
        checks: OwnChecks::Form(checks),
    }
}

/// `code` run against `exercise`'s checks, as the page runs a student's program.
fn report(exercise: &OwnExercise, code: &str, input: &[&str]) -> CheckReport {
    assert_eq!(exercise.problems(), vec![]);
    let mut request = RunRequest::new(code);
    request.stdin = input.iter().map(|line| (*line).to_owned()).collect();
    request.check = Some(CheckSpec {
        check: exercise.check_py(),
        solution: exercise.solution.clone(),
        lang: "lv".into(),
    });
    let run = runner().run_captured(request);
    assert_eq!(run.outcome, RunOutcome::Finished, "stderr: {}", run.stderr);
    let report = run.report.expect("a finished run with checks has a report");
    assert!(
        report.broken.is_none(),
        "broken checks: {:?}",
        report.broken
    );
    report
}

#[test]
fn output_cases_with_quotes_and_lines_pass_the_solution_and_fail_a_wrong_program() {
    let solution = "name = input()\nprint(f'Sveiki, \"{name}\"!')\nprint('Uz redzēšanos')\n";
    let exercise = exercise(
        solution,
        FormChecks {
            outputs: vec![
                OutputCase {
                    input: vec!["Anna".into()],
                    output: "Sveiki, \"Anna\"!\nUz redzēšanos".into(),
                },
                OutputCase {
                    input: vec!["Ēriks \\ Jr.".into()],
                    output: "Sveiki, \"Ēriks \\ Jr.\"!\nUz redzēšanos\n".into(),
                },
            ],
            ..FormChecks::default()
        },
    );
    assert!(report(&exercise, solution, &["Anna"]).passed());
    let wrong = "name = input()\nprint('Sveiki, ' + name)\n";
    let failed = report(&exercise, wrong, &["Anna"]);
    assert!(!failed.passed());
    assert!(!failed.failures.is_empty());
}

#[test]
fn function_cases_and_random_arguments_compare_with_the_solution() {
    let solution = "def area(a, b):\n    return a * b\n";
    let exercise = exercise(
        solution,
        FormChecks {
            function: Some(FunctionChecks {
                name: "area".into(),
                cases: vec![CallCase {
                    args: "3, 4".into(),
                    expected: "12".into(),
                }],
                random: Some(RandomNumbers {
                    ranges: vec![
                        NumberRange { low: 1, high: 20 },
                        NumberRange { low: 1, high: 20 },
                    ],
                    count: 10,
                }),
            }),
            ..FormChecks::default()
        },
    );
    assert!(report(&exercise, solution, &[]).passed());
    // Right for the given case, wrong elsewhere: only the random cases find it.
    let lucky = "def area(a, b):\n    if (a, b) == (3, 4):\n        return 12\n    return a + b\n";
    assert!(!report(&exercise, lucky, &[]).passed());
    // No such function.
    assert!(!report(&exercise, "def laukums(a, b):\n    return a * b\n", &[]).passed());
}

#[test]
fn random_input_lines_compare_the_output_with_the_solution() {
    let solution = "a = int(input())\nb = int(input())\nprint(a + b)\n";
    let exercise = exercise(
        solution,
        FormChecks {
            random_inputs: Some(RandomNumbers {
                ranges: vec![
                    NumberRange {
                        low: -100,
                        high: 100,
                    },
                    NumberRange { low: 0, high: 9 },
                ],
                count: 8,
            }),
            ..FormChecks::default()
        },
    );
    assert!(report(&exercise, solution, &["1", "2"]).passed());
    let wrong = "a = int(input())\nb = int(input())\nprint(a - b)\n";
    assert!(!report(&exercise, wrong, &["1", "2"]).passed());
}
