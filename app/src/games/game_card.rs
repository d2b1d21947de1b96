//! One game in the games gallery (and on a workshop's page): its title leading to it in the studio,
//! what it is, and how to play it.

use darbnica_api::GameSummary;
use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[component]
pub fn GameCard(game: GameSummary) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/games/{}", game.id);
    view! {
        <li class="game-card" data-game-id=game.id.clone()>
            <h2 class="game-card__title"><a href=href>{i18n.localized(&game.title)}</a></h2>
            <p>{i18n.localized(&game.description)}</p>
            <p class="game-card__controls">{i18n.localized(&game.controls)}</p>
        </li>
    }
}
