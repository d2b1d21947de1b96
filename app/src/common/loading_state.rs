//! A placeholder while something loads: a spinner and a sentence, announced to screen readers.

use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[component]
pub fn LoadingState(message_key: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="loading-state" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            <span>{move || i18n.t(message_key)}</span>
        </div>
    }
}
