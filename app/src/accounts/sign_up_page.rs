//! `/signup`: a teacher makes an account with a name, an email and a password. (Students do not
//! sign up: they join a class with its code.)

use darbnica_api::classes::{MAX_NAME_CHARS, SignUp};
use leptos::prelude::*;

use crate::accounts::other_way_link::OtherWayLink;
use crate::accounts::sign_in_page::use_welcome;
use crate::accounts::validation;
use crate::common::form_error::FormError;
use crate::common::form_field::{FormField, text_fields};
use crate::common::page_heading::PageHeading;
use crate::common::submission::Submission;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

#[component]
pub fn SignUpPage() -> impl IntoView {
    let i18n = use_i18n();
    let welcome = use_welcome();
    let [name, email, password] = text_fields();
    let form = Submission::new();
    let check = move || {
        validation::name(&name.get_untracked())?;
        validation::email(&email.get_untracked())?;
        validation::new_password(&password.get_untracked(), true)
    };
    let submit = form.on_submit(check, move |()| {
        let request = SignUp {
            name: name.get_untracked().trim().to_owned(),
            email: email.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
        };
        let sent = async move { api::sign_up(&request).await };
        form.send(Action::SignUp, sent, welcome.clone());
    });
    view! {
        <section class="auth-page auth-page--narrow">
            <PageHeading title_key="signup-title" intro_key="signup-intro"/>
            <form class="card auth-card" id="signup-form" on:submit=submit novalidate=true>
                <FormField id="signup-name" label_key="field-teacher-name" value=name autocomplete="name" max_length=MAX_NAME_CHARS/>
                <FormField id="signup-email" label_key="field-email" value=email kind="email" autocomplete="email"/>
                <FormField id="signup-password" label_key="field-new-password" value=password kind="password" autocomplete="new-password" hint_key="field-teacher-password-hint"/>
                <FormError message=form.error id="signup-error"/>
                <button type="submit" class="button" disabled=move || form.is_busy()>{move || i18n.t("signup-submit")}</button>
                <OtherWayLink question_key="signup-have-account" href="/signin" link_key="signup-to-signin"/>
            </form>
        </section>
    }
}
