//! The page for an address the app does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::common::page_heading::PageHeading;
use crate::shell::i18n::use_i18n;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="not-found">
            <PageHeading title_key="not-found-title" intro_key="not-found-text"/>
            <A href="/" attr:class="button">{move || i18n.t("not-found-home")}</A>
        </section>
    }
}
