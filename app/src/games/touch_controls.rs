//! Buttons for the keys on a phone or tablet: the arrows and space, held while a finger is on them.

use leptos::prelude::*;

use crate::games::game_player::GamePlayer;
use crate::shell::i18n::use_i18n;

/// Each button: the key it holds, what it shows, and the Fluent key of its name for screen readers.
const BUTTONS: [(&str, &str, &str); 5] = [
    ("ArrowLeft", "◀", "game-touch-left"),
    ("ArrowUp", "▲", "game-touch-up"),
    ("ArrowDown", "▼", "game-touch-down"),
    ("ArrowRight", "▶", "game-touch-right"),
    (" ", "⤒", "game-touch-space"),
];

#[component]
pub fn TouchControls(player: GamePlayer) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="touch-controls" id="touch-controls">
            {BUTTONS.into_iter().map(|(key, shown, name)| view! {
                <button
                    type="button"
                    class="touch-controls__key"
                    data-key=key
                    aria-label=move || i18n.t(name)
                    on:pointerdown=move |event| {
                        event.prevent_default();
                        player.key_down(key);
                    }
                    on:pointerup=move |_| player.key_up(key)
                    on:pointerleave=move |_| player.key_up(key)
                    on:pointercancel=move |_| player.key_up(key)
                >
                    {shown}
                </button>
            }).collect_view()}
        </div>
    }
}
