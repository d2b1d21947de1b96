//! `/signin`: a teacher signs in with email and password, a student with the class code, the
//! name they chose when joining and their password. Links lead to making a teacher's account
//! and to joining a class.

use darbnica_api::classes::{Me, Role, SignIn};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::accounts::account::use_account;
use crate::accounts::student_sign_in::StudentSignIn;
use crate::accounts::teacher_sign_in::TeacherSignIn;
use crate::common::submission::Submission;
use crate::progress::sync::use_progress_sync;
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

/// What happens once someone has signed in, made an account or joined a class: their work syncs
/// under the account, and their home page opens.
pub(crate) fn use_welcome() -> impl Fn(Me) + Clone + 'static {
    let sync = use_progress_sync();
    let navigate = use_navigate();
    move |me: Me| {
        let home = home_of(me.role);
        sync.signed_in(me);
        navigate(home, NavigateOptions::default());
    }
}

/// Sends a sign-in from `form`, its refusal worded for `action`, and welcomes the user in.
pub(crate) fn use_sign_in(form: Submission, action: Action) -> impl Fn(SignIn) + Clone + 'static {
    let welcome = use_welcome();
    move |request: SignIn| {
        let sent = async move { api::sign_in(&request).await };
        form.send(action, sent, welcome.clone());
    }
}
