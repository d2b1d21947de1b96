//! `/games`: the game projects of the workshops, each playable in the studio with its code.

use leptos::prelude::*;

use crate::common::item_list::ItemList;
use crate::common::loaded::Loaded;
use crate::common::page_heading::PageHeading;
use crate::games::game_card::GameCard;
use crate::shell::api;
use crate::shell::i18n::use_i18n;

#[component]
pub fn GamesPage() -> impl IntoView {
    let i18n = use_i18n();
    let games = LocalResource::new(api::fetch_games);
    view! {
        <section class="games-page">
            <PageHeading title_key="games-title" intro_key="games-intro"/>
            <p><a class="button" href="/studio">{move || i18n.t("games-blank")}</a></p>
            <Loaded resource=games loading_key="games-loading" error_title_key="games-error-title" let:games>
                <ItemList items=games class="game-list" let:game><GameCard game/></ItemList>
            </Loaded>
        </section>
    }
}
