//! One labelled input of a form, bound to a signal, with an optional hint under it. Names,
//! emails, passwords and codes all use it, so forms look and behave alike.

use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

/// The values of a form's text fields, empty to begin with: `let [name, password] = text_fields();`.
pub fn text_fields<const N: usize>() -> [RwSignal<String>; N] {
    std::array::from_fn(|_| RwSignal::new(String::new()))
}

#[component]
pub fn FormField(
    /// The input's id (also for the label and tests).
    id: &'static str,
    label_key: &'static str,
    value: RwSignal<String>,
    /// `text`, `email`, `password`, …
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] hint_key: Option<&'static str>,
    #[prop(optional)] max_length: Option<usize>,
    #[prop(optional)] class: Option<&'static str>,
    /// While true, a `password` field shows what it holds (a suggested passphrase to write down).
    #[prop(optional)]
    shown: Option<RwSignal<bool>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let described_by = hint_key.map(|_| hint_id.clone());
    view! {
        <div class=format!("field {}", class.unwrap_or_default())>
            <label for=id>{move || i18n.t(label_key)}</label>
            <input
                id=id
                name=id
                type=move || if shown.is_some_and(|shown| shown.get()) { "text" } else { kind }
                autocomplete=autocomplete
                maxlength=max_length.map(|length| length.to_string())
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            />
            {hint_key.map(|key| view! { <p class="field__hint" id=hint_id>{move || i18n.t(key)}</p> })}
        </div>
    }
}
