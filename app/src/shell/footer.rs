//! The footer: who runs the portal, and what it keeps about its users.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::shell::i18n::use_i18n;

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{move || i18n.t("footer-association")}</p>
            <p><A href="/privacy" attr:id="privacy-link">{move || i18n.t("footer-privacy")}</A></p>
        </footer>
    }
}
