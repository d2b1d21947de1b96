//! The game on the screen: the canvas the scene is drawn on, the game's texts over it (as HTML:
//! readable, in any language, announced to screen readers), and the keys while it has the focus.
//! In the studio, before the first game, a Play button in the middle of it.

use leptos::html::Canvas;
use leptos::prelude::*;

use crate::games::game_player::GamePlayer;
use crate::games::touch_controls::TouchControls;
use crate::shell::i18n::use_i18n;

#[component]
pub fn GameView(
    player: GamePlayer,
    /// Plays the game (the studio's Play); without it (an exercise, whose Run checks and then
    /// plays), no button.
    #[prop(optional)]
    on_play: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let canvas = NodeRef::<Canvas>::new();
    Effect::new(move |attached: Option<bool>| {
        if attached == Some(true) {
            return true;
        }
        match canvas.get() {
            Some(element) => {
                player.attach(element);
                true
            }
            None => false,
        }
    });
    let on_key_down = move |event: web_sys::KeyboardEvent| {
        if event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        if player.key_down(&event.key()) {
            // Arrows and space would scroll the page.
            event.prevent_default();
        }
    };
    let on_key_up = move |event: web_sys::KeyboardEvent| player.key_up(&event.key());
    view! {
        <div
            class="game-view"
            id="game-view"
            tabindex="0"
            role="application"
            aria-label=move || i18n.t("game-view-label")
            on:keydown=on_key_down
            on:keyup=on_key_up
            on:blur=move |_| player.release_keys()
        >
            <canvas node_ref=canvas class="game-view__canvas" data-frame=move || player.frame.get().to_string()></canvas>
            <div class="game-view__texts" aria-live="polite">
                {move || player.texts.get().into_iter().filter(|text| text.visible).map(|text| {
                    let [r, g, b] = text.colour;
                    let style = format!(
                        "left: {:.1}%; top: {:.1}%; font-size: {:.2}cqh; color: rgb({r}, {g}, {b})",
                        text.position[0] * 100.0,
                        text.position[1] * 100.0,
                        text.size * 100.0,
                    );
                    view! { <span class="game-view__text" style=style>{text.text}</span> }
                }).collect_view()}
            </div>
            {move || player.failed.get().then(|| view! {
                <p class="game-view__failed" role="alert">{move || i18n.t("game-view-failed")}</p>
            })}
            {move || on_play.filter(|_| !player.playing.get() && player.frame.get() == 0 && !player.failed.get()).map(|on_play| view! {
                <button type="button" class="button game-view__start" id="game-start" on:click=move |_| on_play.run(())>
                    {move || i18n.t("game-play")}
                </button>
            })}
            <TouchControls player/>
        </div>
    }
}
