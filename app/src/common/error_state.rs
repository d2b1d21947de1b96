//! What went wrong and a way to try again; announced to screen readers as an alert.

use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[component]
pub fn ErrorState(
    title_key: &'static str,
    message_key: &'static str,
    on_retry: impl Fn() + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="error-state" role="alert">
            <h3 class="error-state__title">{move || i18n.t(title_key)}</h3>
            <p>{move || i18n.t(message_key)}</p>
            <button type="button" class="button" on:click=move |_| on_retry()>
                {move || i18n.t("action-retry")}
            </button>
        </div>
    }
}
