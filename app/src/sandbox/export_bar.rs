//! Saving the model as a file for a 3D printer (STL, 3MF) or a game engine (OBJ, GLB).

use std::sync::Arc;

use darbnica_api::python::{ExportFormat, ModelInfo, ParamKind};
use leptos::prelude::*;
use wasm_bindgen::JsCast as _;

use crate::running::runner::{ModelMesh, use_python_runner};
use crate::sandbox::share;
use crate::shell::i18n::use_i18n;

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
pub fn ExportBar(
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
