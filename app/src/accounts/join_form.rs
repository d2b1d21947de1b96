//! Joining the class a code belongs to: whose class it is, then a new student chooses a name and
//! a password, and a signed-in student confirms with their own password.

use darbnica_api::classes::{Join, JoinInfo, MAX_NAME_CHARS, Role};
use leptos::prelude::*;

use crate::accounts::account::use_account;
use crate::accounts::other_way_link::OtherWayLink;
use crate::accounts::passphrase_button::PassphraseButton;
use crate::accounts::sign_in_page::use_welcome;
use crate::accounts::validation;
use crate::common::form_error::FormError;
use crate::common::form_field::{FormField, text_fields};
use crate::common::submission::Submission;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

#[component]
pub fn JoinForm(info: JoinInfo) -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    let welcome = use_welcome();
    let [name, password, confirm_password] = text_fields();
    let password_shown = RwSignal::new(false);
    let form = Submission::new();
    let code = info.code.clone();
    let send = move |name: Option<String>, password: String| {
        let request = Join {
            code: code.clone(),
            name,
            password: Some(password),
        };
        form.send(
            Action::Join,
            async move { api::join(&request).await },
            welcome.clone(),
        );
    };
    let check_new = move || {
        validation::name(&name.get_untracked())?;
        validation::new_password(&password.get_untracked(), false)
    };
    let submit = form.on_submit(check_new, {
        let send = send.clone();
        move |()| {
            let chosen = name.get_untracked().trim().to_owned();
            send(Some(chosen), password.get_untracked());
        }
    });
    let check_own = move || validation::password(&confirm_password.get_untracked());
    let join_signed_in = form.on_submit(check_own, move |()| {
        send(None, confirm_password.get_untracked());
    });
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
                        <FormError message=form.error id="join-error"/>
                        <button type="submit" class="button" id="join-submit" disabled=move || form.is_busy()>
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
                        <PassphraseButton id="join-suggest" value=password shown=password_shown error=form.error/>
                        <FormError message=form.error id="join-error"/>
                        <button type="submit" class="button" id="join-submit" disabled=move || form.is_busy()>{move || i18n.t("join-submit")}</button>
                        <OtherWayLink question_key="join-already" href="/signin" link_key="join-to-signin"/>
                    </form>
                }.into_any()
            }
        }}
    }
}
