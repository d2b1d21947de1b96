//! One exercise, once loaded: its state (the student's progress, the code, the runs) and the parts
//! of its page. Progress is stored in this browser the moment it changes, and each ended run goes
//! into the outbox for syncing.

use darbnica_api::ExerciseDetail;
use darbnica_api::own_exercises::OWN_COURSE;
use darbnica_api::python::{CheckSpec, Limits, RunRequest};
use leptos::prelude::*;

use crate::courses::check_result::CheckResult;
use crate::courses::exercise_header::ExerciseHeader;
use crate::courses::exercise_hints::ExerciseHints;
use crate::courses::exercise_nav::ExerciseNav;
use crate::courses::exercise_solution::ExerciseSolution;
use crate::courses::my_feedback::MyFeedback;
use crate::games::game_controls::GameControls;
use crate::games::game_player::GamePlayer;
use crate::games::game_view::GameView;
use crate::progress::store::{self, ExerciseProgress, Status};
use crate::progress::sync::Pastes;
use crate::progress::sync::use_progress_sync;
use crate::running::code_editor::{CodeEditor, EditorControl, highlight_code_blocks};
use crate::running::run_panel::RunPanel;
use crate::running::run_session::{Finished, RunSession};
use crate::running::run_toolbar::{RunToolbar, ToolbarTexts};
use crate::running::runner::{PageOutcome, use_python_runner};
use crate::sandbox::model_viewport::ModelViewport;
use crate::sandbox::param_controls::ParamControls;
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
pub fn ExerciseView(detail: ExerciseDetail, progress: ExerciseProgress) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.language().code();
    let detail = StoredValue::new(detail);
    let initial_code = progress
        .code
        .clone()
        .unwrap_or_else(|| detail.with_value(|detail| detail.starter.get(lang()).to_owned()));
    let progress = RwSignal::new(progress);
    let code = StoredValue::new(initial_code.clone());
    // The code as it is typed, for the teacher's comments to find their lines in.
    let code_now = RwSignal::new(initial_code.clone());
    // The sizes of the pastes since the last run, sent with the next one.
    let pasted = Pastes::new();
    let on_paste = pasted.on_paste();
    let control = EditorControl::new();
    let session = RunSession::new(use_python_runner());
    let show_solution = RwSignal::new(false);
    // A model exercise draws what the program showed.
    let is_model = detail.with_value(|detail| detail.kind == darbnica_api::ExerciseKind::Model);
    // A game exercise is played beside the code once its checks have run.
    let is_game = detail.with_value(|detail| detail.kind == darbnica_api::ExerciseKind::Game);
    let player = GamePlayer::new(use_python_runner());
    let mesh = RwSignal::new(None::<std::sync::Arc<crate::running::runner::ModelMesh>>);
    let model_info = RwSignal::new(None::<Box<darbnica_api::python::ModelInfo>>);
    let param_values = StoredValue::new(std::collections::BTreeMap::<String, f64>::new());
    let save_generation = StoredValue::new(0u32);
    let sync = use_progress_sync();
    let item = detail.with_value(|detail| format!("{}/{}", detail.course, detail.id));
    let item_for_feedback = item.clone();

    // Progress merged from the student's other devices shows here without a reload (the code in
    // the editor stays as it is).
    Effect::new(move |previous: Option<u32>| {
        let changed = sync.changed.get();
        if previous.is_some_and(|previous| previous != changed) {
            let (course, exercise) =
                detail.with_value(|detail| (detail.course.clone(), detail.id.clone()));
            leptos::task::spawn_local(async move {
                if let Ok(Some(stored)) = store::load(&course, &exercise).await {
                    progress.update(|progress| progress.merge_stored(&stored));
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
    player.on_ended(Callback::new(move |outcome| session.game_ended(outcome)));
    session.on_finished(Callback::new(move |finished: Finished| {
        if is_game
            && finished.outcome == PageOutcome::Runtime(darbnica_api::python::RunOutcome::Finished)
            && let Some(game) = session.run_id()
        {
            player.start(game);
        }
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
        sync.record(item.clone(), code.get_value(), passed, pasted.take());
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
        player.stop();
        session.run(request, input);
    };
    let on_change = Callback::new(move |text: String| {
        code_now.set(text.clone());
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
    let next_hint = move |()| {
        progress
            .update(|progress| progress.hints_shown = (progress.hints_shown + 1).min(hint_count));
        store();
    };
    let solution_after = detail.with_value(|detail| detail.solution_after_tries);
    let tries_left =
        move || solution_after.saturating_sub(progress.with(|progress| progress.attempts));
    let (hints, solution) =
        detail.with_value(|detail| (detail.hints_html.clone(), detail.solution.clone()));
    let solution_allowed = move || {
        progress.with(|progress| {
            progress.status == Some(Status::Solved) || progress.attempts >= solution_after
        })
    };

    // Code blocks in the task, hints and solution are highlighted by the editor's own highlighter
    // once the editor is made, and again whenever they are redrawn.
    let task = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |_| {
        let _ = i18n.language();
        let _ = shown_hints();
        let _ = show_solution.get();
        if let Some(element) = task.get()
            && control.ready()
        {
            highlight_code_blocks(element.into());
        }
    });
    // The student reads the task first: on the first page the editor is made as they turn to the
    // exercise (the pointer over it, a touch, the keyboard's focus inside it).
    let turned_to = move || control.make_now();

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

    // A teacher's own exercise belongs to no course: it has no hints, and its solution is the
    // teacher's to share.
    let own = course == OWN_COURSE;
    let where_it_is = if own {
        view! { <span>{move || i18n.t("own-exercise-crumb")}</span> }.into_any()
    } else {
        view! {
            <a href=course_href>{move || course_title.get(i18n.language().code()).to_owned()}</a>
            " › "
            <span>{move || lesson_title.get(i18n.language().code()).to_owned()}</span>
        }
        .into_any()
    };
    view! {
        <nav class="breadcrumbs" aria-label=move || i18n.t("breadcrumbs-label")>
            <a href="/">{move || i18n.t("nav-courses")}</a>
            " › "
            {where_it_is}
        </nav>
        <section class="exercise" node_ref=task>
            <ExerciseHeader title=title_for_heading difficulty progress=progress.into()/>
            <div class="exercise__grid" on:pointerenter=move |_| turned_to() on:focusin=move |_| turned_to()>
                <div class="exercise__task">
                    <div class="task-text" inner_html=move || detail.with_value(|detail| detail.text_html.get(lang()).to_owned())></div>
                    {(hint_count > 0).then(|| view! {
                        <ExerciseHints hints=hints shown=Signal::derive(shown_hints) on_reveal=Callback::new(next_hint)/>
                    })}
                    {(!own).then(|| view! {
                        <ExerciseSolution solution show=show_solution allowed=Signal::derive(solution_allowed) tries_left=Signal::derive(tries_left)/>
                    })}
                </div>
                <div class="exercise__work">
                    <MyFeedback item=item_for_feedback code=code_now.into() control/>
                    <CodeEditor text=initial_code on_change on_run=Callback::new(move |()| run()) error_line=session.error_line.into() control on_paste waits_for_student=true/>
                    <RunToolbar session texts=TOOLBAR on_run=Callback::new(move |()| run()) on_reset=Callback::new(reset)/>
                    {is_game.then(|| view! {
                        <GameView player/>
                        <div class="toolbar game-toolbar"><GameControls player/></div>
                    })}
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
            <ExerciseNav course=course.clone() previous next/>
        </section>
    }
}
