//! A Python error at the end of a run: its kind and line, a friendly explanation, and Python's own
//! traceback.

use darbnica_api::python::PythonError;
use leptos::prelude::*;

use crate::common::rich_text::with_code;
use crate::shell::i18n::use_i18n;

#[component]
pub fn ErrorReport(error: PythonError) -> impl IntoView {
    let i18n = use_i18n();
    // A specific explanation where the error is a common one; a general one for its kind otherwise.
    let (key, args): (&'static str, Vec<(&'static str, String)>) =
        match darbnica_api::explain::explain(&error) {
            Some(explanation) => (explanation.key, explanation.args.into_iter().collect()),
            None => (explanation_key(&error.kind), Vec::new()),
        };
    let line = error.line;
    view! {
        // Announced briefly by `RunResult`'s live region, not read out whole.
        <div class="run-result run-result--error">
            <p class="run-result__title">
                <strong>{error.kind.clone()}</strong>
                {move || line.map(|line| format!(" · {}", i18n.t_args("run-error-line", &[("line", i64::from(line))])))}
            </p>
            <p class="run-result__explanation">{move || with_code(&i18n.t_text_args(key, &args))}</p>
            <details open=true>
                <summary>{move || i18n.t("run-error-traceback")}</summary>
                <pre class="run-result__traceback">{error.traceback.clone()}</pre>
            </details>
        </div>
    }
}

/// The friendly explanation for the errors beginners meet most.
fn explanation_key(kind: &str) -> &'static str {
    match kind {
        "NameError" => "explain-name-error",
        "SyntaxError" => "explain-syntax-error",
        "IndentationError" | "TabError" => "explain-indentation-error",
        "TypeError" => "explain-type-error",
        "ZeroDivisionError" => "explain-zero-division-error",
        "ValueError" => "explain-value-error",
        "IndexError" => "explain-index-error",
        "KeyError" => "explain-key-error",
        "AttributeError" => "explain-attribute-error",
        "RecursionError" => "explain-recursion-error",
        "ModuleNotFoundError" | "ImportError" => "explain-import-error",
        "EOFError" => "explain-eof-error",
        _ => "explain-other-error",
    }
}
