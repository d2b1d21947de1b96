//! The way to the course's previous and next exercises.

use darbnica_api::ExerciseSummary;
use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[component]
pub fn ExerciseNav(
    course: String,
    previous: Option<ExerciseSummary>,
    next: Option<ExerciseSummary>,
) -> impl IntoView {
    let i18n = use_i18n();
    let neighbour_href = move |id: &str| format!("/courses/{course}/{id}");
    let previous_link = previous.map(|exercise| {
        let href = neighbour_href(&exercise.id);
        view! {
            <a class="exercise-nav__previous" href=href rel="prev">
                "← " {move || exercise.title.get(i18n.language().code()).to_owned()}
            </a>
        }
    });
    let next_link = next.map(|exercise| {
        let href = neighbour_href(&exercise.id);
        view! {
            <a class="exercise-nav__next" href=href rel="next">
                {move || exercise.title.get(i18n.language().code()).to_owned()} " →"
            </a>
        }
    });
    view! {
        <nav class="exercise-nav" aria-label=move || i18n.t("exercise-nav-label")>
            {previous_link}
            {next_link}
        </nav>
    }
}
