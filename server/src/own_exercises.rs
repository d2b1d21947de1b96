//! Teachers' own exercises (`darbnica_api::own_exercises`) as the server keeps them: a draft is
//! checked by the rules the app checks too, then its Python is parsed with ruff's parser (the
//! crate RustPython uses) and its Markdown rendered by the content's own renderer, which refuses
//! raw HTML and unsafe links, so that what the server stores is what content could be. Stored as
//! JSON in `own_exercises` (`0007_own_exercises.sql`), with its item key (`own/<id>`) beside it.
//!
//! Who may read one: its teacher, and the students of that teacher's classes that have it
//! assigned ([`readable`]). Everyone else gets the same 404 as for an id that does not exist.

use std::collections::HashMap;

use darbnica_api::own_exercises::{
    DraftProblem, DraftProblemKind, OWN_COURSE, OwnChecks, OwnExercise, SOLUTION_AFTER_TRIES,
    TIME_LIMIT_MS,
};
use darbnica_api::{ExerciseDetail, ExerciseKind, Localized};

use crate::AppState;
use crate::error::Result;
use crate::sessions::SessionUser;

/// Everything wrong with `exercise`: the shared rules, then its Python and its Markdown.
pub fn problems(exercise: &OwnExercise) -> Vec<DraftProblem> {
    let mut problems = exercise.problems();
    if !problems.is_empty() {
        return problems;
    }
    let mut report = |field: &str, problem| {
        problems.push(DraftProblem {
            field: field.to_owned(),
            problem,
        });
    };
    for (field, code) in [
        ("starter", exercise.starter.as_str()),
        ("solution", exercise.solution.as_str()),
    ] {
        if let Err(problem) = python_module(code) {
            report(field, problem);
        }
    }
    match &exercise.checks {
        OwnChecks::Script { check_py } => {
            if let Err(problem) = python_module(check_py) {
                report("check_py", problem);
            }
        }
        OwnChecks::Form(form) => {
            let mut broken_case = false;
            if let Some(function) = &form.function {
                for (index, case) in function.cases.iter().enumerate() {
                    // The arguments go into a call's tuple, the value stands alone.
                    let args = format!("({},)", case.args.trim());
                    if !case.args.trim().is_empty() && python_expression(&args).is_err() {
                        broken_case = true;
                        report(
                            &format!("function.cases.{index}.args"),
                            not_python(&case.args),
                        );
                    }
                    if python_expression(case.expected.trim()).is_err() {
                        broken_case = true;
                        report(
                            &format!("function.cases.{index}.expected"),
                            not_python(&case.expected),
                        );
                    }
                }
            }
            // What the form made must be Python too: it is, once its cases are.
            if !broken_case && let Err(problem) = python_module(&exercise.check_py()) {
                report("checks", problem);
            }
        }
    }
    for (code, markdown) in [("lv", &exercise.text.lv), ("en", &exercise.text.en)] {
        if let Err((line, message)) = darbnica_lessons::markdown::to_html(markdown) {
            report(
                &format!("text.{code}"),
                DraftProblemKind::Markdown {
                    line: u32::try_from(line).unwrap_or(u32::MAX),
                    message,
                },
            );
        }
    }
    problems
}

fn python_module(code: &str) -> std::result::Result<(), DraftProblemKind> {
    ruff_python_parser::parse_module(code)
        .map(drop)
        .map_err(|error| DraftProblemKind::NotPython {
            line: line_of(code, error.location.start().to_usize()),
            message: error.error.to_string(),
        })
}

fn python_expression(code: &str) -> std::result::Result<(), ()> {
    ruff_python_parser::parse_expression(code)
        .map(drop)
        .map_err(drop)
}

fn not_python(code: &str) -> DraftProblemKind {
    let message = ruff_python_parser::parse_expression(code.trim())
        .err()
        .map(|error| error.error.to_string())
        .unwrap_or_else(|| "not one Python value".to_owned());
    DraftProblemKind::NotPython { line: 1, message }
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> u32 {
    let before = text.get(..offset).unwrap_or(text);
    u32::try_from(before.matches('\n').count() + 1).unwrap_or(u32::MAX)
}

/// What a student's page needs to do `exercise` (checked: [`problems`] found nothing), under the
/// item key `own/<id>`.
pub fn detail(id: &str, exercise: &OwnExercise) -> ExerciseDetail {
    let text = exercise.text.localized();
    let html = |markdown: &str| darbnica_lessons::markdown::to_html(markdown).unwrap_or_default();
    let code = |code: &str| Localized {
        lv: code.to_owned(),
        en: code.to_owned(),
    };
    ExerciseDetail {
        course: OWN_COURSE.to_owned(),
        course_title: Localized {
            lv: String::new(),
            en: String::new(),
        },
        lesson: String::new(),
        lesson_title: Localized {
            lv: String::new(),
            en: String::new(),
        },
        id: id.to_owned(),
        title: exercise.title.localized(),
        kind: ExerciseKind::Program,
        difficulty: 1,
        tags: Vec::new(),
        text_html: Localized {
            lv: html(&text.lv),
            en: html(&text.en),
        },
        hints_html: Vec::new(),
        starter: code(&exercise.starter),
        solution: code(&exercise.solution),
        check: exercise.check_py(),
        time_limit_ms: TIME_LIMIT_MS,
        solution_after_tries: SOLUTION_AFTER_TRIES,
        input: first_input(exercise),
        previous: None,
        next: None,
    }
}

/// What `input()` gets when the page runs the program: the form's first case's lines, or the
/// low end of each random line; past them the page asks the student.
fn first_input(exercise: &OwnExercise) -> Vec<String> {
    let OwnChecks::Form(form) = &exercise.checks else {
        return Vec::new();
    };
    if let Some(case) = form.outputs.first() {
        return case.input.clone();
    }
    form.random_inputs
        .as_ref()
        .map(|random| {
            random
                .ranges
                .iter()
                .map(|range| range.low.to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// A stored exercise, read back (it was checked when stored; `None` if the JSON no longer reads,
/// which is logged).
pub fn from_body(id: &str, body: &str) -> Option<OwnExercise> {
    serde_json::from_str(body)
        .inspect_err(|error| tracing::error!("own exercise {id} does not read: {error}"))
        .ok()
}

/// The own exercise `id` if `user` may read it: its teacher, or a student in a class of that
/// teacher's that has it assigned.
pub async fn readable(
    state: &AppState,
    user: &SessionUser,
    id: &str,
) -> Result<Option<OwnExercise>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT e.body FROM own_exercises e WHERE e.id = $1 AND (e.teacher_id = $2 OR EXISTS ( \
             SELECT 1 FROM assignments a JOIN classes c ON c.id = a.class_id \
             JOIN class_members m ON m.class_id = a.class_id \
             WHERE a.item = e.item AND c.teacher_id = e.teacher_id AND m.student_id = $2))",
    )
    .bind(id)
    .bind(&user.id)
    .fetch_optional(state.database.pool())
    .await?;
    Ok(row.and_then(|(body,)| from_body(id, &body)))
}

/// Whether `teacher` may assign their own exercise `id`: it is theirs and, by today's rules, has
/// no problems (a broken exercise cannot be assigned).
pub async fn assignable(state: &AppState, teacher: &str, id: &str) -> Result<bool> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT body FROM own_exercises WHERE id = $1 AND teacher_id = $2")
            .bind(id)
            .bind(teacher)
            .fetch_optional(state.database.pool())
            .await?;
    Ok(row
        .and_then(|(body,)| from_body(id, &body))
        .is_some_and(|exercise| problems(&exercise).is_empty()))
}

/// The titles of the own exercises among the items assigned to `class`, by item key.
pub async fn titles_in_class(state: &AppState, class: &str) -> Result<HashMap<String, Localized>> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT e.item, e.title FROM own_exercises e JOIN assignments a ON a.item = e.item \
         JOIN classes c ON c.id = a.class_id \
         WHERE a.class_id = $1 AND c.teacher_id = e.teacher_id",
    )
    .bind(class)
    .fetch_all(state.database.pool())
    .await?;
    Ok(titles(rows))
}

/// The titles of the own exercises assigned to `student` in their classes, by item key.
pub async fn titles_for_student(
    state: &AppState,
    student: &str,
) -> Result<HashMap<String, Localized>> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT DISTINCT e.item, e.title FROM own_exercises e \
         JOIN assignments a ON a.item = e.item JOIN classes c ON c.id = a.class_id \
         JOIN class_members m ON m.class_id = a.class_id \
         WHERE m.student_id = $1 AND c.teacher_id = e.teacher_id",
    )
    .bind(student)
    .fetch_all(state.database.pool())
    .await?;
    Ok(titles(rows))
}

fn titles(rows: Vec<(String, String)>) -> HashMap<String, Localized> {
    rows.into_iter()
        .filter_map(|(item, title)| Some((item, serde_json::from_str(&title).ok()?)))
        .collect()
}

/// The starter of the own exercise with item key `item`, for the similarity view to leave out.
pub async fn starter_of(state: &AppState, item: &str) -> Result<Option<String>> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT id, body FROM own_exercises WHERE item = $1")
            .bind(item)
            .fetch_optional(state.database.pool())
            .await?;
    Ok(row.and_then(|(id, body)| from_body(&id, &body).map(|exercise| exercise.starter)))
}

#[cfg(test)]
mod tests {
    use darbnica_api::own_exercises::{CallCase, EitherLanguage, FormChecks, FunctionChecks};

    use super::*;

    fn exercise() -> OwnExercise {
        OwnExercise {
            title: EitherLanguage {
                lv: "Dubulto".into(),
                en: "Double it".into(),
            },
            text: EitherLanguage {
                lv: "Uzraksti `double(n)`.".into(),
                en: "Write `double(n)`.".into(),
            },
            starter: "def double(n):\n    pass\n".into(),
            solution: "def double(n):\n    return 2 * n\n".into(),
            checks: OwnChecks::Form(FormChecks {
                function: Some(FunctionChecks {
                    name: "double".into(),
                    cases: vec![CallCase {
                        args: "3".into(),
                        expected: "6".into(),
                    }],
                    random: None,
                }),
                ..FormChecks::default()
            }),
        }
    }

    fn fields(exercise: &OwnExercise) -> Vec<(String, DraftProblemKind)> {
        problems(exercise)
            .into_iter()
            .map(|problem| (problem.field, problem.problem))
            .collect()
    }

    #[test]
    fn a_good_exercise_has_no_problems_and_reads_as_a_course_exercise() {
        let exercise = exercise();
        assert_eq!(fields(&exercise), vec![]);
        let detail = detail("abc", &exercise);
        assert_eq!(detail.course, OWN_COURSE);
        assert_eq!(
            detail.text_html.en,
            "<p>Write <code>double(n)</code>.</p>\n"
        );
        assert!(detail.check.contains("returns(\"double\", (3,), 6)"));
        assert_eq!(detail.input, Vec::<String>::new());
    }

    #[test]
    fn the_page_runs_a_program_with_the_first_cases_input() {
        let mut exercise = exercise();
        let OwnChecks::Form(form) = &mut exercise.checks else {
            unreachable!()
        };
        form.random_inputs = Some(darbnica_api::own_exercises::RandomNumbers {
            ranges: vec![darbnica_api::own_exercises::NumberRange { low: -3, high: 3 }],
            count: 5,
        });
        assert_eq!(detail("abc", &exercise).input, ["-3"]);
        let OwnChecks::Form(form) = &mut exercise.checks else {
            unreachable!()
        };
        form.outputs.push(darbnica_api::own_exercises::OutputCase {
            input: vec!["2".into(), "3".into()],
            output: "5".into(),
        });
        assert_eq!(detail("abc", &exercise).input, ["2", "3"]);
    }

    #[test]
    fn python_that_does_not_parse_is_named_with_its_line() {
        let mut exercise = exercise();
        exercise.solution = "def double(n):\n    return 2 *\n".into();
        let found = fields(&exercise);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "solution");
        assert!(matches!(
            found[0].1,
            DraftProblemKind::NotPython { line: 2, .. }
        ));

        let mut exercise = self::exercise();
        exercise.checks = OwnChecks::Script {
            check_py: "from checks import *\noutput_is(\"x\"\n".into(),
        };
        assert_eq!(fields(&exercise)[0].0, "check_py");
    }

    #[test]
    fn arguments_and_values_must_be_python_and_cannot_break_out_of_the_call() {
        let mut exercise = exercise();
        if let OwnChecks::Form(form) = &mut exercise.checks {
            let function = form.function.as_mut().expect("a function");
            function.cases.push(CallCase {
                args: "3); import os; (1".into(),
                expected: "6".into(),
            });
            function.cases.push(CallCase {
                args: String::new(),
                expected: "[1, 2".into(),
            });
        }
        let found: Vec<String> = fields(&exercise)
            .into_iter()
            .map(|(field, _)| field)
            .collect();
        assert_eq!(
            found,
            ["function.cases.1.args", "function.cases.2.expected"]
        );
    }

    #[test]
    fn raw_html_and_script_links_in_the_task_are_refused_as_in_content() {
        let mut exercise = exercise();
        exercise.text.lv = "Sveiki <script>alert(1)</script>".into();
        exercise.text.en = "[click](javascript:alert(1))".into();
        let found: Vec<String> = fields(&exercise)
            .into_iter()
            .map(|(field, _)| field)
            .collect();
        assert_eq!(found, ["text.lv", "text.en"]);
    }
}
