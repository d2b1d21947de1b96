//! One class in a teacher's list of classes: its name (a link to its page), join code, and how
//! many students and assignments it has.

use darbnica_api::classes::ClassSummary;
use leptos::prelude::*;

use crate::common::counts::Counts;
use crate::shell::i18n::use_i18n;

#[component]
pub fn ClassCard(class: ClassSummary) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/classes/{}", class.id);
    let ClassSummary {
        id,
        name,
        join_code,
        student_count,
        assignment_count,
        archived,
        ..
    } = class;
    view! {
        <li class="card class-card" data-class-id=id class:class-card--archived=archived>
            <h2 class="class-card__name"><a href=href>{name}</a></h2>
            <p class="class-card__code">{move || i18n.t("field-class-code")} ": " <strong class="join-code-inline">{join_code.clone()}</strong></p>
            <Counts class="class-card__counts" counts=vec![("classes-student-count", student_count), ("classes-assignment-count", assignment_count)]/>
        </li>
    }
}
