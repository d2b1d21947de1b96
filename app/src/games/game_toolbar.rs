//! Play (again) and Stop, then the game's controls, under the studio's editor.

use leptos::prelude::*;

use crate::games::game_controls::GameControls;
use crate::games::game_player::GamePlayer;
use crate::running::run_session::RunSession;
use crate::shell::i18n::use_i18n;

#[component]
pub fn GameToolbar(
    session: RunSession,
    player: GamePlayer,
    on_play: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let active = move || session.running() || player.playing.get();
    let stop = move |_| {
        player.stop();
        session.stop();
    };
    view! {
        <div class="toolbar game-toolbar">
            <button type="button" class="button" id="game-play" on:click=move |_| on_play.run(())>
                {move || i18n.t(if active() { "game-play-again" } else { "game-play" })}
            </button>
            <button type="button" class="button button--secondary" id="game-stop" on:click=stop disabled=move || !active()>
                {move || i18n.t("game-stop")}
            </button>
            <GameControls player/>
        </div>
    }
}
