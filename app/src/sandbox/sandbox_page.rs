//! The 3D sandbox: a model script in the editor, its `param(...)`s as sliders, checkboxes and
//! dropdowns, the model drawn in 3D, files to save it as, and a link to share it.
//!
//! Moving a slider runs the script again with the new value. A run still going when the value
//! changes again is not painted (stale); it is left to finish when it is nearly done, or stopped
//! when it has taken long, and the latest value runs next, so the latest value always wins.

use std::collections::BTreeMap;
use std::sync::Arc;

use darbnica_api::ModelSummary;
use darbnica_api::python::{
    ExportFormat, ModelInfo, ModelParam, ParamKind, RunOutcome, RunRequest,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use wasm_bindgen::JsCast as _;

use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::progress::sync::use_progress_sync;
use crate::running::code_editor::{CodeEditor, EditorControl};
use crate::running::run_panel::RunPanel;
use crate::running::run_session::RunSession;
use crate::running::run_toolbar::{RunToolbar, ToolbarTexts};
use crate::running::runner::{ModelMesh, PageOutcome, use_python_runner};
use crate::sandbox::model_viewport::ModelViewport;
use crate::sandbox::share;
use crate::shell::api;
use crate::shell::i18n::use_i18n;
use crate::shell::timing;

const TOOLBAR: ToolbarTexts = ToolbarTexts {
    run: "sandbox-run",
    reset: "playground-reset",
    reset_note: "sandbox-reset-note",
    shortcut: "playground-shortcut",
};

/// What the sandbox starts with when no project is opened.
const STARTER: &str = "from darbnica import *\n\nheight = param(\"height\", 40, 10, 120, label={\"lv\": \"Augstums\", \"en\": \"Height\"})\nradius = param(\"radius\", 20, 5, 60, label={\"lv\": \"Rādiuss\", \"en\": \"Radius\"})\n\ncup = cylinder(height, radius, segments=64)\ninside = cylinder(height, radius - 2, segments=64).translate(0, 0, 2)\nshow(cup - inside)\n";

/// Every run of a model uses this seed, so `random` gives the same model each time (a script
/// that wants variety seeds it from a parameter).
const MODEL_SEED: u64 = 1;

/// A run that has gone on this long is stopped when a newer value arrives; a shorter one is left
/// to finish (a fresh worker takes longer to start than most models take to build).
const STOP_STALE_AFTER_MS: f64 = 400.0;

/// What the sandbox opens with.
#[derive(Clone)]
struct Project {
    summary: Option<ModelSummary>,
    code: String,
    values: BTreeMap<String, f64>,
    /// False for code from a share link: it runs when the viewer presses Run.
    autorun: bool,
    /// A share link that could not be read.
    damaged_link: bool,
}

fn location_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// `/models/:model` (with slider values in the query), or `/sandbox` (with shared code in the
/// fragment, or the starter).
#[component]
pub fn SandboxPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let model_id = move || params.with(|params| params.get("model"));
    let project = LocalResource::new(move || {
        let id = model_id();
        let values = query.with_untracked(|query| {
            share::params_from_query(
                query
                    .clone()
                    .into_iter()
                    .collect::<Vec<_>>()
                    .iter()
                    .map(|(name, value)| (name.as_ref(), value.as_str())),
            )
        });
        async move {
            match id {
                Some(id) => api::fetch_model(&id).await.map(|model| Project {
                    summary: Some(model.summary),
                    code: model.code,
                    values,
                    autorun: true,
                    damaged_link: false,
                }),
                None => {
                    let hash = location_hash();
                    Ok(match share::decode(&hash) {
                        Some(shared) => Project {
                            summary: None,
                            code: shared.code,
                            values: shared.params,
                            autorun: false,
                            damaged_link: false,
                        },
                        None => Project {
                            summary: None,
                            code: STARTER.to_owned(),
                            values: BTreeMap::new(),
                            autorun: true,
                            damaged_link: hash.len() > 1,
                        },
                    })
                }
            }
        }
    });
    let page = move || {
        Suspend::new(async move {
            match project.await {
                Ok(project) => view! { <Sandbox project/> }.into_any(),
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
fn Sandbox(project: Project) -> impl IntoView {
    let i18n = use_i18n();
    let runner = use_python_runner();
    let session = RunSession::new(runner);
    let control = EditorControl::new();
    let Project {
        summary,
        code,
        values,
        autorun,
        damaged_link,
    } = project;
    let source = StoredValue::new(code.clone());
    let original = StoredValue::new(code.clone());
    let values = StoredValue::new(values);
    // The last model and controls stay on screen while the next run builds.
    let model = RwSignal::new(None::<Box<ModelInfo>>);
    let mesh = RwSignal::new(None::<Arc<ModelMesh>>);
    let wireframe = RwSignal::new(false);
    let shared_notice = RwSignal::new(!autorun);
    // Runs: whether one is under way and since when, whether a newer value waits, and when the
    // control that asked for the latest run was moved (for `cargo xtask bench sandbox`).
    let running_since = StoredValue::new(None::<f64>);
    let newer_waiting = StoredValue::new(false);
    let moved_at = StoredValue::new(None::<f64>);
    // A gallery project's run that the student asked for (Run, Ctrl+Enter) is recorded as an
    // attempt on it; builds from sliders and the first build on opening are not.
    let sync = use_progress_sync();
    let item = summary
        .as_ref()
        .map(|summary| format!("model:{}", summary.id));
    let pressed_run = StoredValue::new(false);

    let run = move || {
        let mut request = RunRequest::new(source.get_value());
        request.params = values.get_value();
        request.seed = Some(MODEL_SEED);
        newer_waiting.set_value(false);
        running_since.set_value(Some(timing::now()));
        shared_notice.set(false);
        session.run(request, Vec::new());
    };
    session.on_finished(Callback::new(
        move |finished: crate::running::run_session::Finished| {
            running_since.set_value(None);
            if newer_waiting.get_value() {
                // Stale: the values changed while it ran.
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
                    let built =
                        matches!(finished.outcome, PageOutcome::Runtime(RunOutcome::Finished))
                            && finished.model.is_some();
                    sync.record(item.clone(), source.get_value(), built);
                }
            }
            if let Some(result) = finished.model {
                mesh.set(result.mesh);
                model.set(Some(result.info));
            }
        },
    ));
    let run_pressed = move || {
        pressed_run.set_value(true);
        run();
    };
    let on_change = Callback::new(move |text: String| {
        source.set_value(text);
        session.code_changed();
    });
    let set_value = move |name: String, value: f64| {
        values.update_value(|values| {
            values.insert(name, value);
        });
        moved_at.set_value(Some(timing::now()));
        match running_since.get_value() {
            Some(since) if timing::now() - since < STOP_STALE_AFTER_MS => {
                newer_waiting.set_value(true);
            }
            _ => run(),
        }
    };
    let on_drawn = Callback::new(move |frame_at: f64| {
        if let Some(moved) = moved_at.get_value() {
            moved_at.set_value(None);
            timing::measure_between("darbnica-slider-frame", moved, frame_at);
        }
    });
    // A project's own code is the portal's: it builds as soon as the page opens.
    if autorun {
        Effect::new(move |_| run());
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
            <div class="sandbox__grid">
                <div class="sandbox__view">
                    <ModelViewport mesh=mesh.into() wireframe=wireframe.into() on_drawn/>
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
                    <CodeEditor text=code on_change on_run=Callback::new(move |()| run_pressed()) error_line=session.error_line.into() control/>
                    <RunToolbar session texts=TOOLBAR on_run=Callback::new(move |()| run_pressed()) on_reset=Callback::new(move |()| control.set_text(&original.get_value()))/>
                    <RunPanel session/>
                </div>
            </div>
        </section>
    }
}

/// The model's parameters: a slider (with its number, typed or dragged), a checkbox or a dropdown
/// each.
#[component]
pub(crate) fn ParamControls(
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
    // A control is made again when its parameter is declared differently, not when its value moves.
    let key = |param: &ModelParam| {
        format!(
            "{}|{:?}|{}|{}|{:?}|{}",
            param.name,
            param.kind,
            param.min,
            param.max,
            param.step,
            param.choices.len()
        )
    };
    view! {
        <Show when=move || !params().is_empty()>
            <fieldset class="sliders">
                <legend>{move || i18n.t("sandbox-sliders")}</legend>
                <For each=params key=key let:param>
                    {match param.kind {
                        ParamKind::Number => view! { <Slider param on_change/> }.into_any(),
                        ParamKind::Toggle => view! { <Toggle param on_change/> }.into_any(),
                        ParamKind::Choice => view! { <Choice param on_change/> }.into_any(),
                    }}
                </For>
            </fieldset>
        </Show>
    }
}

/// A script's words in the page's language (or any language given, or `fallback`), kept current.
fn words_in_language(
    texts: BTreeMap<String, String>,
    fallback: String,
) -> impl Fn() -> String + Send + Sync + use<> {
    let i18n = use_i18n();
    move || {
        texts
            .get(i18n.language().code())
            .or_else(|| texts.values().next())
            .cloned()
            .unwrap_or_else(|| fallback.clone())
    }
}

/// A parameter's label: its name when the script gave none.
fn label_of(param: &ModelParam) -> impl Fn() -> String + Send + Sync + use<> {
    words_in_language(param.label.clone(), param.name.clone())
}

#[component]
fn Slider(param: ModelParam, on_change: Callback<(String, f64)>) -> impl IntoView {
    let i18n = use_i18n();
    let label = label_of(&param);
    let ModelParam {
        name,
        min,
        max,
        step,
        integer,
        value,
        ..
    } = param;
    let id = format!("param-{name}");
    let step = step.unwrap_or(if integer { 1.0 } else { (max - min) / 100.0 });
    let current = RwSignal::new(value);
    let send = move |value: f64| {
        if value.is_finite() {
            let value = value.clamp(min, max);
            current.set(value);
            on_change.run((name.clone(), value));
        }
    };
    let send_number = send.clone();
    view! {
        <div class="slider">
            <label for=id.clone()>{label}</label>
            <input type="range" id=id.clone() data-param=id.trim_start_matches("param-").to_owned() min=min max=max step=step
                prop:value=move || current.get()
                on:input=move |event| send(event_target_value(&event).parse().unwrap_or(f64::NAN))/>
            <input type="number" class="slider__value" min=min max=max step=step
                aria-label=move || i18n.t("sandbox-slider-value")
                prop:value=move || current.get()
                on:change=move |event| send_number(event_target_value(&event).parse().unwrap_or(f64::NAN))/>
        </div>
    }
}

#[component]
fn Toggle(param: ModelParam, on_change: Callback<(String, f64)>) -> impl IntoView {
    let label = label_of(&param);
    let name = param.name.clone();
    view! {
        <label class="param-toggle">
            <input type="checkbox" data-param=param.name.clone() prop:checked={param.value >= 0.5}
                on:change=move |event| on_change.run((name.clone(), if event_target_checked(&event) { 1.0 } else { 0.0 }))/>
            {label}
        </label>
    }
}

#[component]
fn Choice(param: ModelParam, on_change: Callback<(String, f64)>) -> impl IntoView {
    let label = label_of(&param);
    let id = format!("param-{}", param.name);
    let name = param.name.clone();
    let selected = param.value as usize;
    let options = param
        .choices
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            let text = words_in_language(choice.label.clone(), choice.value.clone());
            view! {
                <option value=index.to_string() selected={index == selected}>{text}</option>
            }
        })
        .collect_view();
    view! {
        <div class="param-choice">
            <label for=id.clone()>{label}</label>
            <select id=id data-param=param.name.clone()
                on:change=move |event| {
                    if let Ok(index) = event_target_value(&event).parse::<f64>() {
                        on_change.run((name.clone(), index));
                    }
                }>
                {options}
            </select>
        </div>
    }
}

/// The parameters as they go into a file name: numbers as numbers, checkboxes as yes/no words,
/// dropdowns by their choice.
fn named_values(model: &ModelInfo) -> Vec<(String, String)> {
    model
        .params
        .iter()
        .map(|param| {
            let value = match param.kind {
                ParamKind::Number => share::number(param.value),
                ParamKind::Toggle => if param.value >= 0.5 { "1" } else { "0" }.to_owned(),
                ParamKind::Choice => param
                    .choices
                    .get(param.value as usize)
                    .map_or_else(String::new, |choice| choice.value.clone()),
            };
            (param.name.clone(), value)
        })
        .collect()
}

/// Buttons that save the model as STL, 3MF, OBJ or GLB (made in the worker by the geometry
/// kernel), named after the project and its parameters.
#[component]
fn ExportBar(
    mesh: Signal<Option<Arc<ModelMesh>>>,
    model: Signal<Option<Box<ModelInfo>>>,
    project: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let runner = use_python_runner();
    let busy = RwSignal::new(None::<ExportFormat>);
    let failed = RwSignal::new(false);
    let project = StoredValue::new(project);
    let save = move |format: ExportFormat| {
        let Some(mesh) = mesh.get_untracked() else {
            return;
        };
        let stem = model.with_untracked(|model| {
            let base = project
                .get_value()
                .unwrap_or_else(|| i18n.t("sandbox-file-name"));
            share::file_stem(
                &base,
                &model.as_deref().map(named_values).unwrap_or_default(),
            )
        });
        busy.set(Some(format));
        failed.set(false);
        runner.export(mesh, format, move |result| {
            busy.set(None);
            match result {
                Ok(bytes) => {
                    let name = format!("{stem}.{}", format.extension());
                    if download(&bytes, &name, format.mime_type()).is_err() {
                        failed.set(true);
                    }
                }
                Err(error) => {
                    leptos::logging::warn!("the export failed: {error}");
                    failed.set(true);
                }
            }
        });
    };
    let button = move |format: ExportFormat, hint: &'static str| {
        view! {
            <button type="button" class="export__button" data-format=format.extension()
                title=move || i18n.t(hint)
                disabled=move || mesh.with(Option::is_none) || busy.get().is_some()
                on:click=move |_| save(format)>
                {format.extension().to_uppercase()}
            </button>
        }
    };
    view! {
        <div class="export" role="group" aria-labelledby="export-title">
            <span class="export__title" id="export-title">{move || i18n.t("sandbox-export")}</span>
            {button(ExportFormat::Stl, "sandbox-export-printer")}
            {button(ExportFormat::ThreeMf, "sandbox-export-printer")}
            {button(ExportFormat::Obj, "sandbox-export-game")}
            {button(ExportFormat::Glb, "sandbox-export-game")}
            <span class="export__hint">{move || match busy.get() {
                Some(format) => i18n.t_text_args("sandbox-exporting", &[("format", format.extension().to_uppercase())]),
                None => i18n.t("sandbox-export-hint"),
            }}</span>
            <Show when=move || failed.get()>
                <p class="export__failed" role="alert">{move || i18n.t("sandbox-export-failed")}</p>
            </Show>
        </div>
    }
}

/// Saves `bytes` as a file the browser downloads.
fn download(bytes: &[u8], name: &str, mime_type: &str) -> Result<(), wasm_bindgen::JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download has its own copy once it starts; let the page's go after a moment.
    let revoke = url.clone();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&revoke);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// A link to this model with these settings: a project's own link when its code is unchanged,
/// else one that carries the code.
#[component]
fn ShareBox(
    model: Signal<Option<Box<ModelInfo>>>,
    project: Option<String>,
    source: StoredValue<String>,
    original: StoredValue<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(false);
    let make = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let origin = window.location().origin().unwrap_or_default();
        let params: BTreeMap<String, f64> = model.with_untracked(|model| {
            model
                .iter()
                .flat_map(|model| model.params.iter())
                .map(|param| (param.name.clone(), param.value))
                .collect()
        });
        let code = source.get_value();
        let url = match &project {
            Some(id) if code == original.get_value() => {
                let query = share::query(&params);
                if query.is_empty() {
                    format!("{origin}/models/{id}")
                } else {
                    format!("{origin}/models/{id}?{query}")
                }
            }
            _ => format!(
                "{origin}/sandbox#{}",
                share::encode(&share::Shared { code, params })
            ),
        };
        link.set(Some(url.clone()));
        copied.set(false);
        let clipboard = window.navigator().clipboard();
        leptos::task::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&url))
                .await
                .is_ok()
            {
                copied.set(true);
            }
        });
    };
    view! {
        <div class="share">
            <button type="button" class="button button--quiet" id="share-button" on:click=make>
                {move || i18n.t("sandbox-share")}
            </button>
            <Show when=move || link.get().is_some()>
                <input type="text" readonly class="share__link" id="share-link" aria-label=move || i18n.t("sandbox-share-label")
                    prop:value=move || link.get().unwrap_or_default()
                    on:focus=|event| {
                        if let Some(input) = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
                <p class="share__note" role="status">{move || if copied.get() { i18n.t("sandbox-share-copied") } else { i18n.t("sandbox-share-copy") }}</p>
            </Show>
        </div>
    }
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
