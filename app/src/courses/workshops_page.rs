//! The association's workshops, newest first (`/workshops`), and how their pages write dates and
//! texts; one workshop with the 3D projects and exercises it uses (`/workshops/:workshop`) is
//! `workshop_page.rs`.

use darbnica_api::Localized;
use leptos::prelude::*;

use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::courses::workshop_card::WorkshopCard;
use crate::shell::api;
use crate::shell::i18n::{I18n, use_i18n};

/// `2026-09-26` as the page's language writes a date: "2026. gada 26. septembris" or
/// "26 September 2026".
pub(crate) fn long_date(i18n: I18n, date: &str) -> String {
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

/// A localized text as a closure that follows the page's language.
pub(crate) fn text(i18n: I18n, localized: &Localized) -> impl Fn() -> String + use<> {
    let localized = localized.clone();
    move || localized.get(i18n.language().code()).to_owned()
}

#[component]
pub fn WorkshopsPage() -> impl IntoView {
    let i18n = use_i18n();
    let workshops = LocalResource::new(api::fetch_workshops);
    let list = move || {
        Suspend::new(async move {
            match workshops.await {
                Ok(workshops) => view! {
                    <ol class="workshops">
                        {workshops.into_iter().map(|workshop| view! { <WorkshopCard workshop/> }).collect_view()}
                    </ol>
                }
                .into_any(),
                Err(error) => view! {
                    <ErrorState title_key="workshops-error-title" message_key=error.message_key() on_retry=move || workshops.refetch()/>
                }
                .into_any(),
            }
        })
    };
    view! {
        <section class="workshops-page">
            <h1>{move || i18n.t("workshops-title")}</h1>
            <p class="workshops-page__intro">{move || i18n.t("workshops-intro")}</p>
            <Suspense fallback=move || view! { <LoadingState message_key="workshops-loading"/> }>{list}</Suspense>
        </section>
    }
}
