//! The form in a class's student list where the teacher types a new password for one student.

use darbnica_api::classes::NewPassword;
use leptos::prelude::*;

use crate::accounts::passphrase_button::PassphraseButton;
use crate::accounts::validation;
use crate::classes::class_state::use_class;
use crate::common::cancel_button::CancelButton;
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::common::submission::Submission;
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
    let form = Submission::new();
    let heading = name.clone();
    let check = move || validation::new_password(&password.get_untracked(), false);
    let submit = form.on_submit(check, move |()| {
        let (class_id, student, name) = (class.id.get_value(), student.clone(), name.clone());
        let request = NewPassword {
            password: password.get_untracked(),
        };
        let sent = async move { api::set_student_password(&class_id, &student, &request).await };
        form.send(Action::SetStudentPassword, sent, move |()| {
            setting.set(None);
            password_set.set(Some(name));
        });
    });
    view! {
        <form class="student-list__password-form" id="student-password-form" on:submit=submit novalidate=true>
            <p>{move || i18n.t_text_args("students-new-password-for", &[("name", heading.clone())])}</p>
            <FormField id="student-new-password" label_key="students-new-password-label" value=password kind="text" autocomplete="off" hint_key="students-new-password-hint"/>
            <PassphraseButton id="student-password-suggest" value=password shown error=form.error/>
            <FormError message=form.error/>
            <button type="submit" class="button button--small" disabled=move || form.is_busy()>{move || i18n.t("students-new-password-save")}</button>
            <CancelButton on_cancel=move || setting.set(None) small=true/>
        </form>
    }
}
