//! A loaded course: its title and summary, how many of its exercises the student has solved, the
//! workshops that used it, and its lessons with their exercises.

use std::collections::HashMap;

use darbnica_api::CourseDetail;
use leptos::prelude::*;

use crate::courses::exercise_link::ExerciseLink;
use crate::progress::store::{ExerciseProgress, Status};
use crate::shell::i18n::use_i18n;

#[component]
pub fn CourseView(
    course: CourseDetail,
    progress: HashMap<String, ExerciseProgress>,
) -> impl IntoView {
    let i18n = use_i18n();
    let total: u32 = course
        .lessons
        .iter()
        .map(|lesson| lesson.exercises.len() as u32)
        .sum();
    let solved = progress
        .values()
        .filter(|entry| entry.status == Some(Status::Solved))
        .count() as u32;
    let CourseDetail {
        id,
        title,
        summary,
        lessons,
        workshops,
    } = course;
    let title_text = title.clone();
    let progress = StoredValue::new(progress);
    view! {
        <nav class="breadcrumbs" aria-label=move || i18n.t("breadcrumbs-label")>
            <a href="/">{move || i18n.t("nav-courses")}</a>
        </nav>
        <section class="course" data-course-id=id.clone()>
            <h1>{move || title_text.get(i18n.language().code()).to_owned()}</h1>
            <p class="course__summary">{move || summary.get(i18n.language().code()).to_owned()}</p>
            <p class="course__progress" id="course-progress">
                {move || i18n.t_args("course-progress", &[("solved", i64::from(solved)), ("total", i64::from(total))])}
            </p>
            <progress class="course__progress-bar" max=total value=solved aria-labelledby="course-progress"></progress>
            {(!workshops.is_empty()).then(|| view! {
                <aside class="course__workshops">
                    <h2>{move || i18n.t("course-workshops")}</h2>
                    <ul>
                        {workshops.into_iter().map(|workshop| {
                            let url = workshop.url.clone();
                            view! { <li><a href=url rel="noopener">{move || workshop.title.get(i18n.language().code()).to_owned()}</a></li> }
                        }).collect_view()}
                    </ul>
                </aside>
            })}
            <ol class="lessons">
                {lessons.into_iter().map(|lesson| {
                    let course = id.clone();
                    let lesson_title = lesson.title.clone();
                    view! {
                        <li class="lesson" data-lesson-id=lesson.id.clone()>
                            <h2 class="lesson__title">{move || lesson_title.get(i18n.language().code()).to_owned()}</h2>
                            {if lesson.exercises.is_empty() {
                                view! { <p class="lesson__empty">{move || i18n.t("lesson-no-exercises")}</p> }.into_any()
                            } else {
                                view! {
                                    <ol class="exercise-list">
                                        {lesson.exercises.into_iter().map(|exercise| {
                                            let status = progress.with_value(|progress| progress.get(&exercise.id).and_then(|entry| entry.status));
                                            view! { <ExerciseLink course=course.clone() exercise status/> }
                                        }).collect_view()}
                                    </ol>
                                }.into_any()
                            }}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
