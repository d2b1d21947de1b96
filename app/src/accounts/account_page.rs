//! `/account`: the signed-in user's own account: how long a session lasts, changing the password,
//! where they are signed in (with "sign out there" and "sign out everywhere else"), and their
//! data (download it, delete the account).

use darbnica_api::classes::Role;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::accounts::account::use_account;
use crate::accounts::account_data::AccountData;
use crate::accounts::password_change_form::PasswordChangeForm;
use crate::accounts::session_list::SessionList;
use crate::common::loading_state::LoadingState;
use crate::shell::i18n::use_i18n;

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    let page = move || match account.me.get() {
        None if !account.checked.get() => {
            view! { <LoadingState message_key="account-checking"/> }.into_any()
        }
        None => view! {
            <div class="notice notice--warning" id="account-signed-out">
                <p>{move || i18n.t("account-page-sign-in")}</p>
                <A href="/signin" attr:class="button">{move || i18n.t("account-sign-in")}</A>
            </div>
        }
        .into_any(),
        Some(me) => {
            let lifetime_key = match me.role {
                Role::Teacher => "account-session-lifetime-teacher",
                Role::Student => "account-session-lifetime-student",
            };
            let teacher = me.role == Role::Teacher;
            view! {
                <p class="account-page__who" id="account-who">
                    {move || i18n.t_text_args("account-page-who", &[("name", me.name.clone())])}
                </p>
                <section class="card account-page__section" aria-labelledby="sessions-heading">
                    <h2 id="sessions-heading">{move || i18n.t("sessions-heading")}</h2>
                    <p class="account-page__lifetime" id="session-lifetime">{move || i18n.t(lifetime_key)}</p>
                    <SessionList/>
                </section>
                <section class="card account-page__section" aria-labelledby="password-heading">
                    <h2 id="password-heading">{move || i18n.t("password-change-heading")}</h2>
                    <PasswordChangeForm teacher/>
                </section>
                <section class="card account-page__section" aria-labelledby="data-heading">
                    <h2 id="data-heading">{move || i18n.t("account-data-heading")}</h2>
                    <AccountData teacher/>
                </section>
            }
            .into_any()
        }
    };
    view! {
        <section class="account-page">
            <h1>{move || i18n.t("account-page-title")}</h1>
            {page}
        </section>
    }
}
