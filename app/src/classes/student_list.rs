//! A class's students, with when they joined. The teacher of the class where a student's account
//! was made can give them a new password when they forget theirs (the student is signed out
//! everywhere; the page suggests a passphrase); a student who joined from another class keeps
//! that class's teacher. Any student can be removed after confirming (they keep their account and
//! work); a student whose account was made here and who is in no other class can also have the
//! account deleted with all its work.

use darbnica_api::classes::StudentRef;
use leptos::prelude::*;

use crate::classes::class_state::use_class;
use crate::classes::student_password_form::StudentPasswordForm;
use crate::common::cancel_button::CancelButton;
use crate::common::form_error::FormError;
use crate::common::item_list::ItemList;
use crate::common::submission::Submission;
use crate::shell::api::{self, Action};
use crate::shell::dates;
use crate::shell::i18n::use_i18n;

#[component]
pub fn StudentList() -> impl IntoView {
    let i18n = use_i18n();
    let class = use_class();
    // The student whose removal waits for a "yes".
    let confirming = RwSignal::new(None::<String>);
    // The student whose new password is being typed, and the last student given one.
    let setting = RwSignal::new(None::<String>);
    let password_set = RwSignal::new(None::<String>);
    let form = Submission::new();
    let remove = move |student: String, delete_account: bool| {
        let id = class.id.get_value();
        let removed = student.clone();
        let sent = async move {
            if delete_account {
                api::delete_student_account(&id, &student).await
            } else {
                api::remove_student(&id, &student).await
            }
        };
        form.send(Action::Other, sent, move |()| {
            confirming.set(None);
            class.change_grid(|grid| grid.students.retain(|other| other.id != removed));
        });
    };
    view! {
        <FormError message=form.error/>
        {move || password_set.get().map(|name| view! {
            <p class="form-success" id="student-password-set" role="status">
                {move || i18n.t_text_args("students-password-set", &[("name", name.clone())])}
            </p>
        })}
        {move || view! {
            <ItemList items=class.grid.with(|grid| grid.students.clone()) class="student-list" id="student-list" empty_key="students-none" empty_id="students-empty" let:student>
                {
                        let StudentRef { id, name, joined_at, account_here, only_here } = student;
                        let asking = {
                            let id = id.clone();
                            move || confirming.with(|confirming| confirming.as_deref() == Some(id.as_str()))
                        };
                        let ask_id = id.clone();
                        let password_id = id.clone();
                        let form_id = id.clone();
                        let password_name = name.clone();
                        let setting_this = {
                            let id = id.clone();
                            move || setting.with(|setting| setting.as_deref() == Some(id.as_str()))
                        };
                        let confirm_name = name.clone();
                        let work_url = api::student_work_url(&class.id.get_value(), &id);
                        let item_id = id.clone();
                        view! {
                            <li class="student-list__item" data-student=item_id>
                                <span class="student-list__name">{name.clone()}</span>
                                <span class="student-list__joined">{move || i18n.t_text_args("students-joined", &[("when", dates::date_time(joined_at, i18n.language()))])}</span>
                                <Show
                                    when=asking.clone()
                                    fallback=move || {
                                        let ask_id = ask_id.clone();
                                        let open_id = password_id.clone();
                                        view! {
                                            {if account_here {
                                                view! {
                                                    <button type="button" class="button button--quiet button--small student-list__password"
                                                        on:click=move |_| {
                                                            password_set.set(None);
                                                            setting.set(Some(open_id.clone()));
                                                        }>
                                                        {move || i18n.t("students-new-password")}
                                                    </button>
                                                }.into_any()
                                            } else {
                                                view! {
                                                    <span class="student-list__elsewhere" title=move || i18n.t("students-account-elsewhere-why")>
                                                        {move || i18n.t("students-account-elsewhere")}
                                                    </span>
                                                }.into_any()
                                            }}
                                            <a class="button button--quiet button--small student-list__work" download=""
                                                href=work_url.clone()>{move || i18n.t("students-work")}</a>
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
                                                    on:click={ let id = id.clone(); move |_| remove(id.clone(), false) }>
                                                    {move || i18n.t("students-remove-yes")}
                                                </button>
                                                {only_here.then(|| {
                                                    let id = id.clone();
                                                    view! {
                                                        <p class="student-list__delete-note">{move || i18n.t("students-delete-account-note")}</p>
                                                        <button type="button" class="button button--danger button--small student-list__delete-account"
                                                            on:click=move |_| remove(id.clone(), true)>
                                                            {move || i18n.t("students-delete-account")}
                                                        </button>
                                                    }
                                                })}
                                                <CancelButton on_cancel=move || confirming.set(None) small=true/>
                                            </div>
                                        }
                                    }
                                </Show>
                                <Show when=setting_this.clone()>
                                    <StudentPasswordForm student=form_id.clone() name=password_name.clone() setting password_set/>
                                </Show>
                            </li>
                        }
                }
            </ItemList>
        }}
    }
}
