//! The sign-in form for teachers, on the sign-in page: email and password, with a link to making
//! a teacher's account.

use darbnica_api::classes::SignIn;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::accounts::sign_in_page::send_sign_in;
use crate::accounts::validation;
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::progress::sync::use_progress_sync;
use crate::shell::api::Action;
use crate::shell::i18n::use_i18n;

#[component]
pub fn TeacherSignIn() -> impl IntoView {
    let i18n = use_i18n();
    let sync = use_progress_sync();
    let navigate = use_navigate();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let checked = validation::email(&email.get_untracked())
            .and_then(|()| validation::password(&password.get_untracked()));
        if let Err(problem) = checked {
            error.set(Some(problem.message_key()));
            return;
        }
        error.set(None);
        busy.set(true);
        let request = SignIn::Teacher {
            email: email.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
        };
        send_sign_in(
            request,
            Action::TeacherSignIn,
            busy,
            error,
            sync,
            navigate.clone(),
        );
    };
    view! {
        <form class="card auth-card" id="teacher-signin" on:submit=submit novalidate=true>
            <h2>{move || i18n.t("signin-teacher-heading")}</h2>
            <FormField id="teacher-email" label_key="field-email" value=email kind="email" autocomplete="username"/>
            <FormField id="teacher-password" label_key="field-password" value=password kind="password" autocomplete="current-password"/>
            <FormError message=error id="teacher-signin-error"/>
            <button type="submit" class="button" disabled=move || busy.get()>{move || i18n.t("signin-submit")}</button>
            <p class="auth-card__more">
                {move || i18n.t("signin-no-account")} " "
                <A href="/signup" attr:id="signup-link">{move || i18n.t("signin-to-signup")}</A>
            </p>
        </form>
    }
}
