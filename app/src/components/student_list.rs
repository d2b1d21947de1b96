//! A class's students, with when they joined; a teacher can remove one after confirming (the
//! student keeps their account and work).

use darbnica_api::classes::StudentRef;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::class_page::use_class;
use crate::dates;
use crate::i18n::use_i18n;

#[component]
pub fn StudentList() -> impl IntoView {
    let i18n = use_i18n();
    let class = use_class();
    // The student whose removal waits for a "yes".
    let confirming = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<&'static str>);
    let remove = move |student: String| {
        let id = class.id.get_value();
        spawn_local(async move {
            match api::remove_student(&id, &student).await {
                Ok(()) => {
                    confirming.set(None);
                    error.set(None);
                    class
                        .grid
                        .update(|grid| grid.students.retain(|other| other.id != student));
                }
                Err(failure) => error.set(Some(failure.message_key())),
            }
        });
    };
    view! {
        {move || error.get().map(|key| view! { <p class="form-error" role="alert">{move || i18n.t(key)}</p> })}
        {move || {
            let students = class.grid.with(|grid| grid.students.clone());
            if students.is_empty() {
                return view! { <p class="empty-state" id="students-empty">{move || i18n.t("students-none")}</p> }.into_any();
            }
            view! {
                <ul class="student-list" id="student-list">
                    {students.into_iter().map(|student| {
                        let StudentRef { id, name, joined_at } = student;
                        let asking = {
                            let id = id.clone();
                            move || confirming.with(|confirming| confirming.as_deref() == Some(id.as_str()))
                        };
                        let ask_id = id.clone();
                        let confirm_name = name.clone();
                        let item_id = id.clone();
                        view! {
                            <li class="student-list__item" data-student=item_id>
                                <span class="student-list__name">{name.clone()}</span>
                                <span class="student-list__joined">{move || i18n.t_text_args("students-joined", &[("when", dates::date_time(joined_at, i18n.language()))])}</span>
                                <Show
                                    when=asking.clone()
                                    fallback=move || {
                                        let ask_id = ask_id.clone();
                                        view! {
                                            <button type="button" class="button button--quiet button--small student-list__remove"
                                                on:click=move |_| confirming.set(Some(ask_id.clone()))>
                                                {move || i18n.t("students-remove")}
                                            </button>
                                        }
                                    }
                                >
                                    {
                                        let id = id.clone();
                                        let confirm_name = confirm_name.clone();
                                        view! {
                                            <div class="student-list__confirm" role="alert">
                                                <p>{move || i18n.t_text_args("students-remove-confirm", &[("name", confirm_name.clone())])}</p>
                                                <button type="button" class="button button--danger button--small student-list__confirm-yes"
                                                    on:click={ let id = id.clone(); move |_| remove(id.clone()) }>
                                                    {move || i18n.t("students-remove-yes")}
                                                </button>
                                                <button type="button" class="button button--outline button--small"
                                                    on:click=move |_| confirming.set(None)>
                                                    {move || i18n.t("action-cancel")}
                                                </button>
                                            </div>
                                        }
                                    }
                                </Show>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
