//! What is wrong with a form, or what the server said about it, under the form; announced to
//! screen readers as an alert.

use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[component]
pub fn FormError(
    /// The Fluent key of the message, `None` when all is well.
    message: RwSignal<Option<&'static str>>,
    #[prop(optional)] id: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        message.get().map(|key| {
            view! { <p class="form-error" role="alert" id=id>{move || i18n.t(key)}</p> }
        })
    }
}
