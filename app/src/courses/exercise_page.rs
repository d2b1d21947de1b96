//! An exercise: the task, the editor with the starter (or the student's last code), Run (which
//! runs and checks), the output and what the checks found, hints one at a time, Reset, the
//! solution once solved or after enough tries, and the way on. Progress is stored in this browser
//! the moment it changes, and each ended run goes into the outbox for syncing.

use darbnica_api::ExerciseDetail;
use darbnica_api::python::{CheckSpec, Limits, RunRequest};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::courses::check_result::CheckResult;
use crate::courses::progress_badge::ProgressBadge;
use crate::progress::store::{self, ExerciseProgress, Status};
use crate::progress::sync::use_progress_sync;
use crate::running::code_editor::{CodeEditor, EditorControl, highlight_code_blocks};
use crate::running::run_panel::RunPanel;
use crate::running::run_session::{Finished, RunSession};
use crate::running::run_toolbar::{RunToolbar, ToolbarTexts};
use crate::running::runner::{PageOutcome, use_python_runner};
use crate::sandbox::model_viewport::ModelViewport;
use crate::sandbox::sandbox_page::ParamControls;
use crate::shell::api;
use crate::shell::i18n::use_i18n;

const TOOLBAR: ToolbarTexts = ToolbarTexts {
    run: "exercise-run",
    reset: "exercise-reset",
    reset_note: "exercise-reset-note",
    shortcut: "exercise-shortcut",
};

/// How long after the last keystroke the code is stored.
const SAVE_DELAY: std::time::Duration = std::time::Duration::from_millis(600);

#[component]
pub fn ExercisePage() -> impl IntoView {
    let params = use_params_map();
    let ids = move || {
        params.with(|params| {
            (
                params.get("course").unwrap_or_default(),
                params.get("exercise").unwrap_or_default(),
            )
        })
    };
    let exercise = LocalResource::new(move || {
        let (course, exercise) = ids();
        async move {
            let detail = api::fetch_exercise(&course, &exercise).await?;
            let stored = store::load(&course, &exercise)
                .await
                .unwrap_or_else(|error| {
                    leptos::logging::warn!("progress could not be read: {error:?}");
                    None
                });
            Ok::<_, api::ApiError>((detail, stored))
        }
    });
    let page = move || {
        Suspend::new(async move {
            match exercise.await {
                Ok((detail, stored)) => {
                    let progress =
                        stored.unwrap_or_else(|| ExerciseProgress::new(&detail.course, &detail.id));
                    view! { <ExerciseView detail progress/> }.into_any()
                }
                Err(error) => view! {
                    <ErrorState
                        title_key="exercise-error-title"
                        message_key=error.message_key()
                        on_retry=move || exercise.refetch()
                    />
                }
                .into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=move || view! { <LoadingState message_key="exercise-loading"/> }>{page}</Suspense>
    }
}

#[component]
fn ExerciseView(detail: ExerciseDetail, progress: ExerciseProgress) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.language().code();
    let detail = StoredValue::new(detail);
    let initial_code = progress
        .code
        .clone()
        .unwrap_or_else(|| detail.with_value(|detail| detail.starter.get(lang()).to_owned()));
    let progress = RwSignal::new(progress);
    let code = StoredValue::new(initial_code.clone());
    let control = EditorControl::new();
    let session = RunSession::new(use_python_runner());
    let show_solution = RwSignal::new(false);
    // A model exercise draws what the program showed.
    let is_model = detail.with_value(|detail| detail.kind == darbnica_api::ExerciseKind::Model);
    let mesh = RwSignal::new(None::<std::sync::Arc<crate::running::runner::ModelMesh>>);
    let model_info = RwSignal::new(None::<Box<darbnica_api::python::ModelInfo>>);
    let param_values = StoredValue::new(std::collections::BTreeMap::<String, f64>::new());
    let save_generation = StoredValue::new(0u32);
    let sync = use_progress_sync();
    let item = detail.with_value(|detail| format!("{}/{}", detail.course, detail.id));

    // Progress merged from the student's other devices shows here without a reload (the code in
    // the editor stays as it is).
    Effect::new(move |previous: Option<u32>| {
        let changed = sync.changed.get();
        if previous.is_some_and(|previous| previous != changed) {
            let (course, exercise) =
                detail.with_value(|detail| (detail.course.clone(), detail.id.clone()));
            leptos::task::spawn_local(async move {
                if let Ok(Some(stored)) = store::load(&course, &exercise).await {
                    progress.update(|progress| {
                        progress.attempts = progress.attempts.max(stored.attempts);
                        if stored.status == Some(Status::Solved) {
                            progress.status = Some(Status::Solved);
                            progress.solved_at = stored.solved_at.or(progress.solved_at);
                        } else if progress.status.is_none() {
                            progress.status = stored.status;
                        }
                    });
                }
            });
        }
        changed
    });

    let store = move || {
        let snapshot = progress.get_untracked();
        leptos::task::spawn_local(async move {
            if let Err(error) = store::save(&snapshot).await {
                leptos::logging::warn!("progress could not be saved: {error:?}");
            }
        });
    };
    session.on_finished(Callback::new(move |finished: Finished| {
        if let Some(model) = &finished.model {
            mesh.set(model.mesh.clone());
            model_info.set(Some(model.info.clone()));
        }
        if matches!(
            finished.outcome,
            PageOutcome::Stopped | PageOutcome::LoadFailed
        ) {
            return;
        }
        let passed = finished
            .report
            .as_ref()
            .is_some_and(|report| report.passed());
        progress.update(|progress| {
            progress.code = Some(code.get_value());
            progress.record_run(passed, store::now());
        });
        store();
        sync.record(item.clone(), code.get_value(), passed);
    }));

    let run = move || {
        let (request, input) = detail.with_value(|detail| {
            let mut request = RunRequest::new(code.get_value());
            request.limits = Limits {
                time_ms: detail.time_limit_ms,
                ..Limits::default()
            };
            request.params = param_values.get_value();
            request.check = Some(CheckSpec {
                check: detail.check.clone(),
                solution: detail.solution.get(lang()).to_owned(),
                lang: lang().to_owned(),
            });
            (request, detail.input.clone())
        });
        session.run(request, input);
    };
    let on_change = Callback::new(move |text: String| {
        code.set_value(text);
        session.code_changed();
        // Stored shortly after typing stops, so a closed tab loses at most a moment's typing.
        let generation = save_generation.get_value() + 1;
        save_generation.set_value(generation);
        set_timeout(
            move || {
                if save_generation.get_value() == generation {
                    progress.update(|progress| {
                        progress.code = Some(code.get_value());
                        progress.updated_at = store::now();
                    });
                    store();
                }
            },
            SAVE_DELAY,
        );
    });
    let reset = move |()| {
        let starter = detail.with_value(|detail| detail.starter.get(lang()).to_owned());
        control.set_text(&starter);
    };
    let hint_count = detail.with_value(|detail| detail.hints_html.len() as u32);
    let shown_hints = move || progress.with(|progress| progress.hints_shown.min(hint_count));
    let next_hint = move |_| {
        progress
            .update(|progress| progress.hints_shown = (progress.hints_shown + 1).min(hint_count));
        store();
    };
    let solution_after = detail.with_value(|detail| detail.solution_after_tries);
    let solution_allowed = move || {
        progress.with(|progress| {
            progress.status == Some(Status::Solved) || progress.attempts >= solution_after
        })
    };

    // Code blocks in the task, hints and solution are highlighted by the editor's own highlighter
    // once it has loaded, and again whenever they are redrawn.
    let task = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |_| {
        let _ = i18n.language();
        let _ = shown_hints();
        let _ = show_solution.get();
        if let Some(element) = task.get() {
            highlight_code_blocks(element.into());
        }
    });

    let (course, course_title, lesson_title, title, difficulty, previous, next) = detail
        .with_value(|detail| {
            (
                detail.course.clone(),
                detail.course_title.clone(),
                detail.lesson_title.clone(),
                detail.title.clone(),
                detail.difficulty,
                detail.previous.clone(),
                detail.next.clone(),
            )
        });
    let course_href = format!("/courses/{course}");
    let next_result_href = next
        .as_ref()
        .map(|exercise| format!("/courses/{course}/{}", exercise.id));
    let neighbour_href = move |id: &str| format!("/courses/{course}/{id}");
    let previous_link = previous.map(|exercise| {
        let href = neighbour_href(&exercise.id);
        view! {
            <a class="exercise-nav__previous" href=href rel="prev">
                "← " {move || exercise.title.get(i18n.language().code()).to_owned()}
            </a>
        }
    });
    let next_link = next.map(|exercise| {
        let href = neighbour_href(&exercise.id);
        view! {
            <a class="exercise-nav__next" href=href rel="next">
                {move || exercise.title.get(i18n.language().code()).to_owned()} " →"
            </a>
        }
    });
    let finished = Signal::derive(move || session.finished.get());
    let just_solved = move || {
        finished.with(|finished| {
            finished
                .as_ref()
                .and_then(|finished| finished.report.as_ref())
                .is_some_and(|report| report.passed())
        })
    };
    let title_for_heading = title;

    view! {
        <nav class="breadcrumbs" aria-label=move || i18n.t("breadcrumbs-label")>
            <a href="/">{move || i18n.t("nav-courses")}</a>
            " › "
            <a href=course_href>{move || course_title.get(i18n.language().code()).to_owned()}</a>
            " › "
            <span>{move || lesson_title.get(i18n.language().code()).to_owned()}</span>
        </nav>
        <section class="exercise" node_ref=task>
            <header class="exercise__header">
                <h1>{move || title_for_heading.get(i18n.language().code()).to_owned()}</h1>
                <p class="exercise__meta">
                    {move || view! { <ProgressBadge status=progress.with(|progress| progress.status)/> }}
                    <span id="exercise-status">{move || {
                        let key = match progress.with(|progress| progress.status) {
                            Some(Status::Solved) => "progress-solved",
                            Some(Status::Tried) => "progress-tried",
                            None => "progress-not-started",
                        };
                        i18n.t(key)
                    }}</span>
                    " · "
                    <span>{move || i18n.t_args("exercise-difficulty", &[("level", i64::from(difficulty))])}</span>
                    " · "
                    <span id="exercise-attempts">{move || i18n.t_count("exercise-attempts", progress.with(|progress| progress.attempts))}</span>
                </p>
            </header>
            <div class="exercise__grid">
                <div class="exercise__task">
                    <div class="task-text" inner_html=move || detail.with_value(|detail| detail.text_html.get(lang()).to_owned())></div>
                    <section class="hints" aria-labelledby="hints-heading">
                        <h2 id="hints-heading">{move || i18n.t("hints-heading")}</h2>
                        <ol class="hints__list">
                            {move || {
                                let shown = shown_hints() as usize;
                                detail.with_value(|detail| {
                                    detail.hints_html.iter().take(shown).map(|hint| {
                                        let html = hint.get(lang()).to_owned();
                                        view! { <li class="hint" inner_html=html></li> }
                                    }).collect_view()
                                })
                            }}
                        </ol>
                        <button type="button" class="button button--hint" id="hint-button"
                            on:click=next_hint disabled=move || { shown_hints() >= hint_count }>
                            {move || if shown_hints() >= hint_count {
                                i18n.t("hints-all-shown")
                            } else {
                                i18n.t_args("hints-show", &[("number", i64::from(shown_hints() + 1)), ("total", i64::from(hint_count))])
                            }}
                        </button>
                    </section>
                    <section class="solution">
                        <Show
                            when=move || show_solution.get()
                            fallback=move || view! {
                                <button type="button" class="button button--quiet" id="solution-button"
                                    on:click=move |_| show_solution.set(true) disabled=move || !solution_allowed()>
                                    {move || i18n.t("solution-show")}
                                </button>
                                <Show when=move || !solution_allowed()>
                                    <p class="solution__locked">{move || {
                                        let left = solution_after.saturating_sub(progress.with(|progress| progress.attempts));
                                        i18n.t_count("solution-locked", left)
                                    }}</p>
                                </Show>
                            }
                        >
                            <h2>{move || i18n.t("solution-heading")}</h2>
                            <pre><code class="language-python">{move || detail.with_value(|detail| detail.solution.get(lang()).to_owned())}</code></pre>
                        </Show>
                    </section>
                </div>
                <div class="exercise__work">
                    <CodeEditor text=initial_code on_change on_run=Callback::new(move |()| run()) error_line=session.error_line.into() control/>
                    <RunToolbar session texts=TOOLBAR on_run=Callback::new(move |()| run()) on_reset=Callback::new(reset)/>
                    {is_model.then(|| view! {
                        <ModelViewport mesh=mesh.into() wireframe=Signal::derive(|| false)/>
                        <ParamControls model=model_info.into() on_change=Callback::new(move |(name, value): (String, f64)| {
                            param_values.update_value(|values| {
                                values.insert(name, value);
                            });
                            run();
                        })/>
                    })}
                    <RunPanel session>
                        <CheckResult finished/>
                        {next_result_href.map(|href| view! {
                            <Show when=just_solved>
                                <a class="button check-result__next" id="next-exercise" href=href.clone()>{move || i18n.t("exercise-next")}" →"</a>
                            </Show>
                        })}
                    </RunPanel>
                </div>
            </div>
            <nav class="exercise-nav" aria-label=move || i18n.t("exercise-nav-label")>
                {previous_link}
                {next_link}
            </nav>
        </section>
    }
}
