//! The form in a class's student list where the teacher types a new password for one student.

use darbnica_api::classes::NewPassword;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::accounts::passphrase_button::PassphraseButton;
use crate::accounts::validation;
use crate::classes::class_state::use_class;
use crate::common::form_field::FormField;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

/// A new password for one student, typed by the teacher, who then tells it to the student.
#[component]
pub fn StudentPasswordForm(
    student: String,
    name: String,
    setting: RwSignal<Option<String>>,
    password_set: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let class = use_class();
    let password = RwSignal::new(String::new());
    let shown = RwSignal::new(false);
    let error = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let heading = name.clone();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Err(problem) = validation::new_password(&password.get_untracked(), false) {
            error.set(Some(problem.message_key()));
            return;
        }
        busy.set(true);
        let (class_id, student, name) = (class.id.get_value(), student.clone(), name.clone());
        let request = NewPassword {
            password: password.get_untracked(),
        };
        spawn_local(async move {
            let result = api::set_student_password(&class_id, &student, &request).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    setting.set(None);
                    password_set.set(Some(name));
                }
                Err(failure) => {
                    error.set(Some(failure.message_key_for(Action::SetStudentPassword)))
                }
            }
        });
    };
    view! {
        <form class="student-list__password-form" id="student-password-form" on:submit=submit novalidate=true>
            <p>{move || i18n.t_text_args("students-new-password-for", &[("name", heading.clone())])}</p>
            <FormField id="student-new-password" label_key="students-new-password-label" value=password kind="text" autocomplete="off" hint_key="students-new-password-hint"/>
            <PassphraseButton id="student-password-suggest" value=password shown error/>
            {move || error.get().map(|key| view! { <p class="form-error" role="alert">{move || i18n.t(key)}</p> })}
            <button type="submit" class="button button--small" disabled=move || busy.get()>{move || i18n.t("students-new-password-save")}</button>
            <button type="button" class="button button--outline button--small" on:click=move |_| setting.set(None)>
                {move || i18n.t("action-cancel")}
            </button>
        </form>
    }
}
