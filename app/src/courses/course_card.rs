//! One course on the course list: its title, summary and size, in the user's language.

use darbnica_api::CourseSummary;
use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[component]
pub fn CourseCard(course: CourseSummary) -> impl IntoView {
    let i18n = use_i18n();
    let CourseSummary {
        id,
        title,
        summary,
        lesson_count,
        exercise_count,
    } = course;
    let href = format!("/courses/{id}");
    view! {
        <article class="course-card" data-course-id=id>
            <h3 class="course-card__title">
                <a href=href>{move || title.get(i18n.language().code()).to_owned()}</a>
            </h3>
            <p class="course-card__summary">{move || summary.get(i18n.language().code()).to_owned()}</p>
            <p class="course-card__meta">
                {move || i18n.t_count("course-lesson-count", lesson_count)}
                " · "
                {move || i18n.t_count("course-exercise-count", exercise_count)}
            </p>
        </article>
    }
}
