//! What a program printed: stdout, stderr in red, and the student's answers to `input()`.

use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[derive(Debug, Clone, PartialEq)]
pub enum OutputPiece {
    Stdout(String),
    Stderr(String),
    /// A line the student typed for `input()`.
    Input(String),
}

#[component]
pub fn RunOutput(pieces: Signal<Vec<OutputPiece>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="run-output" role="log" aria-live="polite" aria-label=move || i18n.t("playground-output-label")>
            <Show when=move || pieces.with(Vec::is_empty)>
                <p class="run-output__placeholder">{move || i18n.t("playground-output-empty")}</p>
            </Show>
            <pre id="run-output-text">
                {move || {
                    pieces
                        .get()
                        .into_iter()
                        .map(|piece| match piece {
                            OutputPiece::Stdout(text) => view! { <span>{text}</span> }.into_any(),
                            OutputPiece::Stderr(text) => view! { <span class="run-output__stderr">{text}</span> }.into_any(),
                            OutputPiece::Input(text) => view! { <span class="run-output__input">{text}</span> }.into_any(),
                        })
                        .collect_view()
                }}
            </pre>
        </div>
    }
}
