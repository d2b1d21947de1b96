//! A course: its lessons in order, each with its exercises and how far the student got with each
//! (from this browser's progress store).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::courses::course_view::CourseView;
use crate::progress::store;
use crate::progress::sync::use_progress_sync;
use crate::shell::api;

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
