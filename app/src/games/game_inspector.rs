//! The inspector: every entity in the game with where it is, as the page last drew it; exact when
//! the game is paused, a step at a time. A frame debugger for beginners' games.

use leptos::prelude::*;

use crate::games::game_player::GamePlayer;
use crate::shell::i18n::use_i18n;

#[component]
pub fn GameInspector(player: GamePlayer) -> impl IntoView {
    let i18n = use_i18n();
    let number = |value: f32| format!("{value:.2}");
    view! {
        <details class="game-inspector" id="game-inspector">
            <summary>
                {move || i18n.t_count("game-inspector-title", player.entities.with(Vec::len) as u32)}
                " · "
                {move || i18n.t_args("game-inspector-frame", &[("frame", i64::from(player.frame.get()))])}
            </summary>
            <table class="game-inspector__table">
                <thead>
                    <tr>
                        {["game-inspector-number", "game-inspector-x", "game-inspector-y", "game-inspector-z"]
                            .map(|key| view! { <th scope="col">{move || i18n.t(key)}</th> })}
                        <th scope="col">{move || i18n.t("game-inspector-visible")}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || player.entities.get().into_iter().map(|entity| {
                        let [x, y, z] = entity.position;
                        view! {
                            <tr data-entity=entity.id.0>
                                <td>{entity.id.0}</td>
                                <td>{number(x)}</td>
                                <td>{number(y)}</td>
                                <td>{number(z)}</td>
                                <td>{move || i18n.t(if entity.visible { "game-inspector-yes" } else { "game-inspector-no" })}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </details>
    }
}
