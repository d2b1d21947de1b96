//! The model's size and triangle count under the view, or why there is no model.

use darbnica_api::python::ModelInfo;
use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

/// The model's size and triangle count, or why there is no model.
#[component]
pub fn ModelFacts(model: Signal<Option<Box<ModelInfo>>>) -> impl IntoView {
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
