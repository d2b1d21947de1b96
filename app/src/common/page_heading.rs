//! A page's title and the sentence under it that says what the page is for.

use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[component]
pub fn PageHeading(title_key: &'static str, intro_key: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{move || i18n.t(title_key)}</h1>
        <p class="page-intro">{move || i18n.t(intro_key)}</p>
    }
}
