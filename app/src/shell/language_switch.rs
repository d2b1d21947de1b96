//! The lv / en switch: two toggle buttons, the current one pressed.

use leptos::prelude::*;

use crate::shell::i18n::{Language, use_i18n};

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let button = move |language: Language| {
        let name_key = match language {
            Language::Lv => "language-name-lv",
            Language::En => "language-name-en",
        };
        view! {
            <button
                type="button"
                class="language-switch__option"
                lang=language.code()
                aria-pressed=move || (i18n.language() == language).to_string()
                title=move || i18n.t(name_key)
                on:click=move |_| i18n.set_language(language)
            >
                {language.code().to_uppercase()}
            </button>
        }
    };
    view! {
        <div class="language-switch" role="group" aria-label=move || i18n.t("language-switch-label")>
            {button(Language::Lv)}
            {button(Language::En)}
        </div>
    }
}
