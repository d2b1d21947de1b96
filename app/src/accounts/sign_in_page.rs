//! `/signin`: a teacher signs in with email and password, a student with the class code, the
//! name they chose when joining and their password. Links lead to making a teacher's account
//! and to joining a class.

use darbnica_api::classes::{Role, SignIn};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;

use crate::accounts::account::use_account;
use crate::accounts::student_sign_in::StudentSignIn;
use crate::accounts::teacher_sign_in::TeacherSignIn;
use crate::progress::sync::ProgressSync;
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
pub(crate) fn send_sign_in(
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
