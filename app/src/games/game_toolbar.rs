//! Play (again), Stop, Pause or Go on, One step, and the sound, under the game's editor.

use leptos::prelude::*;

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
    let pause = move |_| {
        if player.paused.get_untracked() {
            player.resume();
        } else {
            player.pause();
        }
    };
    view! {
        <div class="toolbar game-toolbar">
            <button type="button" class="button" id="game-play" on:click=move |_| on_play.run(())>
                {move || i18n.t(if active() { "game-play-again" } else { "game-play" })}
            </button>
            <button type="button" class="button button--secondary" id="game-stop" on:click=stop disabled=move || !active()>
                {move || i18n.t("game-stop")}
            </button>
            <button type="button" class="button button--outline" id="game-pause" on:click=pause disabled=move || !player.playing.get()
                aria-pressed=move || player.paused.get().to_string()>
                {move || i18n.t(if player.paused.get() { "game-resume" } else { "game-pause" })}
            </button>
            <button type="button" class="button button--outline" id="game-step" on:click=move |_| player.step() disabled=move || !player.playing.get()>
                {move || i18n.t("game-step")}
            </button>
            <button type="button" class="button button--quiet" id="game-sound" on:click=move |_| player.muted.update(|muted| *muted = !*muted)
                aria-pressed=move || (!player.muted.get()).to_string()>
                {move || i18n.t(if player.muted.get() { "game-sound-off" } else { "game-sound-on" })}
            </button>
        </div>
    }
}
