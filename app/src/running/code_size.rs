//! The size of code text (the editor and the program's output), chosen under any editor and kept
//! in this browser: larger for a projector or tired eyes, smaller for a phone.

use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

const STORAGE_KEY: &str = "darbnica-code-size";

/// The sizes, as (value kept, Fluent key, CSS size).
const SIZES: &[(&str, &str, &str)] = &[
    ("small", "code-size-small", "0.85rem"),
    ("normal", "code-size-normal", "0.95rem"),
    ("large", "code-size-large", "1.2rem"),
    ("larger", "code-size-larger", "1.5rem"),
];

/// Sets `--code-size` on the page for `size` (one of [`SIZES`]; the normal size for others).
fn apply(size: &str) {
    let css = SIZES
        .iter()
        .find(|(value, ..)| *value == size)
        .map_or("0.95rem", |(.., css)| *css);
    if let Some(root) = document()
        .document_element()
        .and_then(|root| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root).ok())
    {
        let _ = root.style().set_property("--code-size", css);
    }
}

fn stored() -> String {
    window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
        .unwrap_or_else(|| "normal".to_owned())
}

/// The size chooser.
#[component]
pub fn CodeSize() -> impl IntoView {
    let i18n = use_i18n();
    let size = RwSignal::new(stored());
    apply(&size.get_untracked());
    let choose = move |value: String| {
        apply(&value);
        if let Some(storage) = window().local_storage().ok().flatten() {
            let _ = storage.set_item(STORAGE_KEY, &value);
        }
        size.set(value);
    };
    view! {
        <label class="code-size">
            <span>{move || i18n.t("code-size-label")}</span>
            <select on:change=move |event| choose(event_target_value(&event))>
                {SIZES
                    .iter()
                    .map(|(value, key, _)| {
                        view! {
                            <option value=*value selected=move || size.get() == *value>
                                {move || i18n.t(key)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
