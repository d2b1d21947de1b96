//! An exercise's solution: shown on request once it is allowed (solved, or after enough tries),
//! with how many tries are left before then.

use darbnica_api::Localized;
use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[component]
pub fn ExerciseSolution(
    solution: Localized,
    show: RwSignal<bool>,
    allowed: Signal<bool>,
    tries_left: Signal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let solution = StoredValue::new(solution);
    view! {
        <section class="solution">
            <Show
                when=move || show.get()
                fallback=move || view! {
                    <button type="button" class="button button--quiet" id="solution-button"
                        on:click=move |_| show.set(true) disabled=move || !allowed.get()>
                        {move || i18n.t("solution-show")}
                    </button>
                    <Show when=move || !allowed.get()>
                        <p class="solution__locked">{move || {
                            i18n.t_count("solution-locked", tries_left.get())
                        }}</p>
                    </Show>
                }
            >
                <h2>{move || i18n.t("solution-heading")}</h2>
                <pre><code class="language-python">{move || solution.with_value(|solution| solution.get(i18n.language().code()).to_owned())}</code></pre>
            </Show>
        </section>
    }
}
