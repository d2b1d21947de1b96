//! The head of one column of the class grid: the assigned item (a link to it), its due date, and
//! how many of the class's students have solved it.

use darbnica_api::classes::Assignment;
use leptos::prelude::*;

use crate::shell::dates;
use crate::shell::i18n::use_i18n;

#[component]
pub fn ColumnHead(assignment: Assignment, done: u32, students: u32) -> impl IntoView {
    let i18n = use_i18n();
    let Assignment {
        item,
        title,
        path,
        due_at,
        ..
    } = assignment;
    view! {
        <th scope="col" class="class-grid__item" data-item=item>
            <a href=path class="class-grid__title">{move || title.get(i18n.language().code()).to_owned()}</a>
            {due_at.map(|due| view! {
                <span class="class-grid__due">{move || i18n.t_text_args("grid-due", &[("when", dates::short_date_time(due, i18n.language()))])}</span>
            })}
            <span class="class-grid__done" title=move || i18n.t("grid-done-title")>{move || i18n.t_args("grid-done", &[("done", i64::from(done)), ("total", i64::from(students))])}</span>
        </th>
    }
}
