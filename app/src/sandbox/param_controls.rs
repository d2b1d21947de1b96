//! The model's parameters as controls: a slider, a checkbox or a dropdown each.

use std::collections::BTreeMap;

use darbnica_api::python::{ModelInfo, ModelParam, ParamKind};
use leptos::prelude::*;

use crate::sandbox::param_choice::ParamChoice;
use crate::sandbox::param_slider::ParamSlider;
use crate::sandbox::param_toggle::ParamToggle;
use crate::shell::i18n::use_i18n;

/// The model's parameters: a slider (with its number, typed or dragged), a checkbox or a dropdown
/// each.
#[component]
pub fn ParamControls(
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
                        ParamKind::Number => view! { <ParamSlider param on_change/> }.into_any(),
                        ParamKind::Toggle => view! { <ParamToggle param on_change/> }.into_any(),
                        ParamKind::Choice => view! { <ParamChoice param on_change/> }.into_any(),
                    }}
                </For>
            </fieldset>
        </Show>
    }
}

/// A script's words in the page's language (or any language given, or `fallback`), kept current.
pub(crate) fn words_in_language(
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
pub(crate) fn label_of(param: &ModelParam) -> impl Fn() -> String + Send + Sync + use<> {
    words_in_language(param.label.clone(), param.name.clone())
}
