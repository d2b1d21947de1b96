//! A link to the model with its settings, to copy and send.

use std::collections::BTreeMap;

use darbnica_api::python::ModelInfo;
use leptos::prelude::*;
use wasm_bindgen::JsCast as _;

use crate::sandbox::share;
use crate::shell::i18n::use_i18n;

/// A link to this model with these settings: a project's own link when its code is unchanged,
/// else one that carries the code.
#[component]
pub fn ShareBox(
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
