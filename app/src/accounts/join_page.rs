//! `/join` and `/join/:code`: a student joins a class. The code (typed, or from the teacher's
//! link) shows which class and whose it is; then the student chooses a name and a password (no
//! email; the page can suggest a passphrase), and is signed in; the account is then in the care of
//! this class's teacher. A signed-in student joins another class only after reading whose class
//! it is and typing their own password, so a stranger's link cannot add them with one click.
//! Whatever they did here before joining goes to their new account (see `sync.rs`).

use darbnica_api::classes::{Join, JoinInfo, MAX_NAME_CHARS, Role};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::accounts::account::use_account;
use crate::accounts::passphrase_button::PassphraseButton;
use crate::accounts::validation;
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::common::loading_state::LoadingState;
use crate::progress::sync::use_progress_sync;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

#[component]
pub fn JoinPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let code = move || params.with(|params| params.get("code"));
    view! {
        <section class="auth-page auth-page--narrow">
            <h1>{move || i18n.t("join-title")}</h1>
            {move || match code() {
                None => view! { <JoinCodeForm/> }.into_any(),
                Some(code) => view! { <JoinClass code/> }.into_any(),
            }}
        </section>
    }
}

/// The code as the student types it; it leads to `/join/<CODE>`.
#[component]
fn JoinCodeForm(#[prop(optional)] problem: Option<&'static str>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(problem);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match validation::join_code(&code.get_untracked()) {
            Ok(code) => navigate(&format!("/join/{code}"), Default::default()),
            Err(problem) => error.set(Some(problem.message_key())),
        }
    };
    view! {
        <p class="auth-page__intro">{move || i18n.t("join-intro")}</p>
        <form class="card auth-card" id="join-code-form" on:submit=submit novalidate=true>
            <FormField id="join-code" label_key="field-class-code" value=code class="field--code" hint_key="field-class-code-hint"/>
            <FormError message=error id="join-code-error"/>
            <button type="submit" class="button">{move || i18n.t("join-continue")}</button>
            <p class="auth-card__more">
                {move || i18n.t("join-already")} " "
                <A href="/signin">{move || i18n.t("join-to-signin")}</A>
            </p>
        </form>
    }
}

#[component]
fn JoinClass(code: String) -> impl IntoView {
    let info = LocalResource::new({
        let code = code.clone();
        move || {
            let code = code.clone();
            async move { api::fetch_join_info(&code).await }
        }
    });
    let page = move || {
        Suspend::new(async move {
            match info.await {
                Ok(info) => view! { <JoinForm info/> }.into_any(),
                Err(error) => {
                    view! { <JoinCodeForm problem=error.message_key_for(Action::Join)/> }.into_any()
                }
            }
        })
    };
    view! {
        <Suspense fallback=move || view! { <LoadingState message_key="join-loading"/> }>{page}</Suspense>
    }
}

#[component]
fn JoinForm(info: JoinInfo) -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    let sync = use_progress_sync();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let password_shown = RwSignal::new(false);
    let confirm_password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let code = info.code.clone();
    let send = move |request: Join| {
        busy.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = api::join(&request).await;
            busy.set(false);
            match result {
                Ok(me) => {
                    sync.signed_in(me);
                    navigate("/assignments", Default::default());
                }
                Err(failure) => error.set(Some(failure.message_key_for(Action::Join))),
            }
        });
    };
    let submit = {
        let send = send.clone();
        let code = code.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let checked = validation::name(&name.get_untracked())
                .and_then(|()| validation::new_password(&password.get_untracked(), false));
            if let Err(problem) = checked {
                error.set(Some(problem.message_key()));
                return;
            }
            error.set(None);
            send(Join {
                code: code.clone(),
                name: Some(name.get_untracked().trim().to_owned()),
                password: Some(password.get_untracked()),
            });
        }
    };
    let join_signed_in = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Err(problem) = validation::password(&confirm_password.get_untracked()) {
            error.set(Some(problem.message_key()));
            return;
        }
        error.set(None);
        send(Join {
            code: code.clone(),
            name: None,
            password: Some(confirm_password.get_untracked()),
        })
    };
    let JoinInfo {
        code: shown_code,
        class_name,
        teacher_name,
    } = info;
    let role = move || account.role();
    let confirm_class = class_name.clone();
    let confirm_teacher = teacher_name.clone();
    view! {
        <div class="card join-class" id="join-class">
            <p class="join-class__label">{move || i18n.t("join-class-label")}</p>
            <p class="join-class__name" id="join-class-name">{class_name}</p>
            <p class="join-class__teacher" id="join-teacher-name">{move || i18n.t_text_args("join-teacher", &[("teacher", teacher_name.clone())])}</p>
            <p class="join-class__code">{move || i18n.t("field-class-code")} ": " <strong>{shown_code.clone()}</strong></p>
        </div>
        {move || match role() {
            Some(Role::Teacher) => view! {
                <p class="notice notice--warning" id="join-teacher-notice">{move || i18n.t("join-error-teacher")}</p>
            }.into_any(),
            Some(Role::Student) => {
                let join_signed_in = join_signed_in.clone();
                let (class, teacher) = (confirm_class.clone(), confirm_teacher.clone());
                view! {
                    <form class="card auth-card" id="join-confirm-form" on:submit=join_signed_in novalidate=true>
                        <p id="join-confirm-text">{move || i18n.t_text_args("join-confirm", &[
                            ("name", account.me.with(|me| me.as_ref().map(|me| me.name.clone()).unwrap_or_default())),
                            ("class", class.clone()),
                            ("teacher", teacher.clone()),
                        ])}</p>
                        <p class="notice notice--warning" id="join-confirm-warning">{move || i18n.t("join-confirm-warning")}</p>
                        <FormField id="join-confirm-password" label_key="join-confirm-password" value=confirm_password kind="password" autocomplete="current-password"/>
                        <FormError message=error id="join-error"/>
                        <button type="submit" class="button" id="join-submit" disabled=move || busy.get()>
                            {move || i18n.t("join-confirm-submit")}
                        </button>
                    </form>
                }.into_any()
            }
            None => {
                let submit = submit.clone();
                view! {
                    <form class="card auth-card" id="join-form" on:submit=submit novalidate=true>
                        <p class="auth-card__lead">{move || i18n.t("join-choose")}</p>
                        <FormField id="join-name" label_key="field-student-name" value=name autocomplete="username" max_length=MAX_NAME_CHARS hint_key="field-student-name-hint"/>
                        <FormField id="join-password" label_key="field-new-password" value=password kind="password" autocomplete="new-password" hint_key="field-student-password-hint" shown=password_shown/>
                        <PassphraseButton id="join-suggest" value=password shown=password_shown error/>
                        <FormError message=error id="join-error"/>
                        <button type="submit" class="button" id="join-submit" disabled=move || busy.get()>{move || i18n.t("join-submit")}</button>
                        <p class="auth-card__more">
                            {move || i18n.t("join-already")} " "
                            <A href="/signin">{move || i18n.t("join-to-signin")}</A>
                        </p>
                    </form>
                }.into_any()
            }
        }}
    }
}
