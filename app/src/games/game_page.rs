//! `/games/:game`: a gallery game in the studio, loaded, waiting for Play.

use leptos::prelude::*;

use crate::common::loaded::{Loaded, use_route_resource};
use crate::games::game_studio_page::GameStudio;
use crate::shell::api;

#[component]
pub fn GamePage() -> impl IntoView {
    let game = use_route_resource("game", |id| async move { api::fetch_game(&id).await });
    view! {
        <Loaded resource=game loading_key="games-loading" error_title_key="game-error-title" let:game>
            <GameStudio project=Some(game)/>
        </Loaded>
    }
}
