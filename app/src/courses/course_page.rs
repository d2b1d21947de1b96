//! A course: its lessons in order, each with its exercises and how far the student got with each
//! (from this browser's progress store).

use std::collections::HashMap;

use darbnica_api::{CourseDetail, ExerciseSummary};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::courses::progress_badge::ProgressBadge;
use crate::progress::store::{self, ExerciseProgress, Status};
use crate::progress::sync::use_progress_sync;
use crate::shell::api;
use crate::shell::i18n::use_i18n;

#[component]
pub fn CoursePage() -> impl IntoView {
    let params = use_params_map();
    let course_id = move || params.with(|params| params.get("course").unwrap_or_default());
    let course = LocalResource::new(move || {
        let id = course_id();
        async move { api::fetch_course(&id).await }
    });
    let sync = use_progress_sync();
    let progress = LocalResource::new(move || {
        // Read again when progress from other devices has been merged in.
        let _ = sync.changed.get();
        let id = course_id();
        async move { store::load_course(&id).await.unwrap_or_default() }
    });
    let page = move || {
        Suspend::new(async move {
            let progress = progress.await;
            match course.await {
                Ok(course) => view! { <CourseView course progress/> }.into_any(),
                Err(error) => view! {
                    <ErrorState
                        title_key="course-error-title"
                        message_key=error.message_key()
                        on_retry=move || course.refetch()
                    />
                }
                .into_any(),
            }
        })
    };
    view! {
        <Transition fallback=move || view! { <LoadingState message_key="course-loading"/> }>{page}</Transition>
    }
}

#[component]
fn CourseView(course: CourseDetail, progress: HashMap<String, ExerciseProgress>) -> impl IntoView {
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

#[component]
fn ExerciseLink(
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
