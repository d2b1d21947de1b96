//! A parameter with choices, as a dropdown in the page's language.

use darbnica_api::python::ModelParam;
use leptos::prelude::*;

use crate::sandbox::param_controls::{label_of, words_in_language};

#[component]
pub fn ParamChoice(param: ModelParam, on_change: Callback<(String, f64)>) -> impl IntoView {
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
