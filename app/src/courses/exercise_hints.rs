//! An exercise's hints, revealed one at a time.

use darbnica_api::Localized;
use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

/// `hints` (HTML), the first `shown` of them shown; `on_reveal` asks for the next.
#[component]
pub fn ExerciseHints(
    hints: Vec<Localized>,
    shown: Signal<u32>,
    on_reveal: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.language().code();
    let hint_count = hints.len() as u32;
    view! {
        <section class="hints" aria-labelledby="hints-heading">
            <h2 id="hints-heading">{move || i18n.t("hints-heading")}</h2>
            <ol class="hints__list">
                {move || {
                    let shown = shown.get() as usize;
                    hints.iter().take(shown).map(|hint| {
                        let html = hint.get(lang()).to_owned();
                        view! { <li class="hint" inner_html=html></li> }
                    }).collect_view()
                }}
            </ol>
            <button type="button" class="button button--hint" id="hint-button"
                on:click=move |_| on_reveal.run(()) disabled=move || { shown.get() >= hint_count }>
                {move || if shown.get() >= hint_count {
                    i18n.t("hints-all-shown")
                } else {
                    i18n.t_args("hints-show", &[("number", i64::from(shown.get() + 1)), ("total", i64::from(hint_count))])
                }}
            </button>
        </section>
    }
}
