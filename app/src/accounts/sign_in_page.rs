//! `/signin`: a teacher signs in with email and password, a student with the class code, the
//! name they chose when joining and their password. Links lead to making a teacher's account
//! and to joining a class.

use darbnica_api::classes::{Role, SignIn};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::accounts::account::use_account;
use crate::accounts::validation::{self, Problem};
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::progress::sync::{ProgressSync, use_progress_sync};
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

/// Where each role goes once signed in.
pub fn home_of(role: Role) -> &'static str {
    match role {
        Role::Teacher => "/classes",
        Role::Student => "/assignments",
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    view! {
        <section class="auth-page">
            <h1>{move || i18n.t("signin-title")}</h1>
            <Show when=move || account.me.with(Option::is_some)>
                <p class="notice notice--warning" id="signin-already">
                    {move || i18n.t_text_args("signin-already", &[("name", account.me.with(|me| me.as_ref().map(|me| me.name.clone()).unwrap_or_default()))])}
                </p>
            </Show>
            <div class="auth-page__grid">
                <StudentSignIn/>
                <TeacherSignIn/>
            </div>
            <p class="auth-page__note" id="signin-session-note">{move || i18n.t("signin-session-note")}</p>
        </section>
    }
}

/// Sends a sign-in: on success the user's work syncs and their home page opens; otherwise `error`
/// says why, in the words `action` chooses.
fn send(
    request: SignIn,
    action: Action,
    busy: RwSignal<bool>,
    error: RwSignal<Option<&'static str>>,
    sync: ProgressSync,
    navigate: impl Fn(&str, NavigateOptions) + 'static,
) {
    spawn_local(async move {
        let result = api::sign_in(&request).await;
        busy.set(false);
        match result {
            Ok(me) => {
                let home = home_of(me.role);
                sync.signed_in(me);
                navigate(home, NavigateOptions::default());
            }
            Err(failure) => error.set(Some(failure.message_key_for(action))),
        }
    });
}

#[component]
fn TeacherSignIn() -> impl IntoView {
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
        send(
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

#[component]
fn StudentSignIn() -> impl IntoView {
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
        send(
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
