//! How a run ended, said plainly: for an error, a friendly explanation beside Python's own
//! traceback, with the line to look at.

use darbnica_api::python::{PythonError, RunOutcome};
use leptos::prelude::*;

use crate::common::rich_text::with_code;
use crate::running::runner::PageOutcome;
use crate::shell::i18n::use_i18n;

#[component]
pub fn RunResult(outcome: Signal<Option<PageOutcome>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let outcome = outcome.get()?;
        let (class, message) = match &outcome {
            PageOutcome::Runtime(RunOutcome::Finished) => {
                ("run-result run-result--ok", i18n.t("run-finished"))
            }
            PageOutcome::Runtime(RunOutcome::Exited { code }) => (
                "run-result",
                i18n.t_args("run-exited", &[("code", i64::from(*code))]),
            ),
            PageOutcome::Runtime(RunOutcome::Error(error)) => {
                return Some(view! { <ErrorReport error=error.clone()/> }.into_any());
            }
            PageOutcome::Runtime(RunOutcome::TimeLimit { limit_ms }) => (
                "run-result run-result--problem",
                i18n.t_args(
                    "run-time-limit",
                    &[("seconds", i64::from(*limit_ms / 1000))],
                ),
            ),
            PageOutcome::Runtime(RunOutcome::OutputLimit { limit_lines, .. }) => (
                "run-result run-result--problem",
                i18n.t_args("run-output-limit", &[("lines", i64::from(*limit_lines))]),
            ),
            PageOutcome::Runtime(RunOutcome::MemoryLimit { limit_mib }) => (
                "run-result run-result--problem",
                i18n.t_args("run-memory-limit", &[("megabytes", i64::from(*limit_mib))]),
            ),
            PageOutcome::Runtime(RunOutcome::NoInput) => ("run-result", i18n.t("run-no-input")),
            PageOutcome::Runtime(RunOutcome::Crashed { .. }) | PageOutcome::WorkerCrashed => {
                ("run-result run-result--problem", i18n.t("run-crashed"))
            }
            PageOutcome::Stopped => ("run-result", i18n.t("run-stopped")),
            PageOutcome::LoadFailed => {
                ("run-result run-result--problem", i18n.t("run-load-failed"))
            }
            PageOutcome::Unreadable => ("run-result run-result--problem", i18n.t("run-unreadable")),
        };
        Some(view! { <p class=class role="status">{message}</p> }.into_any())
    }
}

#[component]
fn ErrorReport(error: PythonError) -> impl IntoView {
    let i18n = use_i18n();
    // A specific explanation where the error is a common one; a general one for its kind otherwise.
    let (key, args): (&'static str, Vec<(&'static str, String)>) =
        match darbnica_api::explain::explain(&error) {
            Some(explanation) => (explanation.key, explanation.args.into_iter().collect()),
            None => (explanation_key(&error.kind), Vec::new()),
        };
    let line = error.line;
    view! {
        <div class="run-result run-result--error" role="alert">
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
