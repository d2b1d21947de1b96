//! Shows a page only to the role it is for: a teacher's pages to teachers, a student's to
//! students. Anyone else is told why and offered the way in.

use darbnica_api::classes::Role;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::accounts::account::use_account;
use crate::common::loading_state::LoadingState;
use crate::shell::i18n::use_i18n;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gate {
    /// The server has not said who is signed in yet.
    Wait,
    Open,
    WrongRole,
    SignedOut,
}

#[component]
pub fn RoleGate(role: Role, children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    // A memo, so the page is not built again when the same user is confirmed by the server.
    let gate = Memo::new(move |_| match account.role() {
        Some(own) if own == role => Gate::Open,
        Some(_) => Gate::WrongRole,
        None if !account.checked.get() => Gate::Wait,
        None => Gate::SignedOut,
    });
    move || match gate.get() {
        Gate::Wait => view! { <LoadingState message_key="account-checking"/> }.into_any(),
        Gate::Open => children().into_any(),
        Gate::WrongRole => {
            let key = match role {
                Role::Teacher => "gate-teachers-only",
                Role::Student => "gate-students-only",
            };
            view! { <p class="notice notice--warning" id="role-gate">{move || i18n.t(key)}</p> }
                .into_any()
        }
        Gate::SignedOut => {
            let key = match role {
                Role::Teacher => "gate-teacher-sign-in",
                Role::Student => "gate-student-sign-in",
            };
            view! {
                <div class="notice notice--warning" id="role-gate">
                    <p>{move || i18n.t(key)}</p>
                    <A href="/signin" attr:class="button">{move || i18n.t("account-sign-in")}</A>
                </div>
            }
            .into_any()
        }
    }
}
