//! One workshop in the list of workshops: when and where it was, its title (a link to its page),
//! what it was about, and how many 3D projects and exercises it uses.

use darbnica_api::WorkshopSummary;
use leptos::prelude::*;

use crate::courses::workshops_page::{long_date, text};
use crate::shell::i18n::use_i18n;

#[component]
pub fn WorkshopCard(workshop: WorkshopSummary) -> impl IntoView {
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
