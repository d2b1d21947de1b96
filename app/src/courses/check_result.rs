//! What an exercise's checks found: all passed, or what to fix, each failure saying what was
//! expected and what happened, in the student's language.

use darbnica_api::python::{CheckReport, RunOutcome};
use leptos::prelude::*;

use crate::courses::finding_item::FindingItem;
use crate::running::run_session::Finished;
use crate::running::runner::PageOutcome;
use crate::shell::i18n::use_i18n;

#[component]
pub fn CheckResult(finished: Signal<Option<Finished>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let Finished {
            outcome, report, ..
        } = finished.get()?;
        let view = match (outcome, report) {
            (_, Some(report)) if report.passed() => view! {
                <div class="check-result check-result--passed" role="status" data-passed="true">
                    <p class="check-result__title">{move || i18n.t_count("check-passed", report.total)}</p>
                </div>
            }
            .into_any(),
            (_, Some(CheckReport { broken: Some(details), .. })) => view! {
                <div class="check-result check-result--broken" role="alert">
                    <p class="check-result__title">{move || i18n.t("check-broken")}</p>
                    <details>
                        <summary>{move || i18n.t("check-broken-details")}</summary>
                        <pre>{details}</pre>
                    </details>
                </div>
            }
            .into_any(),
            (_, Some(report)) => {
                let failures = report.failures;
                view! {
                    <div class="check-result check-result--failed" role="alert" data-passed="false">
                        <p class="check-result__title">{move || i18n.t("check-failed")}</p>
                        <ul class="check-result__findings">
                            {failures
                                .into_iter()
                                .map(|finding| view! { <FindingItem finding/> })
                                .collect_view()}
                        </ul>
                    </div>
                }
                .into_any()
            }
            (PageOutcome::Runtime(RunOutcome::Error(_)), None) => view! {
                <p class="check-result check-result--waiting">{move || i18n.t("check-fix-error-first")}</p>
            }
            .into_any(),
            _ => return None,
        };
        Some(view)
    }
}
