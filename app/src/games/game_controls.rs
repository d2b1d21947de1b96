//! Pause or Go on, One frame forward, and the sound: the controls of a game being played, on the
//! studio's toolbar and under a game exercise.

use leptos::prelude::*;

use crate::games::game_player::GamePlayer;
use crate::shell::i18n::use_i18n;

#[component]
pub fn GameControls(player: GamePlayer) -> impl IntoView {
    let i18n = use_i18n();
    let pause = move |_| {
        if player.paused.get_untracked() {
            player.resume();
        } else {
            player.pause();
        }
    };
    view! {
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
    }
}
