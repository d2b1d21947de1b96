//! An exercise's title, with where the student is with it, how hard it is and how many runs it
//! has taken.

use darbnica_api::Localized;
use leptos::prelude::*;

use crate::courses::progress_badge::ProgressBadge;
use crate::progress::store::{ExerciseProgress, Status};
use crate::shell::i18n::use_i18n;

#[component]
pub fn ExerciseHeader(
    title: Localized,
    difficulty: u8,
    progress: Signal<ExerciseProgress>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="exercise__header">
            <h1>{move || title.get(i18n.language().code()).to_owned()}</h1>
            <p class="exercise__meta">
                {move || view! { <ProgressBadge status=progress.with(|progress| progress.status)/> }}
                <span id="exercise-status">{move || {
                    let key = match progress.with(|progress| progress.status) {
                        Some(Status::Solved) => "progress-solved",
                        Some(Status::Tried) => "progress-tried",
                        None => "progress-not-started",
                    };
                    i18n.t(key)
                }}</span>
                " · "
                <span>{move || i18n.t_args("exercise-difficulty", &[("level", i64::from(difficulty))])}</span>
                " · "
                <span id="exercise-attempts">{move || i18n.t_count("exercise-attempts", progress.with(|progress| progress.attempts))}</span>
            </p>
        </header>
    }
}
