//! The association's workshops, newest first (`/workshops`), and one workshop with the 3D
//! projects and exercises it uses (`/workshops/:workshop`).

use darbnica_api::{Localized, WorkshopSummary};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::shell::api;
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

fn text(i18n: I18n, localized: &Localized) -> impl Fn() -> String + use<> {
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

#[component]
fn WorkshopCard(workshop: WorkshopSummary) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/workshops/{}", workshop.id);
    let date = workshop.date.clone();
    let (models, exercises) = (workshop.model_count, workshop.exercise_count);
    view! {
        <li class="workshop-card" data-workshop-id=workshop.id.clone()>
            <p class="workshop-card__when">
                <time datetime=workshop.date.clone()>{move || long_date(i18n, &date)}</time>
                " · "
                {text(i18n, &workshop.place)}
            </p>
            <h2 class="workshop-card__title"><a href=href>{text(i18n, &workshop.title)}</a></h2>
            <p>{text(i18n, &workshop.summary)}</p>
            <p class="workshop-card__counts">
                {move || i18n.t_count("workshop-models", models)}
                {move || (exercises > 0).then(|| format!(" · {}", i18n.t_count("workshop-exercises", exercises)))}
            </p>
        </li>
    }
}

#[component]
pub fn WorkshopPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let workshop = LocalResource::new(move || {
        let id = params.with(|params| params.get("workshop").unwrap_or_default());
        async move { api::fetch_workshop(&id).await }
    });
    let page = move || {
        Suspend::new(async move {
            match workshop.await {
                Ok(workshop) => {
                    let date = workshop.summary.date.clone();
                    view! {
                        <nav class="breadcrumbs" aria-label=move || i18n.t("breadcrumbs-label")>
                            <a href="/workshops">{move || i18n.t("nav-workshops")}</a>
                        </nav>
                        <header class="workshop__header">
                            <h1>{text(i18n, &workshop.summary.title)}</h1>
                            <p class="workshop-card__when">
                                <time datetime=workshop.summary.date.clone()>{move || long_date(i18n, &date)}</time>
                                " · "
                                {text(i18n, &workshop.summary.place)}
                            </p>
                            <p class="workshop__summary">{text(i18n, &workshop.summary.summary)}</p>
                        </header>
                        <Show when={let empty = workshop.models.is_empty(); move || !empty}>
                            <h2>{move || i18n.t("workshop-projects")}</h2>
                        </Show>
                        <ul class="gallery" id="workshop-models">
                            {workshop.models.iter().map(|model| {
                                let href = format!("/models/{}", model.id);
                                let thumbnail = format!("/api/models/{}/thumbnail.png", model.id);
                                view! {
                                    <li class="gallery__item" data-model-id=model.id.clone()>
                                        <a href=href.clone() class="gallery__thumbnail" tabindex="-1" aria-hidden="true">
                                            <img src=thumbnail alt="" width="320" height="240" loading="lazy"/>
                                        </a>
                                        <h3 class="gallery__title"><a href=href>{text(i18n, &model.title)}</a></h3>
                                        <p>{text(i18n, &model.description)}</p>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <Show when={let empty = workshop.exercises.is_empty(); move || !empty}>
                            <h2>{move || i18n.t("workshop-exercises-heading")}</h2>
                        </Show>
                        <ul class="workshop__exercises" id="workshop-exercises">
                            {workshop.exercises.iter().map(|entry| {
                                let href = format!("/courses/{}/{}", entry.course, entry.exercise.id);
                                view! {
                                    <li>
                                        <a href=href>{text(i18n, &entry.exercise.title)}</a>
                                        <span class="workshop__course">{text(i18n, &entry.course_title)}</span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
                Err(error) => view! {
                    <ErrorState title_key="workshop-error-title" message_key=error.message_key() on_retry=move || workshop.refetch()/>
                }
                .into_any(),
            }
        })
    };
    view! {
        <section class="workshops-page">
            <Suspense fallback=move || view! { <LoadingState message_key="workshops-loading"/> }>{page}</Suspense>
        </section>
    }
}
