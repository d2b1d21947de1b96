//! Before a teacher's exercise is saved: its problems by the shared rules, then the server's
//! (its Python parsed, its Markdown rendered), then the solution run against the checks in the
//! worker (it must pass) and the starter (it must not: the student would have nothing to do), and
//! the student's view of it. Save is open only for the draft that went through all of it.

use darbnica_api::ExerciseDetail;
use darbnica_api::own_exercises::{DraftProblem, DraftProblemKind, OwnExercise};
use darbnica_api::python::{CheckSpec, Limits, RunRequest};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::common::form_error::FormError;
use crate::common::submission::Submission;
use crate::courses::check_result::CheckResult;
use crate::own_exercises::draft_state::DraftState;
use crate::running::run_session::Finished;
use crate::running::runner::{PythonRunner, RunEvent, use_python_runner};
use crate::shell::api::{self, Action};
use crate::shell::i18n::{I18n, use_i18n};

/// Where the trial is.
#[derive(Debug, Clone, PartialEq)]
enum Stage {
    NotYet,
    Checking,
    Problems(Vec<DraftProblem>),
    Running,
    Ran,
}

#[component]
pub fn ExerciseTrial(
    draft: DraftState,
    id: Option<String>,
    /// Where the page keeps what was typed until it is saved.
    kept_as: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let runner = use_python_runner();
    let navigate = use_navigate();
    let stage = RwSignal::new(Stage::NotYet);
    let preview = RwSignal::new(None::<ExerciseDetail>);
    let solution_run = RwSignal::new(None::<Finished>);
    let starter_run = RwSignal::new(None::<Finished>);
    // The draft that went through the trial and may be saved.
    let tried = RwSignal::new(None::<OwnExercise>);
    let form = Submission::new();

    let check = move |_| {
        let exercise = draft.exercise();
        solution_run.set(None);
        starter_run.set(None);
        preview.set(None);
        tried.set(None);
        let problems = exercise.problems();
        if !problems.is_empty() {
            stage.set(Stage::Problems(problems));
            return;
        }
        stage.set(Stage::Checking);
        leptos::task::spawn_local(async move {
            match api::check_own_exercise(&exercise).await {
                Ok(checked) if !checked.problems.is_empty() => {
                    stage.set(Stage::Problems(checked.problems));
                }
                Ok(checked) => {
                    let Some(detail) = checked.preview else {
                        stage.set(Stage::NotYet);
                        return;
                    };
                    preview.set(Some(detail.clone()));
                    stage.set(Stage::Running);
                    try_both(
                        runner,
                        i18n,
                        detail,
                        exercise,
                        solution_run,
                        starter_run,
                        stage,
                        tried,
                    );
                }
                Err(failure) => {
                    stage.set(Stage::NotYet);
                    form.fail(failure.message_key_for(Action::Other));
                }
            }
        });
    };
    // Any change after the trial closes Save until the next one.
    let can_save = move || {
        let exercise = draft.exercise();
        tried.with(|tried| tried.as_ref() == Some(&exercise))
    };
    let save = move |_| {
        let Some(exercise) = tried.get_untracked() else {
            return;
        };
        let id = id.clone();
        let navigate = navigate.clone();
        let sent = async move { api::save_own_exercise(id.as_deref(), &exercise).await };
        let kept_as = kept_as.clone();
        form.send(Action::Other, sent, move |_| {
            if let Some(storage) = crate::own_exercises::own_exercise_form::session_storage() {
                let _ = storage.remove_item(&kept_as);
            }
            navigate("/my-exercises", Default::default());
        });
    };

    view! {
        <section class="card own-trial" aria-labelledby="own-trial-heading">
            <h2 id="own-trial-heading">{move || i18n.t("own-trial")}</h2>
            <p class="field__hint">{move || i18n.t("own-trial-hint")}</p>
            <button type="button" class="button" id="own-check" on:click=check
                disabled=move || matches!(stage.get(), Stage::Checking | Stage::Running)>{move || i18n.t("own-check")}</button>
            <div role="status" class="own-trial__status" id="own-trial-status">
                {move || match stage.get() {
                    Stage::NotYet => None,
                    Stage::Checking | Stage::Running => Some(view! { <p>{move || i18n.t("own-trial-running")}</p> }.into_any()),
                    Stage::Problems(problems) => Some(view! {
                        <div class="notice notice--warning" id="own-problems">
                            <p>{move || i18n.t("own-problems")}</p>
                            <ul>{problems.into_iter().map(|problem| view! { <li>{move || problem_text(i18n, &problem)}</li> }).collect_view()}</ul>
                        </div>
                    }.into_any()),
                    Stage::Ran => Some(view! { <p id="own-trial-done">{move || i18n.t(if tried.with(Option::is_some) { "own-trial-good" } else { "own-trial-bad" })}</p> }.into_any()),
                }}
            </div>
            <Show when=move || solution_run.with(Option::is_some)>
                <div class="own-trial__run" id="own-trial-solution">
                    <h3>{move || i18n.t("own-trial-solution")}</h3>
                    <CheckResult finished=solution_run.into()/>
                </div>
            </Show>
            <Show when=move || starter_run.with(Option::is_some)>
                <div class="own-trial__run" id="own-trial-starter">
                    <h3>{move || i18n.t("own-trial-starter")}</h3>
                    <p data-passed=move || passed(starter_run).to_string()>{move || i18n.t(if passed(starter_run) { "own-trial-starter-passes" } else { "own-trial-starter-fails" })}</p>
                </div>
            </Show>
            {move || preview.get().map(|detail| view! { <StudentView detail/> })}
            <div class="own-trial__save">
                <button type="button" class="button" id="own-save" on:click=save
                    disabled=move || !can_save() || form.is_busy()>{move || i18n.t("own-save")}</button>
                <FormError message=form.error id="own-save-error"/>
            </div>
        </section>
    }
}

fn passed(run: RwSignal<Option<Finished>>) -> bool {
    run.with(|run| {
        run.as_ref()
            .and_then(|run| run.report.as_ref())
            .is_some_and(|report| report.passed())
    })
}

/// Runs the solution, then the starter, each with the exercise's checks; `tried` becomes the
/// exercise when the solution passes and the starter does not.
#[allow(clippy::too_many_arguments)]
fn try_both(
    runner: PythonRunner,
    i18n: I18n,
    detail: ExerciseDetail,
    exercise: OwnExercise,
    solution_run: RwSignal<Option<Finished>>,
    starter_run: RwSignal<Option<Finished>>,
    stage: RwSignal<Stage>,
    tried: RwSignal<Option<OwnExercise>>,
) {
    let request = move |code: &str| {
        let lang = i18n.language().code();
        let mut request = RunRequest::new(code);
        request.stdin = detail.input.clone();
        request.limits = Limits {
            time_ms: detail.time_limit_ms,
            ..Limits::default()
        };
        request.check = Some(CheckSpec {
            check: detail.check.clone(),
            solution: detail.solution.get(lang).to_owned(),
            lang: lang.to_owned(),
        });
        request
    };
    let starter = request(&exercise.starter);
    runner.run(request(&exercise.solution), move |event| {
        let Some(finished) = ended(event) else {
            return;
        };
        solution_run.set(Some(finished));
        let exercise = exercise.clone();
        runner.run(starter.clone(), move |event| {
            let Some(finished) = ended(event) else {
                return;
            };
            starter_run.set(Some(finished));
            if passed(solution_run) && !passed(starter_run) {
                tried.set(Some(exercise.clone()));
            }
            stage.set(Stage::Ran);
        });
    });
}

/// How a run ended, from its last event (the output before it is not shown).
fn ended(event: RunEvent) -> Option<Finished> {
    let RunEvent::Done(outcome, report, model) = event else {
        return None;
    };
    Some(Finished {
        outcome,
        report,
        model,
    })
}

/// The exercise as a student will see it: its title, its task and the code they start with.
#[component]
fn StudentView(detail: ExerciseDetail) -> impl IntoView {
    let i18n = use_i18n();
    let title = detail.title.clone();
    let text = detail.text_html.clone();
    let starter = detail.starter.lv.clone();
    view! {
        <section class="own-preview" id="own-preview" aria-labelledby="own-preview-heading">
            <h3 id="own-preview-heading">{move || i18n.t("own-preview")}</h3>
            <div class="own-preview__page">
                <p class="own-preview__title">{move || title.get(i18n.language().code()).to_owned()}</p>
                // The task as the server rendered it from Markdown (raw HTML refused).
                <div class="task-text" inner_html=move || text.get(i18n.language().code()).to_owned()></div>
                <pre class="code-snapshot">{starter}</pre>
            </div>
        </section>
    }
}

/// A problem of the draft in the teacher's language: which field, and what is wrong with it.
fn problem_text(i18n: I18n, problem: &DraftProblem) -> String {
    let parts: Vec<&str> = problem.field.split('.').collect();
    let number = |index: &str| index.parse::<i64>().map_or(0, |index| index + 1);
    let field = match parts.as_slice() {
        [name, language @ ("lv" | "en")] => format!(
            "{} ({})",
            i18n.t(field_key(name)),
            i18n.t(if *language == "lv" {
                "own-in-lv"
            } else {
                "own-in-en"
            })
        ),
        ["outputs", index, ..] => i18n.t_args("own-output-case", &[("number", number(index))]),
        ["function", "cases", index, ..] => {
            i18n.t_args("own-call-case", &[("number", number(index))])
        }
        ["function", "random"] => i18n.t("own-random-calls"),
        [name, ..] => i18n.t(field_key(name)),
        [] => String::new(),
    };
    let words = match &problem.problem {
        DraftProblemKind::Missing => i18n.t("own-problem-missing"),
        DraftProblemKind::OtherLanguageMissing => i18n.t("own-problem-other-language"),
        DraftProblemKind::TooLong { max } => {
            i18n.t_args("own-problem-too-long", &[("max", *max as i64)])
        }
        DraftProblemKind::TooMany { max } => {
            i18n.t_args("own-problem-too-many", &[("max", *max as i64)])
        }
        DraftProblemKind::ControlCharacters => i18n.t("own-problem-control"),
        DraftProblemKind::NotAName => i18n.t("own-problem-name"),
        DraftProblemKind::BadRange => i18n.t("own-problem-range"),
        DraftProblemKind::NoChecks => i18n.t("own-problem-no-checks"),
        DraftProblemKind::NotPython { line, message } => i18n.t_text_args(
            "own-problem-python",
            &[("line", line.to_string()), ("message", message.clone())],
        ),
        DraftProblemKind::Markdown { line, .. } => {
            i18n.t_args("own-problem-markdown", &[("line", i64::from(*line))])
        }
    };
    format!("{field}: {words}")
}

/// The label of a field named in a problem.
fn field_key(name: &str) -> &'static str {
    match name {
        "title" => "own-title",
        "text" => "own-text",
        "starter" => "own-starter",
        "solution" => "own-solution",
        "check_py" => "own-check-py",
        "function" => "own-function-name",
        "random_inputs" => "own-random-inputs",
        "outputs" => "own-outputs",
        _ => "own-checks",
    }
}
