//! The sign-in form for students, on the sign-in page: the class code, the name they chose when
//! joining and their password, with a link to joining a class.

use darbnica_api::classes::SignIn;
use leptos::prelude::*;

use crate::accounts::other_way_link::OtherWayLink;
use crate::accounts::sign_in_page::use_sign_in;
use crate::accounts::validation;
use crate::common::form_error::FormError;
use crate::common::form_field::{FormField, text_fields};
use crate::common::submission::Submission;
use crate::shell::api::Action;
use crate::shell::i18n::use_i18n;

#[component]
pub fn StudentSignIn() -> impl IntoView {
    let i18n = use_i18n();
    let [code, name, password] = text_fields();
    let form = Submission::new();
    let sign_in = use_sign_in(form, Action::StudentSignIn);
    let check = move || {
        let class_code = validation::join_code(&code.get_untracked())?;
        validation::name(&name.get_untracked())?;
        validation::password(&password.get_untracked())?;
        Ok(class_code)
    };
    let submit = form.on_submit(check, move |class_code| {
        sign_in(SignIn::Student {
            class_code,
            name: name.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
        });
    });
    view! {
        <form class="card auth-card" id="student-signin" on:submit=submit novalidate=true>
            <h2>{move || i18n.t("signin-student-heading")}</h2>
            <FormField id="student-code" label_key="field-class-code" value=code autocomplete="off" class="field--code" hint_key="field-class-code-hint"/>
            <FormField id="student-name" label_key="field-student-name" value=name autocomplete="username"/>
            <FormField id="student-password" label_key="field-password" value=password kind="password" autocomplete="current-password"/>
            <FormError message=form.error id="student-signin-error"/>
            <button type="submit" class="button" disabled=move || form.is_busy()>{move || i18n.t("signin-submit")}</button>
            <OtherWayLink question_key="signin-first-time" href="/join" link_key="signin-to-join" id="join-link"/>
        </form>
    }
}
