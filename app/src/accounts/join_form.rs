//! Joining the class a code belongs to: whose class it is, then a new student chooses a name and
//! a password, and a signed-in student confirms with their own password.

use darbnica_api::classes::{Join, JoinInfo, MAX_NAME_CHARS, Role};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::accounts::account::use_account;
use crate::accounts::passphrase_button::PassphraseButton;
use crate::accounts::validation;
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::progress::sync::use_progress_sync;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

#[component]
pub fn JoinForm(info: JoinInfo) -> impl IntoView {
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
