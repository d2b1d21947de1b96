//! A `True`/`False` parameter's checkbox.

use darbnica_api::python::ModelParam;
use leptos::prelude::*;

use crate::sandbox::param_controls::label_of;

#[component]
pub fn ParamToggle(param: ModelParam, on_change: Callback<(String, f64)>) -> impl IntoView {
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
