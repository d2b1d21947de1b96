//! What a class has been assigned, with due dates; each can be taken back (the students' work on
//! it stays theirs).

use darbnica_api::classes::Assignment;
use leptos::prelude::*;

use crate::classes::class_state::use_class;
use crate::common::form_error::FormError;
use crate::common::item_list::ItemList;
use crate::common::submission::Submission;
use crate::shell::api::{self, Action};
use crate::shell::dates;
use crate::shell::i18n::use_i18n;

#[component]
pub fn AssignmentList() -> impl IntoView {
    let i18n = use_i18n();
    let class = use_class();
    let form = Submission::new();
    let remove = move |assignment: String| {
        let id = class.id.get_value();
        let removed = assignment.clone();
        form.send(
            Action::Other,
            async move { api::unassign(&id, &assignment).await },
            move |()| {
                class.change_grid(|grid| grid.assignments.retain(|item| item.id != removed));
            },
        );
    };
    view! {
        <FormError message=form.error/>
        {move || view! {
            <ItemList items=class.grid.with(|grid| grid.assignments.clone()) class="assignment-list" id="assignment-list" empty_key="assign-none-yet" empty_id="assignments-empty" let:assignment>
                {
                        let Assignment { id, item, title, path, due_at, .. } = assignment;
                        view! {
                            <li class="assignment-list__item" data-item=item>
                                <a href=path>{move || title.get(i18n.language().code()).to_owned()}</a>
                                <span class="assignment-list__due">{move || match due_at {
                                    Some(due) => i18n.t_text_args("grid-due", &[("when", dates::date_time(due, i18n.language()))]),
                                    None => i18n.t("assign-no-due"),
                                }}</span>
                                <button type="button" class="button button--quiet button--small" on:click=move |_| remove(id.clone())>
                                    {move || i18n.t("assign-remove")}
                                </button>
                            </li>
                        }
                }
            </ItemList>
        }}
    }
}
