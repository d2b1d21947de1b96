//! `/workshops/:workshop`: one workshop, with the 3D projects and exercises it uses.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::courses::workshops_page::{long_date, text};
use crate::shell::api;
use crate::shell::i18n::use_i18n;

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
