//! The Python runtime's download, with a real progress bar the first time code runs.

use leptos::prelude::*;

use crate::running::runner::{RunnerState, use_python_runner};
use crate::shell::i18n::use_i18n;

#[component]
pub fn RuntimeStatus() -> impl IntoView {
    let i18n = use_i18n();
    let runner = use_python_runner();
    move || match runner.state.get() {
        RunnerState::Downloading { loaded, total } => {
            let megabytes = |bytes: f64| format!("{:.1}", bytes / 1_000_000.0);
            let label = i18n.t_text_args(
                "runtime-downloading",
                &[("loaded", megabytes(loaded)), ("total", megabytes(total))],
            );
            Some(
                view! {
                    <div class="runtime-status" role="status">
                        <label for="runtime-progress">{label}</label>
                        <progress id="runtime-progress" max=total value=loaded></progress>
                    </div>
                }
                .into_any(),
            )
        }
        state @ (RunnerState::Starting | RunnerState::Running) => {
            let key = if state == RunnerState::Starting {
                "runtime-starting"
            } else {
                "runtime-running"
            };
            Some(
                view! {
                    <div class="runtime-status" role="status">
                        <span class="spinner" aria-hidden="true"></span>
                        <span>{move || i18n.t(key)}</span>
                    </div>
                }
                .into_any(),
            )
        }
        _ => None,
    }
}
