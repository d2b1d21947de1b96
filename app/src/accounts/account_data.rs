//! The user's data: download everything the portal keeps about them (JSON), or delete the
//! account with everything in it, after typing the password. A teacher is told that their
//! classes go too.

use darbnica_api::classes::DeleteAccount;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::accounts::validation;
use crate::common::cancel_button::CancelButton;
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::common::submission::Submission;
use crate::progress::sync::use_progress_sync;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

#[component]
pub fn AccountData(teacher: bool) -> impl IntoView {
    let i18n = use_i18n();
    let sync = use_progress_sync();
    let navigate = use_navigate();
    let asking = RwSignal::new(false);
    let password = RwSignal::new(String::new());
    let form = Submission::new();
    let check = move || validation::password(&password.get_untracked());
    let submit = form.on_submit(check, move |()| {
        let request = DeleteAccount {
            password: password.get_untracked(),
        };
        let navigate = navigate.clone();
        let sent = async move { api::delete_account(&request).await };
        form.send(Action::DeleteAccount, sent, move |()| {
            spawn_local(async move {
                // The account is gone: forget this browser's copy of its work as well.
                let _ = sync.sign_out(true).await;
                navigate("/", Default::default());
            });
        });
    });
    let warning = if teacher {
        "account-delete-warning-teacher"
    } else {
        "account-delete-warning-student"
    };
    view! {
        <p>{move || i18n.t("account-data-intro")}</p>
        <a class="button button--outline" id="account-download" href="/api/me/data" download="darbnica-data.json">
            {move || i18n.t("account-download")}
        </a>
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <p class="account-page__delete">
                    <button type="button" class="button button--quiet" id="account-delete" on:click=move |_| asking.set(true)>
                        {move || i18n.t("account-delete")}
                    </button>
                </p>
            }
        >
            <form class="account-page__delete-form" id="account-delete-form" on:submit=submit.clone() novalidate=true>
                <p class="notice notice--warning" role="alert">{move || i18n.t(warning)}</p>
                <FormField id="account-delete-password" label_key="account-delete-password" value=password kind="password" autocomplete="current-password"/>
                <FormError message=form.error id="account-delete-error"/>
                <button type="submit" class="button button--danger" id="account-delete-submit" disabled=move || form.is_busy()>
                    {move || i18n.t("account-delete-submit")}
                </button>
                <CancelButton on_cancel=move || asking.set(false)/>
            </form>
        </Show>
    }
}
