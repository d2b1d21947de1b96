//! A number parameter's slider, with its value typed or dragged.

use darbnica_api::python::ModelParam;
use leptos::prelude::*;

use crate::sandbox::param_controls::label_of;
use crate::shell::i18n::use_i18n;

#[component]
pub fn ParamSlider(param: ModelParam, on_change: Callback<(String, f64)>) -> impl IntoView {
    let i18n = use_i18n();
    let label = label_of(&param);
    // The number box says whose value it is: "Teeth: value", not only "Value".
    let value_label = label_of(&param);
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
                aria-label=move || i18n.t_text_args("sandbox-slider-value", &[("name", value_label())])
                prop:value=move || current.get()
                on:change=move |event| send_number(event_target_value(&event).parse().unwrap_or(f64::NAN))/>
        </div>
    }
}
