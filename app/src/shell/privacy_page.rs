//! `/privacy`: what Darbnīca keeps about its users (many of them children), why, for how long,
//! who can see it, and how to take it or delete it; in plain words, in Latvian and English.

use leptos::prelude::*;

use crate::common::page_heading::PageHeading;
use crate::shell::i18n::use_i18n;

/// The page's sections: a heading and its paragraphs, as Fluent keys.
const SECTIONS: [(&str, &[&str]); 6] = [
    (
        "privacy-what-heading",
        &[
            "privacy-what-accounts",
            "privacy-what-work",
            "privacy-what-feedback",
            "privacy-what-sessions",
            "privacy-what-limits",
        ],
    ),
    ("privacy-why-heading", &["privacy-why"]),
    (
        "privacy-who-heading",
        &[
            "privacy-who-you",
            "privacy-who-teacher",
            "privacy-who-other-teachers",
            "privacy-who-feedback",
            "privacy-who-nobody",
        ],
    ),
    (
        "privacy-how-long-heading",
        &[
            "privacy-how-long-work",
            "privacy-how-long-sessions",
            "privacy-how-long-limits",
            "privacy-how-long-browser",
            "privacy-how-long-device",
        ],
    ),
    (
        "privacy-rights-heading",
        &[
            "privacy-rights-download",
            "privacy-rights-delete",
            "privacy-rights-ask",
        ],
    ),
    ("privacy-none-heading", &["privacy-none"]),
];

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <article class="privacy-page" id="privacy">
            <PageHeading title_key="privacy-title" intro_key="privacy-intro"/>
            {SECTIONS.into_iter().map(|(heading, paragraphs)| view! {
                <section class="privacy-page__section">
                    <h2>{move || i18n.t(heading)}</h2>
                    {paragraphs.iter().map(|key| view! { <p>{move || i18n.t(key)}</p> }).collect_view()}
                </section>
            }).collect_view()}
        </article>
    }
}
