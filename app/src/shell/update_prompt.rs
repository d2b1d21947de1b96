//! The bar that says a new version of the portal is ready, with a button to reload into it. The
//! new version waits until then, so nobody's page changes under their hands (their code is kept
//! on the device whichever they choose).

use leptos::prelude::*;

use crate::shell::i18n::use_i18n;
use crate::shell::service_worker::use_offline_support;

#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let i18n = use_i18n();
    let offline = use_offline_support();
    let dismissed = RwSignal::new(false);
    let reloading = RwSignal::new(false);
    view! {
        <Show when=move || offline.update_ready.get() && !dismissed.get()>
            <div id="update-prompt" class="update-prompt" role="status" data-snapshot="skip">
                <p>{move || i18n.t("update-ready")}</p>
                <button
                    type="button"
                    id="update-reload"
                    disabled=move || reloading.get()
                    on:click=move |_| {
                        reloading.set(true);
                        offline.reload_into_update();
                    }
                >
                    {move || i18n.t("update-reload")}
                </button>
                <button
                    type="button"
                    class="update-prompt__later"
                    on:click=move |_| dismissed.set(true)
                >
                    {move || i18n.t("update-later")}
                </button>
            </div>
        </Show>
    }
}
