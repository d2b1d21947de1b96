//! "Suggest a password": fills a password field with a passphrase of three words and a number in
//! the page's language, and shows it, so that the student (or the teacher for them) can write it
//! down. Nothing is offered when the browser has no Web Crypto.

use leptos::prelude::*;

use crate::accounts::passphrase;
use crate::shell::i18n::use_i18n;

#[component]
pub fn PassphraseButton(
    /// The id of the button (for tests).
    id: &'static str,
    /// The password field's value.
    value: RwSignal<String>,
    /// Whether the field shows its text.
    shown: RwSignal<bool>,
    /// The form's error, cleared by a suggestion (which is always a valid password).
    #[prop(optional)]
    error: Option<RwSignal<Option<&'static str>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let suggest = move |_| {
        if let Some(phrase) = passphrase::suggest(i18n.language()) {
            value.set(phrase);
            shown.set(true);
            if let Some(error) = error {
                error.set(None);
            }
        }
    };
    view! {
        <div class="passphrase">
            <button type="button" class="button button--outline button--small" id=id on:click=suggest>
                {move || i18n.t("passphrase-suggest")}
            </button>
            <Show when=move || shown.get()>
                <p class="passphrase__note" role="status">{move || i18n.t("passphrase-write-down")}</p>
            </Show>
        </div>
    }
}
