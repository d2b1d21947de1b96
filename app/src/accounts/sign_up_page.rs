//! `/signup`: a teacher makes an account with a name, an email and a password. (Students do not
//! sign up: they join a class with its code.)

use darbnica_api::classes::{MAX_NAME_CHARS, SignUp};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::accounts::validation;
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::progress::sync::use_progress_sync;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

#[component]
pub fn SignUpPage() -> impl IntoView {
    let i18n = use_i18n();
    let sync = use_progress_sync();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let checked = validation::name(&name.get_untracked())
            .and_then(|()| validation::email(&email.get_untracked()))
            .and_then(|()| validation::new_password(&password.get_untracked(), true));
        if let Err(problem) = checked {
            error.set(Some(problem.message_key()));
            return;
        }
        error.set(None);
        busy.set(true);
        let request = SignUp {
            name: name.get_untracked().trim().to_owned(),
            email: email.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
        };
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = api::sign_up(&request).await;
            busy.set(false);
            match result {
                Ok(me) => {
                    sync.signed_in(me);
                    navigate("/classes", Default::default());
                }
                Err(failure) => error.set(Some(failure.message_key_for(Action::SignUp))),
            }
        });
    };
    view! {
        <section class="auth-page auth-page--narrow">
            <h1>{move || i18n.t("signup-title")}</h1>
            <p class="auth-page__intro">{move || i18n.t("signup-intro")}</p>
            <form class="card auth-card" id="signup-form" on:submit=submit novalidate=true>
                <FormField id="signup-name" label_key="field-teacher-name" value=name autocomplete="name" max_length=MAX_NAME_CHARS/>
                <FormField id="signup-email" label_key="field-email" value=email kind="email" autocomplete="email"/>
                <FormField id="signup-password" label_key="field-new-password" value=password kind="password" autocomplete="new-password" hint_key="field-teacher-password-hint"/>
                <FormError message=error id="signup-error"/>
                <button type="submit" class="button" disabled=move || busy.get()>{move || i18n.t("signup-submit")}</button>
                <p class="auth-card__more">
                    {move || i18n.t("signup-have-account")} " "
                    <A href="/signin">{move || i18n.t("signup-to-signin")}</A>
                </p>
            </form>
        </section>
    }
}
