//! The sandbox itself, for one project: the editor and the controls, the view, the facts, the
//! files and the link, and the runs that keep the model up to date as the sliders move (when to run
//! again is the [`SliderScheduler`]'s call: the latest value always wins).

use std::sync::Arc;

use darbnica_api::python::{RunOutcome, RunRequest};
use leptos::prelude::*;

use crate::progress::sync::{Pastes, use_progress_sync};
use crate::running::code_editor::{CodeEditor, EditorControl};
use crate::running::run_panel::RunPanel;
use crate::running::run_session::{Finished, RunSession};
use crate::running::run_toolbar::{RunToolbar, ToolbarTexts};
use crate::running::runner::{ModelMesh, PageOutcome, use_python_runner};
use crate::sandbox::export_bar::ExportBar;
use crate::sandbox::model_facts::ModelFacts;
use crate::sandbox::model_viewport::ModelViewport;
use crate::sandbox::param_controls::ParamControls;
use crate::sandbox::param_runs::ParamRuns;
use crate::sandbox::sandbox_page::Project;
use crate::sandbox::share_box::ShareBox;
use crate::shell::i18n::use_i18n;
use crate::shell::timing;

const TOOLBAR: ToolbarTexts = ToolbarTexts {
    run: "sandbox-run",
    reset: "playground-reset",
    reset_note: "sandbox-reset-note",
    shortcut: "playground-shortcut",
};

/// Every run of a model uses this seed, so `random` gives the same model each time (a script
/// that wants variety seeds it from a parameter).
const MODEL_SEED: u64 = 1;

#[component]
pub fn SandboxWorkspace(project: Project) -> impl IntoView {
    let i18n = use_i18n();
    let runner = use_python_runner();
    let session = RunSession::new(runner);
    let control = EditorControl::new();
    let Project {
        summary,
        code,
        values,
        facts,
        autorun,
        damaged_link,
    } = project;
    // A gallery model at its own values looks like its thumbnail: shown until the model is built.
    let placeholder = summary
        .as_ref()
        .filter(|_| values.is_empty() && autorun)
        .map(|model| format!("/api/models/{}/thumbnail.png", model.id));
    // With its facts too (its sliders and measures at those values), the page has all it shows
    // without running anything: the model is built only when the student turns to it.
    let facts = facts.filter(|_| placeholder.is_some());
    let source = StoredValue::new(code.clone());
    let original = StoredValue::new(code.clone());
    let params = ParamRuns::new(values);
    // The last model and controls stay on screen while the next run builds.
    let waits_for_student = facts.is_some();
    let model = RwSignal::new(facts.map(Box::new));
    let mesh = RwSignal::new(None::<Arc<ModelMesh>>);
    let wireframe = RwSignal::new(false);
    // Whether the student asked for a model other than the thumbnail's (a slider, Run): the view
    // then shows it, not the thumbnail.
    let asked = RwSignal::new(false);
    let shared_notice = RwSignal::new(!autorun);
    // When the control that asked for the latest run was moved (for `cargo xtask bench sandbox`).
    let moved_at = StoredValue::new(None::<f64>);
    // A gallery project's run that the student asked for (Run, Ctrl+Enter) is recorded as an
    // attempt on it; builds from sliders and the first build on opening are not.
    let sync = use_progress_sync();
    let item = summary
        .as_ref()
        .map(|summary| format!("model:{}", summary.id));
    let pressed_run = StoredValue::new(false);
    // The sizes of the pastes since the last recorded run, sent with the next.
    let pasted = Pastes::new();
    let on_paste = pasted.on_paste();

    // Whether any build has started on this page.
    let started = StoredValue::new(false);
    let run = move || {
        started.set_value(true);
        let mut request = RunRequest::new(source.get_value());
        request.params = params.start();
        request.seed = Some(MODEL_SEED);
        shared_notice.set(false);
        session.run(request, Vec::new());
    };
    session.on_finished(Callback::new(move |finished: Finished| {
        if params.stale() {
            run();
            return;
        }
        // A run stopped on its way (a newer value came while it had run for long) hands the
        // press on to the run that replaces it, which builds the same code.
        let ended = !matches!(
            finished.outcome,
            PageOutcome::Stopped | PageOutcome::LoadFailed
        );
        if pressed_run.get_value() && ended {
            pressed_run.set_value(false);
            if let Some(item) = &item {
                let built = matches!(finished.outcome, PageOutcome::Runtime(RunOutcome::Finished))
                    && finished.model.is_some();
                sync.record(item.clone(), source.get_value(), built, pasted.take());
            }
        }
        if let Some(result) = finished.model {
            mesh.set(result.mesh);
            model.set(Some(result.info));
        }
    }));
    let run_pressed = move || {
        pressed_run.set_value(true);
        asked.set(true);
        run();
    };
    // The first build of a model that waits for the student, and its editor.
    let turned_to = move || {
        if waits_for_student && started.try_get_value() == Some(false) {
            control.make_now();
            run();
        }
    };
    let on_change = Callback::new(move |text: String| {
        source.set_value(text);
        session.code_changed();
    });
    let set_value = move |name: String, value: f64| {
        moved_at.set_value(Some(timing::now()));
        asked.set(true);
        if params.set(name, value) {
            run();
        }
    };
    let on_drawn = Callback::new(move |frame_at: f64| {
        if let Some(moved) = moved_at.get_value() {
            moved_at.set_value(None);
            timing::measure_between("darbnica-slider-frame", moved, frame_at);
        }
    });
    // A project's own code is the portal's: it builds as soon as the page opens, or, when its
    // thumbnail already shows the model, once the page is quiet (the runtime's download and
    // compiling then wait for the page's start-up) unless the student asks for a build first;
    // with its facts as well, when the student turns to the model (the pointer or the keyboard's
    // focus comes into the view or the controls), and its editor is made then too.
    if autorun && !waits_for_student {
        if placeholder.is_some() {
            crate::shell::quiet::when_quiet(
                crate::shell::quiet::Later::Model,
                crate::running::code_editor::editors_loading,
                move || {
                    if started.try_get_value() == Some(false) {
                        run();
                    }
                },
            );
        } else {
            Effect::new(move |_| run());
        }
    }

    let project_id = summary.as_ref().map(|summary| summary.id.clone());
    let title = summary.clone();
    view! {
        <section class="sandbox">
            <header class="sandbox__header">
                <h1>{move || match &title {
                    Some(summary) => summary.title.get(i18n.language().code()).to_owned(),
                    None => i18n.t("sandbox-title"),
                }}</h1>
                <p class="sandbox__intro">{move || match &summary {
                    Some(summary) => summary.description.get(i18n.language().code()).to_owned(),
                    None => i18n.t("sandbox-intro"),
                }}</p>
            </header>
            <Show when=move || shared_notice.get()>
                <p class="notice notice--warning" role="status" id="shared-notice">{move || i18n.t("sandbox-shared-notice")}</p>
            </Show>
            <Show when=move || damaged_link>
                <p class="notice notice--problem" role="alert">{move || i18n.t("sandbox-shared-damaged")}</p>
            </Show>
            <div class="sandbox__grid" on:pointerenter=move |_| turned_to() on:focusin=move |_| turned_to()>
                <div class="sandbox__view">
                    <ModelViewport mesh=mesh.into() wireframe=wireframe.into() on_drawn placeholder live=asked.into() facts=model.into()/>
                    <div class="sandbox__view-bar">
                        <ModelFacts model=model.into()/>
                        <label class="sandbox__wireframe">
                            <input type="checkbox" prop:checked=move || wireframe.get() on:change=move |event| wireframe.set(event_target_checked(&event))/>
                            {move || i18n.t("sandbox-wireframe")}
                        </label>
                    </div>
                    <ExportBar mesh=mesh.into() model=model.into() project=project_id.clone()/>
                    <ShareBox model=model.into() project=project_id source original/>
                </div>
                <div class="sandbox__controls">
                    <ParamControls model=model.into() on_change=Callback::new(move |(name, value)| set_value(name, value))/>
                    <CodeEditor text=code on_change on_run=Callback::new(move |()| run_pressed()) error_line=session.error_line.into() control waits_for_student on_paste/>
                    <RunToolbar session texts=TOOLBAR on_run=Callback::new(move |()| run_pressed()) on_reset=Callback::new(move |()| control.set_text(&original.get_value()))/>
                    <RunPanel session/>
                </div>
            </div>
        </section>
    }
}
