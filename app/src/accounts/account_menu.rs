//! The account's corner of the header: "Sign in" for nobody; for a signed-in user where their
//! work is (sync status), their own page (a teacher's classes, a student's assignments), their
//! name, which leads to their account (password, sessions), and "Sign out". Signing out sends the
//! work first; when it cannot, it says so and offers to sign out anyway.

use darbnica_api::classes::Role;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::accounts::account::use_account;
use crate::common::cancel_button::CancelButton;
use crate::progress::sync::{SignOutProblem, use_progress_sync};
use crate::progress::sync_status::SyncStatus;
use crate::shell::i18n::use_i18n;

#[component]
pub fn AccountMenu() -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    let sync = use_progress_sync();
    let navigate = use_navigate();
    let problem = RwSignal::new(None::<SignOutProblem>);
    let busy = RwSignal::new(false);
    let sign_out = move |force: bool| {
        let navigate = navigate.clone();
        busy.set(true);
        spawn_local(async move {
            let result = sync.sign_out(force).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    problem.set(None);
                    navigate("/", Default::default());
                }
                Err(error) => problem.set(Some(error)),
            }
        });
    };
    let sign_out_anyway = sign_out.clone();
    move || {
        match account.me.get() {
        None => view! {
            <div class="account-menu">
                <A href="/signin" attr:class="account-menu__signin" attr:id="signin-link">{move || i18n.t("account-sign-in")}</A>
            </div>
        }
        .into_any(),
        Some(me) => {
            let (href, key) = match me.role {
                Role::Teacher => ("/classes", "account-my-classes"),
                Role::Student => ("/assignments", "account-my-assignments"),
            };
            let sign_out = sign_out.clone();
            let sign_out_anyway = sign_out_anyway.clone();
            view! {
                <div class="account-menu account-menu--signed-in">
                    <SyncStatus/>
                    <A href=href attr:class="account-menu__home" attr:id="account-home">{move || i18n.t(key)}</A>
                    <A href="/account" attr:class="account-menu__name" attr:id="account-name" attr:title=move || i18n.t("account-signed-in-as")>{me.name.clone()}</A>
                    <button type="button" class="account-menu__signout" id="signout-button"
                        disabled=move || busy.get() on:click=move |_| sign_out(false)>
                        {move || i18n.t("account-sign-out")}
                    </button>
                    {move || problem.get().map(|found| {
                        let sign_out_anyway = sign_out_anyway.clone();
                        let text = match found {
                            SignOutProblem::Unsent(count) => i18n.t_count("account-sign-out-unsent", count),
                            SignOutProblem::Unreachable => i18n.t("account-sign-out-unreachable"),
                        };
                        view! {
                            <div class="account-menu__problem" role="alert" id="signout-problem">
                                <p>{text}</p>
                                <div class="account-menu__problem-actions">
                                    <button type="button" class="button button--danger" on:click=move |_| sign_out_anyway(true)>
                                        {move || i18n.t("account-sign-out-anyway")}
                                    </button>
                                    <CancelButton on_cancel=move || problem.set(None)/>
                                </div>
                            </div>
                        }
                    })}
                </div>
            }
            .into_any()
        }
    }
    }
}
