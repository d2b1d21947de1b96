//! One exercise in a course's list: how far the student got, its title (a link to it) and its
//! difficulty.

use darbnica_api::ExerciseSummary;
use leptos::prelude::*;

use crate::courses::progress_badge::ProgressBadge;
use crate::progress::store::Status;
use crate::shell::i18n::use_i18n;

#[component]
pub fn ExerciseLink(
    course: String,
    exercise: ExerciseSummary,
    status: Option<Status>,
) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/courses/{course}/{}", exercise.id);
    let title = exercise.title.clone();
    let difficulty = exercise.difficulty;
    view! {
        <li class="exercise-list__item" data-exercise-id=exercise.id.clone()>
            <a href=href class="exercise-list__link">
                <ProgressBadge status/>
                <span class="exercise-list__title">{move || title.get(i18n.language().code()).to_owned()}</span>
                <span class="difficulty" title=move || i18n.t_args("exercise-difficulty", &[("level", i64::from(difficulty))])>
                    {"●".repeat(usize::from(difficulty))}
                </span>
            </a>
        </li>
    }
}
