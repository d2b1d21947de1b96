//! The footer: who runs the portal, what it keeps about its users, and whether this device can
//! work without a connection.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::shell::i18n::use_i18n;
use crate::shell::offline_note::OfflineNote;

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{move || i18n.t("footer-association")}</p>
            <p><A href="/privacy" attr:id="privacy-link">{move || i18n.t("footer-privacy")}</A></p>
            <OfflineNote/>
        </footer>
    }
}
