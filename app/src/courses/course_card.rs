//! One course on the course list: its title, summary and size, in the user's language.

use darbnica_api::CourseSummary;
use leptos::prelude::*;

use crate::common::counts::Counts;
use crate::shell::i18n::use_i18n;

#[component]
pub fn CourseCard(course: CourseSummary) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/courses/{}", course.id);
    let counts = vec![
        ("course-lesson-count", course.lesson_count),
        ("course-exercise-count", course.exercise_count),
    ];
    view! {
        <article class="course-card" data-course-id=course.id>
            <h3 class="course-card__title">
                <a href=href>{i18n.localized(&course.title)}</a>
            </h3>
            <p class="course-card__summary">{i18n.localized(&course.summary)}</p>
            <Counts class="course-card__meta" counts/>
        </article>
    }
}
