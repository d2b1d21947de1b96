//! How a student's code came to be, in the teacher's code dialog: each run of the item with its
//! result, what changed since the run before (shown on demand, line by line), and marks where
//! much came at once: a large insertion, or a paste with its size. The words say what happened,
//! not what it means.

use darbnica_api::feedback::{DiffKind, Run};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::shell::api;
use crate::shell::dates;
use crate::shell::i18n::use_i18n;

#[component]
pub fn RunTimeline(class: String, student: String, item: String) -> impl IntoView {
    let i18n = use_i18n();
    let runs = RwSignal::new(None::<Result<Vec<Run>, &'static str>>);
    spawn_local(async move {
        runs.set(Some(
            api::fetch_runs(&class, &student, &item)
                .await
                .map_err(|error| error.message_key()),
        ));
    });
    view! {
        <section class="run-timeline" aria-labelledby="run-timeline-heading">
            <h3 id="run-timeline-heading">{move || i18n.t("runs-heading")}</h3>
            <p class="run-timeline__note">{move || i18n.t("runs-note")}</p>
            {move || match runs.get() {
                None => view! { <p class="loading-state">{move || i18n.t("code-loading")}</p> }.into_any(),
                Some(Err(key)) => view! { <p class="notice notice--problem">{move || i18n.t(key)}</p> }.into_any(),
                Some(Ok(runs)) => view! {
                    <ol class="run-timeline__runs" id="run-timeline">
                        {runs.into_iter().rev().map(|run| view! { <RunEntry run/> }).collect_view()}
                    </ol>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn RunEntry(run: Run) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let Run {
        id,
        at,
        passed,
        added,
        removed,
        diff,
        pasted,
        large,
    } = run;
    let result_key = if passed {
        "code-passed"
    } else {
        "code-not-passed"
    };
    let diff_id = format!("run-diff-{id}");
    view! {
        <li class="run-timeline__run" class:run-timeline__run--large=large data-run=id.clone()
            data-large=large.to_string()>
            <p class="run-timeline__line">
                <span class="run-timeline__when">{move || dates::date_time(at, i18n.language())}</span>
                " · "
                <span class=if passed { "run-timeline__result run-timeline__result--passed" } else { "run-timeline__result" }>{move || i18n.t(result_key)}</span>
                " · "
                <span class="run-timeline__change" aria-hidden="true">{format!("+{added} −{removed}")}</span>
                <span class="visually-hidden">{move || i18n.t_text_args("runs-lines-said", &[("added", added.to_string()), ("removed", removed.to_string())])}</span>
                {large.then(|| view! { " " <span class="run-timeline__mark">{move || i18n.t("runs-large")}</span> })}
                {pasted.into_iter().map(|size| view! {
                    " " <span class="run-timeline__mark run-timeline__mark--paste">{move || i18n.t_count("runs-pasted", size)}</span>
                }).collect_view()}
                " "
                <button type="button" class="button button--outline button--small run-timeline__toggle"
                    aria-expanded=move || open.get().to_string() aria-controls=diff_id.clone()
                    on:click=move |_| open.update(|open| *open = !*open)>
                    {move || i18n.t(if open.get() { "runs-hide" } else { "runs-show" })}
                </button>
            </p>
            <pre class="run-timeline__diff" id=diff_id hidden=move || !open.get()>
                {diff.into_iter().map(|line| {
                    let (class, sign) = match line.kind {
                        DiffKind::Same => ("diff-line", "  "),
                        DiffKind::Added => ("diff-line diff-line--added", "+ "),
                        DiffKind::Removed => ("diff-line diff-line--removed", "− "),
                        DiffKind::Gap => ("diff-line diff-line--gap", "⋯"),
                    };
                    view! { <span class=class>{sign}{line.text}</span> }
                }).collect_view()}
            </pre>
        </li>
    }
}
