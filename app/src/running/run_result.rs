//! How a run ended, said plainly: for an error, a friendly explanation beside Python's own
//! traceback, with the line to look at.

use darbnica_api::python::RunOutcome;
use leptos::prelude::*;

use crate::running::error_report::ErrorReport;
use crate::running::runner::PageOutcome;
use crate::shell::i18n::{I18n, use_i18n};

/// How the run ended, shown; and said once, briefly, to screen readers through a live region that
/// is always on the page (one added with its text is not announced by every screen reader).
#[component]
pub fn RunResult(outcome: Signal<Option<PageOutcome>>) -> impl IntoView {
    let i18n = use_i18n();
    let announcement =
        move || outcome.with(|outcome| outcome.as_ref().map(|outcome| summary(outcome, i18n).1));
    let shown = move || {
        let outcome = outcome.get()?;
        if let PageOutcome::Runtime(RunOutcome::Error(error)) = &outcome {
            return Some(view! { <ErrorReport error=error.clone()/> }.into_any());
        }
        let (class, message) = summary(&outcome, i18n);
        Some(view! { <p class=class>{message}</p> }.into_any())
    };
    view! {
        <p class="visually-hidden" aria-live="polite" id="run-announcement">{announcement}</p>
        {shown}
    }
}

/// The class and the words for an outcome: for an error, which `ErrorReport` shows in full, its
/// kind and line.
fn summary(outcome: &PageOutcome, i18n: I18n) -> (&'static str, String) {
    match outcome {
        PageOutcome::Runtime(RunOutcome::Finished) => {
            ("run-result run-result--ok", i18n.t("run-finished"))
        }
        PageOutcome::Runtime(RunOutcome::Exited { code }) => (
            "run-result",
            i18n.t_args("run-exited", &[("code", i64::from(*code))]),
        ),
        PageOutcome::Runtime(RunOutcome::Error(error)) => (
            "run-result run-result--error",
            match error.line {
                Some(line) => format!(
                    "{} · {}",
                    error.kind,
                    i18n.t_args("run-error-line", &[("line", i64::from(line))])
                ),
                None => error.kind.clone(),
            },
        ),
        PageOutcome::Runtime(RunOutcome::TimeLimit { limit_ms }) => (
            "run-result run-result--problem",
            i18n.t_args(
                "run-time-limit",
                &[("seconds", i64::from(*limit_ms / 1000))],
            ),
        ),
        PageOutcome::FrameTimeLimit { limit_ms } => (
            "run-result run-result--problem",
            i18n.t_args(
                "run-frame-time-limit",
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
        PageOutcome::LoadFailed => ("run-result run-result--problem", i18n.t("run-load-failed")),
        PageOutcome::Unreadable => ("run-result run-result--problem", i18n.t("run-unreadable")),
    }
}
