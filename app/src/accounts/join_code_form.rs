//! The form where a student types a class code to join; it leads to `/join/<CODE>`.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::accounts::other_way_link::OtherWayLink;
use crate::accounts::validation;
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::shell::i18n::use_i18n;

/// The code as the student types it; it leads to `/join/<CODE>`.
#[component]
pub fn JoinCodeForm(#[prop(optional)] problem: Option<&'static str>) -> impl IntoView {
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
        <p class="page-intro">{move || i18n.t("join-intro")}</p>
        <form class="card auth-card" id="join-code-form" on:submit=submit novalidate=true>
            <FormField id="join-code" label_key="field-class-code" value=code class="field--code" hint_key="field-class-code-hint"/>
            <FormError message=error id="join-code-error"/>
            <button type="submit" class="button">{move || i18n.t("join-continue")}</button>
            <OtherWayLink question_key="join-already" href="/signin" link_key="join-to-signin"/>
        </form>
    }
}
