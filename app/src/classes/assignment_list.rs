//! What a class has been assigned, with due dates; each can be taken back (the students' work on
//! it stays theirs).

use darbnica_api::classes::Assignment;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::classes::class_state::use_class;
use crate::shell::api;
use crate::shell::dates;
use crate::shell::i18n::use_i18n;

#[component]
pub fn AssignmentList() -> impl IntoView {
    let i18n = use_i18n();
    let class = use_class();
    let error = RwSignal::new(None::<&'static str>);
    let remove = move |assignment: String| {
        let id = class.id.get_value();
        spawn_local(async move {
            match api::unassign(&id, &assignment).await {
                Ok(()) => {
                    error.set(None);
                    class.change_grid(|grid| grid.assignments.retain(|item| item.id != assignment));
                }
                Err(failure) => error.set(Some(failure.message_key())),
            }
        });
    };
    view! {
        {move || error.get().map(|key| view! { <p class="form-error" role="alert">{move || i18n.t(key)}</p> })}
        {move || {
            let assignments = class.grid.with(|grid| grid.assignments.clone());
            if assignments.is_empty() {
                return view! { <p class="empty-state" id="assignments-empty">{move || i18n.t("assign-none-yet")}</p> }.into_any();
            }
            view! {
                <ul class="assignment-list" id="assignment-list">
                    {assignments.into_iter().map(|assignment| {
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
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
