//! One workshop's page once it has loaded: what it was, when and where, the 3D projects it made
//! and the exercises it uses.

use darbnica_api::WorkshopDetail;
use leptos::prelude::*;

use crate::common::item_list::ItemList;
use crate::courses::workshop_when::WorkshopWhen;
use crate::games::game_card::GameCard;
use crate::sandbox::gallery_item::GalleryItem;
use crate::shell::i18n::use_i18n;

#[component]
pub fn WorkshopView(workshop: WorkshopDetail) -> impl IntoView {
    let i18n = use_i18n();
    let WorkshopDetail {
        summary,
        models,
        exercises,
        games,
    } = workshop;
    let no_games = games.is_empty();
    let (no_models, no_exercises) = (models.is_empty(), exercises.is_empty());
    view! {
        <nav class="breadcrumbs" aria-label=move || i18n.t("breadcrumbs-label")>
            <a href="/workshops">{move || i18n.t("nav-workshops")}</a>
        </nav>
        <header class="workshop__header">
            <h1>{i18n.localized(&summary.title)}</h1>
            <WorkshopWhen date=summary.date place=summary.place/>
            <p class="workshop__summary">{i18n.localized(&summary.summary)}</p>
        </header>
        <Show when=move || !no_models>
            <h2>{move || i18n.t("workshop-projects")}</h2>
        </Show>
        <ItemList items=models class="gallery" id="workshop-models" let:model><GalleryItem model in_section=true/></ItemList>
        <Show when=move || !no_games>
            <h2>{move || i18n.t("workshop-games-heading")}</h2>
        </Show>
        <ItemList items=games class="game-list" id="workshop-games" let:game><GameCard game/></ItemList>
        <Show when=move || !no_exercises>
            <h2>{move || i18n.t("workshop-exercises-heading")}</h2>
        </Show>
        <ul class="workshop__exercises" id="workshop-exercises">
            {exercises.into_iter().map(|entry| {
                let href = format!("/courses/{}/{}", entry.course, entry.exercise.id);
                view! {
                    <li>
                        <a href=href>{i18n.localized(&entry.exercise.title)}</a>
                        <span class="workshop__course">{i18n.localized(&entry.course_title)}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
