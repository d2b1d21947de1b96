//! The sign-in form for students, on the sign-in page: the class code, the name they chose when
//! joining and their password, with a link to joining a class.

use darbnica_api::classes::SignIn;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::accounts::sign_in_page::send_sign_in;
use crate::accounts::validation::{self, Problem};
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::progress::sync::use_progress_sync;
use crate::shell::api::Action;
use crate::shell::i18n::use_i18n;

#[component]
pub fn StudentSignIn() -> impl IntoView {
    let i18n = use_i18n();
    let sync = use_progress_sync();
    let navigate = use_navigate();
    let code = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let checked = validation::join_code(&code.get_untracked()).and_then(|code| {
            validation::name(&name.get_untracked())?;
            validation::password(&password.get_untracked())?;
            Ok::<_, Problem>(code)
        });
        let class_code = match checked {
            Ok(code) => code,
            Err(problem) => {
                error.set(Some(problem.message_key()));
                return;
            }
        };
        error.set(None);
        busy.set(true);
        let request = SignIn::Student {
            class_code,
            name: name.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
        };
        send_sign_in(
            request,
            Action::StudentSignIn,
            busy,
            error,
            sync,
            navigate.clone(),
        );
    };
    view! {
        <form class="card auth-card" id="student-signin" on:submit=submit novalidate=true>
            <h2>{move || i18n.t("signin-student-heading")}</h2>
            <FormField id="student-code" label_key="field-class-code" value=code autocomplete="off" class="field--code" hint_key="field-class-code-hint"/>
            <FormField id="student-name" label_key="field-student-name" value=name autocomplete="username"/>
            <FormField id="student-password" label_key="field-password" value=password kind="password" autocomplete="current-password"/>
            <FormError message=error id="student-signin-error"/>
            <button type="submit" class="button" disabled=move || busy.get()>{move || i18n.t("signin-submit")}</button>
            <p class="auth-card__more">
                {move || i18n.t("signin-first-time")} " "
                <A href="/join" attr:id="join-link">{move || i18n.t("signin-to-join")}</A>
            </p>
        </form>
    }
}
