//! `/join` and `/join/:code`: a student joins a class. The code (typed, or from the teacher's
//! link) shows which class and whose it is; then the student chooses a name and a password (no
//! email; the page can suggest a passphrase), and is signed in; the account is then in the care of
//! this class's teacher. A signed-in student joins another class only after reading whose class
//! it is and typing their own password, so a stranger's link cannot add them with one click.
//! Whatever they did here before joining goes to their new account (see `sync.rs`).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::accounts::join_class::JoinClass;
use crate::accounts::join_code_form::JoinCodeForm;
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
