//! One workshop in the list of workshops: when and where it was, its title (a link to its page),
//! what it was about, and how many 3D projects and exercises it uses.

use darbnica_api::WorkshopSummary;
use leptos::prelude::*;

use crate::common::counts::Counts;
use crate::courses::workshop_when::WorkshopWhen;
use crate::shell::i18n::use_i18n;

#[component]
pub fn WorkshopCard(workshop: WorkshopSummary) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/workshops/{}", workshop.id);
    let mut counts = vec![("workshop-models", workshop.model_count)];
    if workshop.exercise_count > 0 {
        counts.push(("workshop-exercises", workshop.exercise_count));
    }
    if workshop.game_count > 0 {
        counts.push(("workshop-games", workshop.game_count));
    }
    view! {
        <li class="workshop-card" data-workshop-id=workshop.id.clone()>
            <WorkshopWhen date=workshop.date.clone() place=workshop.place.clone()/>
            <h2 class="workshop-card__title"><a href=href>{i18n.localized(&workshop.title)}</a></h2>
            <p>{i18n.localized(&workshop.summary)}</p>
            <Counts class="workshop-card__counts" counts/>
        </li>
    }
}
