//! The home page: what the portal is for, and the courses to start with.

use leptos::prelude::*;

use crate::courses::course_list::CourseList;
use crate::shell::i18n::use_i18n;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="hero">
            <h1 class="hero__title">{move || i18n.t("home-title")}</h1>
            <p class="hero__text">{move || i18n.t("home-intro")}</p>
        </section>
        <section class="courses" aria-labelledby="courses-heading">
            <h2 id="courses-heading">{move || i18n.t("home-courses-heading")}</h2>
            <CourseList/>
        </section>
    }
}
