//! The list of courses from the server, with its loading, error and empty states.

use leptos::prelude::*;

use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::courses::course_card::CourseCard;
use crate::shell::api;
use crate::shell::i18n::use_i18n;

#[component]
pub fn CourseList() -> impl IntoView {
    let i18n = use_i18n();
    let courses = LocalResource::new(api::fetch_courses);
    let list = move || {
        Suspend::new(async move {
            match courses.await {
                Ok(courses) if courses.is_empty() => {
                    view! { <p class="empty-state">{move || i18n.t("courses-empty")}</p> }.into_any()
                }
                Ok(courses) => view! {
                    <ul class="course-list">
                        {courses.into_iter().map(|course| view! { <li><CourseCard course/></li> }).collect_view()}
                    </ul>
                }
                .into_any(),
                Err(error) => view! {
                    <ErrorState
                        title_key="courses-error-title"
                        message_key=error.message_key()
                        on_retry=move || courses.refetch()
                    />
                }
                .into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=move || view! { <LoadingState message_key="courses-loading"/> }>{list}</Suspense>
    }
}
