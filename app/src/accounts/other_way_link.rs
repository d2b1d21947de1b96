//! The line under a sign-in, sign-up or join form that leads to the other way in: "No account yet?
//! Make one", "Already joined? Sign in".

use leptos::prelude::*;
use leptos_router::components::A;

use crate::shell::i18n::use_i18n;

#[component]
pub fn OtherWayLink(
    question_key: &'static str,
    href: &'static str,
    link_key: &'static str,
    #[prop(optional)] id: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="auth-card__more">
            {move || i18n.t(question_key)} " "
            <A href=href attr:id=id>{move || i18n.t(link_key)}</A>
        </p>
    }
}
