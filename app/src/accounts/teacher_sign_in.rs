//! The sign-in form for teachers, on the sign-in page: email and password, with a link to making
//! a teacher's account.

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
pub fn TeacherSignIn() -> impl IntoView {
    let i18n = use_i18n();
    let [email, password] = text_fields();
    let form = Submission::new();
    let sign_in = use_sign_in(form, Action::TeacherSignIn);
    let check = move || {
        validation::email(&email.get_untracked())?;
        validation::password(&password.get_untracked())
    };
    let submit = form.on_submit(check, move |()| {
        sign_in(SignIn::Teacher {
            email: email.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
        });
    });
    view! {
        <form class="card auth-card" id="teacher-signin" on:submit=submit novalidate=true>
            <h2>{move || i18n.t("signin-teacher-heading")}</h2>
            <FormField id="teacher-email" label_key="field-email" value=email kind="email" autocomplete="username"/>
            <FormField id="teacher-password" label_key="field-password" value=password kind="password" autocomplete="current-password"/>
            <FormError message=form.error id="teacher-signin-error"/>
            <button type="submit" class="button" disabled=move || form.is_busy()>{move || i18n.t("signin-submit")}</button>
            <OtherWayLink question_key="signin-no-account" href="/signup" link_key="signin-to-signup" id="signup-link"/>
        </form>
    }
}
