//! One item that can be assigned to a class (an exercise or a 3D project), as a checkbox that adds
//! it to the chosen items or takes it out.

use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[component]
pub fn AssignChoice(
    key: String,
    title: darbnica_api::Localized,
    selected: RwSignal<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let checked_key = key.clone();
    let toggled_key = key.clone();
    view! {
        <li>
            <label class="assign-choice">
                <input type="checkbox" data-item=key
                    prop:checked=move || selected.with(|selected| selected.contains(&checked_key))
                    on:change=move |event| {
                        let on = event_target_checked(&event);
                        selected.update(|selected| {
                            selected.retain(|key| *key != toggled_key);
                            if on {
                                selected.push(toggled_key.clone());
                            }
                        });
                    }/>
                <span>{move || title.get(i18n.language().code()).to_owned()}</span>
            </label>
        </li>
    }
}
