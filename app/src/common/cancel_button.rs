//! "Cancel": puts away a form or a question without doing anything.

use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[component]
pub fn CancelButton(
    on_cancel: impl Fn() + 'static,
    /// A smaller button, for forms inside lists.
    #[prop(optional)]
    small: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let class = if small {
        "button button--outline button--small"
    } else {
        "button button--outline"
    };
    view! {
        <button type="button" class=class on:click=move |_| on_cancel()>
            {move || i18n.t("action-cancel")}
        </button>
    }
}
