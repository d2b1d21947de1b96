//! The list of courses from the server, with its loading, error and empty states.

use leptos::prelude::*;

use crate::common::item_list::ItemList;
use crate::common::loaded::Loaded;
use crate::courses::course_card::CourseCard;
use crate::shell::api;

#[component]
pub fn CourseList() -> impl IntoView {
    let courses = LocalResource::new(api::fetch_courses);
    view! {
        <Loaded resource=courses loading_key="courses-loading" error_title_key="courses-error-title" let:courses>
            <ItemList items=courses class="course-list" empty_key="courses-empty" let:course><li><CourseCard course/></li></ItemList>
        </Loaded>
    }
}
