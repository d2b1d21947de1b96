//! How a run ended, said plainly: for an error, a friendly explanation beside Python's own
//! traceback, with the line to look at.

use darbnica_api::python::RunOutcome;
use leptos::prelude::*;

use crate::running::error_report::ErrorReport;
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
            PageOutcome::LoadFailed => {
                ("run-result run-result--problem", i18n.t("run-load-failed"))
            }
            PageOutcome::Unreadable => ("run-result run-result--problem", i18n.t("run-unreadable")),
        };
        Some(view! { <p class=class role="status">{message}</p> }.into_any())
    }
}
