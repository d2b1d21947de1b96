//! The page for an address the app does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::shell::i18n::use_i18n;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="not-found">
            <h1>{move || i18n.t("not-found-title")}</h1>
            <p>{move || i18n.t("not-found-text")}</p>
            <A href="/" attr:class="button">{move || i18n.t("not-found-home")}</A>
        </section>
    }
}
