//! The 3D sandbox: a model script in the editor, its `param(...)`s as sliders, and the model drawn
//! in 3D. Moving a slider runs the script again with the new value; a run still going is dropped
//! (the runner stops it), so the latest value always wins and a stale model never paints.

use std::collections::BTreeMap;
use std::sync::Arc;

use darbnica_api::python::{ModelInfo, ModelParam, RunRequest};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api;
use crate::components::code_editor::{CodeEditor, EditorControl};
use crate::components::error_state::ErrorState;
use crate::components::loading_state::LoadingState;
use crate::components::model_viewport::ModelViewport;
use crate::components::run_panel::RunPanel;
use crate::components::run_toolbar::{RunToolbar, ToolbarTexts};
use crate::i18n::use_i18n;
use crate::python::{ModelMesh, use_python_runner};
use crate::run_session::RunSession;

const TOOLBAR: ToolbarTexts = ToolbarTexts {
    run: "sandbox-run",
    reset: "playground-reset",
    reset_note: "sandbox-reset-note",
    shortcut: "playground-shortcut",
};

/// What the sandbox starts with when no project is opened.
const STARTER: &str = "from darbnica import *\n\nheight = param(\"height\", 40, 10, 120, label={\"lv\": \"Augstums\", \"en\": \"Height\"})\nradius = param(\"radius\", 20, 5, 60, label={\"lv\": \"Rādiuss\", \"en\": \"Radius\"})\n\ncup = cylinder(height, radius, segments=64)\ninside = cylinder(height, radius - 2, segments=64).translate(0, 0, 2)\nshow(cup - inside)\n";

/// `/models/:model`: a gallery project; `/sandbox`: the starter.
#[component]
pub fn SandboxPage() -> impl IntoView {
    let params = use_params_map();
    let model_id = move || params.with(|params| params.get("model"));
    let project = LocalResource::new(move || {
        let id = model_id();
        async move {
            match id {
                Some(id) => api::fetch_model(&id)
                    .await
                    .map(|model| (Some(model.summary), model.code)),
                None => Ok((None, STARTER.to_owned())),
            }
        }
    });
    let page = move || {
        Suspend::new(async move {
            match project.await {
                Ok((summary, code)) => view! { <Sandbox summary code/> }.into_any(),
                Err(error) => view! {
                    <ErrorState title_key="model-error-title" message_key=error.message_key() on_retry=move || project.refetch()/>
                }
                .into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=move || view! { <LoadingState message_key="model-loading"/> }>{page}</Suspense>
    }
}

#[component]
fn Sandbox(summary: Option<darbnica_api::ModelSummary>, code: String) -> impl IntoView {
    let i18n = use_i18n();
    let session = RunSession::new(use_python_runner());
    let control = EditorControl::new();
    let source = StoredValue::new(code.clone());
    let original = StoredValue::new(code.clone());
    let values = StoredValue::new(BTreeMap::<String, f64>::new());
    // The last model and sliders stay on screen while the next run builds.
    let model = RwSignal::new(None::<Box<ModelInfo>>);
    let mesh = RwSignal::new(None::<Arc<ModelMesh>>);
    let wireframe = RwSignal::new(false);

    let run = move || {
        let mut request = RunRequest::new(source.get_value());
        request.params = values.get_value();
        session.run(request, Vec::new());
    };
    session.on_finished(Callback::new(
        move |finished: crate::run_session::Finished| {
            if let Some(result) = finished.model {
                mesh.set(result.mesh);
                model.set(Some(result.info));
            }
        },
    ));
    let on_change = Callback::new(move |text: String| {
        source.set_value(text);
        session.code_changed();
    });
    let set_value = move |name: String, value: f64| {
        values.update_value(|values| {
            values.insert(name, value);
        });
        run();
    };
    // The model is built as soon as the page opens: a project's own code is the portal's.
    Effect::new(move |_| run());

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
            <div class="sandbox__grid">
                <div class="sandbox__view">
                    <ModelViewport mesh=mesh.into() wireframe=wireframe.into()/>
                    <ModelFacts model=model.into()/>
                    <label class="sandbox__wireframe">
                        <input type="checkbox" prop:checked=move || wireframe.get() on:change=move |event| wireframe.set(event_target_checked(&event))/>
                        {move || i18n.t("sandbox-wireframe")}
                    </label>
                </div>
                <div class="sandbox__controls">
                    <Sliders model=model.into() on_change=Callback::new(move |(name, value)| set_value(name, value))/>
                    <CodeEditor text=code on_change on_run=Callback::new(move |()| run()) error_line=session.error_line.into() control/>
                    <RunToolbar session texts=TOOLBAR on_run=Callback::new(move |()| run()) on_reset=Callback::new(move |()| control.set_text(&original.get_value()))/>
                    <RunPanel session/>
                </div>
            </div>
        </section>
    }
}

/// One slider a parameter, with its value beside it, typed or dragged.
#[component]
fn Sliders(
    model: Signal<Option<Box<ModelInfo>>>,
    on_change: Callback<(String, f64)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let params = move || {
        model.with(|model| {
            model
                .as_ref()
                .map(|model| model.params.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <Show when=move || !params().is_empty()>
            <fieldset class="sliders">
                <legend>{move || i18n.t("sandbox-sliders")}</legend>
                <For each=params key=|param| param.name.clone() let:param>
                    <Slider param on_change/>
                </For>
            </fieldset>
        </Show>
    }
}

#[component]
fn Slider(param: ModelParam, on_change: Callback<(String, f64)>) -> impl IntoView {
    let i18n = use_i18n();
    let ModelParam {
        name,
        min,
        max,
        step,
        integer,
        value,
        label,
        ..
    } = param;
    let id = format!("param-{name}");
    let step = step.unwrap_or(if integer { 1.0 } else { (max - min) / 100.0 });
    let current = RwSignal::new(value);
    let label_text = move || {
        label
            .get(i18n.language().code())
            .or_else(|| label.values().next())
            .cloned()
            .unwrap_or_else(|| name.clone())
    };
    let send = {
        let name = param_name(&id);
        move |value: f64| {
            if value.is_finite() {
                let value = value.clamp(min, max);
                current.set(value);
                on_change.run((name.clone(), value));
            }
        }
    };
    let send_number = send.clone();
    view! {
        <div class="slider">
            <label for=id.clone()>{label_text}</label>
            <input type="range" id=id.clone() data-param=param_name(&id) min=min max=max step=step
                prop:value=move || current.get()
                on:input=move |event| send(event_target_value(&event).parse().unwrap_or(f64::NAN))/>
            <input type="number" class="slider__value" min=min max=max step=step
                aria-label=move || i18n.t("sandbox-slider-value")
                prop:value=move || current.get()
                on:change=move |event| send_number(event_target_value(&event).parse().unwrap_or(f64::NAN))/>
        </div>
    }
}

fn param_name(id: &str) -> String {
    id.trim_start_matches("param-").to_owned()
}

/// The model's size and triangle count, or why there is no model.
#[component]
fn ModelFacts(model: Signal<Option<Box<ModelInfo>>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let info = model.get()?;
        if info.error_code.is_some() {
            return Some(view! { <p class="model-facts model-facts--problem" role="alert">{move || i18n.t("sandbox-model-too-big")}</p> }.into_any());
        }
        let Some([min, max]) = info.bounds else {
            return Some(
                view! { <p class="model-facts">{move || i18n.t("sandbox-nothing-shown")}</p> }
                    .into_any(),
            );
        };
        let size = format!(
            "{:.1} × {:.1} × {:.1}",
            max[0] - min[0],
            max[1] - min[1],
            max[2] - min[2]
        );
        let triangles = info.triangles;
        Some(
            view! {
                <p class="model-facts" id="model-facts">
                    {move || i18n.t_text_args("sandbox-size", &[("size", size.clone())])}
                    " · "
                    {move || i18n.t_count("sandbox-triangles", triangles)}
                </p>
            }
            .into_any(),
        )
    }
}
