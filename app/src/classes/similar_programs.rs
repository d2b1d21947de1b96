//! The class page's similarity view: for one assigned item, pairs of students whose latest
//! programs are nearly the same once names, comments and spacing are set aside (the server's
//! comparison), most alike first, each with the two programs side by side. It informs, it does
//! not accuse: the words say that beginners' programs are often alike.

use darbnica_api::feedback::Similarity;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::classes::class_state::use_class;
use crate::shell::api;
use crate::shell::i18n::use_i18n;

#[component]
pub fn SimilarPrograms() -> impl IntoView {
    let i18n = use_i18n();
    let class = use_class();
    let chosen = RwSignal::new(None::<String>);
    let result = RwSignal::new(None::<Result<Similarity, &'static str>>);
    let busy = RwSignal::new(false);
    let item = move || {
        chosen.get().or_else(|| {
            class.grid.with(|grid| {
                grid.assignments
                    .first()
                    .map(|assignment| assignment.item.clone())
            })
        })
    };
    let compare = move |_| {
        let Some(item) = item() else {
            return;
        };
        busy.set(true);
        let id = class.id.get_value();
        spawn_local(async move {
            let answer = api::fetch_similarity(&id, &item)
                .await
                .map_err(|error| error.message_key());
            busy.set(false);
            result.set(Some(answer));
        });
    };
    view! {
        <section class="similar" aria-labelledby="similar-heading">
            <h2 id="similar-heading">{move || i18n.t("similar-heading")}</h2>
            <p class="similar__intro">{move || i18n.t("similar-intro")}</p>
            <div class="similar__ask">
                <label for="similar-item">{move || i18n.t("similar-item")}</label>
                <select id="similar-item" on:change=move |event| {
                    chosen.set(Some(event_target_value(&event)));
                    result.set(None);
                }>
                    {move || class.grid.with(|grid| grid.assignments.iter().map(|assignment| {
                        let title = assignment.title.clone();
                        let value = assignment.item.clone();
                        view! { <option value=value>{move || title.get(i18n.language().code()).to_owned()}</option> }
                    }).collect_view())}
                </select>
                <button type="button" class="button button--outline" id="similar-compare"
                    disabled=move || busy.get() || item().is_none() on:click=compare>
                    {move || i18n.t("similar-compare")}
                </button>
            </div>
            {move || result.get().map(|answer| match answer {
                Err(key) => view! { <p class="notice notice--problem" role="alert">{move || i18n.t(key)}</p> }.into_any(),
                Ok(similarity) => {
                    let Similarity { compared, too_short, pairs } = similarity;
                    view! {
                        <p class="similar__summary" id="similar-summary" role="status">
                            {move || i18n.t_count("similar-compared", compared)}
                            {(too_short > 0).then(|| view! { " " {move || i18n.t_count("similar-too-short", too_short)} })}
                            " "
                            {(pairs.is_empty()).then(|| view! { {move || i18n.t("similar-none")} })}
                        </p>
                        <ol class="similar__pairs" id="similar-pairs">
                            {pairs.into_iter().map(|pair| {
                                let label = format!("{} · {}", pair.first.name, pair.second.name);
                                view! {
                                    <li class="similar-pair">
                                        <details>
                                            <summary>
                                                <span class="similar-pair__names">{label}</span>
                                                " — "
                                                <span class="similar-pair__percent">{move || i18n.t_text_args("similar-percent", &[("percent", pair.percent.to_string())])}</span>
                                            </summary>
                                            <div class="similar-pair__programs">
                                                <figure>
                                                    <figcaption>{pair.first.name.clone()}</figcaption>
                                                    <pre><code>{pair.first.code.clone()}</code></pre>
                                                </figure>
                                                <figure>
                                                    <figcaption>{pair.second.name.clone()}</figcaption>
                                                    <pre><code>{pair.second.code.clone()}</code></pre>
                                                </figure>
                                            </div>
                                        </details>
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }
            })}
        </section>
    }
}
