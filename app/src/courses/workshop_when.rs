//! When and where a workshop was: "26 September 2026 · Liepāja", the date as the page's language
//! writes it.

use darbnica_api::Localized;
use leptos::prelude::*;

use crate::shell::i18n::{I18n, use_i18n};

/// `2026-09-26` as the page's language writes a date: "2026. gada 26. septembris" or
/// "26 September 2026".
fn long_date(i18n: I18n, date: &str) -> String {
    let mut parts = date.split('-').map(|part| part.parse::<u32>().unwrap_or(0));
    let (year, month, day) = (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    );
    i18n.t_text_args(
        "workshop-date",
        &[
            ("year", year.to_string()),
            ("day", day.to_string()),
            ("month", i18n.t(&format!("month-{month}"))),
        ],
    )
}

#[component]
pub fn WorkshopWhen(date: String, place: Localized) -> impl IntoView {
    let i18n = use_i18n();
    let written = date.clone();
    view! {
        <p class="workshop-card__when">
            <time datetime=date>{move || long_date(i18n, &written)}</time>
            " · "
            {i18n.localized(&place)}
        </p>
    }
}
