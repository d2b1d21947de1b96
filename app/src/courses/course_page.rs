//! A course: its lessons in order, each with its exercises and how far the student got with each
//! (from this browser's progress store).

use leptos::prelude::*;

use crate::common::loaded::{Loaded, use_route_param, use_route_resource};
use crate::courses::course_view::CourseView;
use crate::progress::store;
use crate::progress::sync::use_progress_sync;
use crate::shell::api;

#[component]
pub fn CoursePage() -> impl IntoView {
    let course = use_route_resource("course", |id| async move { api::fetch_course(&id).await });
    let course_id = use_route_param("course");
    let sync = use_progress_sync();
    let progress = LocalResource::new(move || {
        // Read again when progress from other devices has been merged in.
        let _ = sync.changed.get();
        let id = course_id();
        async move { store::load_course(&id).await.unwrap_or_default() }
    });
    view! {
        <Loaded resource=course loading_key="course-loading" error_title_key="course-error-title" keep_while_reloading=true let:course>
            // The progress is read apart, so that merging progress in does not fetch the course again.
            {move || {
                let course = course.clone();
                Suspend::new(async move { view! { <CourseView course progress=progress.await/> } })
            }}
        </Loaded>
    }
}
