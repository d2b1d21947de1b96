//! `/studio`: the game studio. Write a 3D game in Python on the left, play it on the right (keys,
//! or the buttons on a phone), pause it, step through it a frame at a time and look at every
//! entity. The code is kept in this browser.

use darbnica_api::python::{RunOutcome, RunRequest};
use leptos::prelude::*;

use crate::common::page_heading::PageHeading;
use crate::games::game_inspector::GameInspector;
use crate::games::game_player::GamePlayer;
use crate::games::game_toolbar::GameToolbar;
use crate::games::game_view::GameView;
use crate::running::code_editor::{CodeEditor, EditorControl};
use crate::running::run_panel::RunPanel;
use crate::running::run_session::RunSession;
use crate::running::runner::{PageOutcome, use_python_runner};
use crate::shell::i18n::{Language, use_i18n};

const STORAGE_KEY: &str = "darbnica-studio-code";

/// A first game to change: collect the amber with the arrow keys. Its names and comments are in
/// the language the studio first opened in.
const STARTER_LV: &str = include_str!("starter_lv.py");
const STARTER_EN: &str = include_str!("starter_en.py");

fn starter(language: Language) -> &'static str {
    match language {
        Language::Lv => STARTER_LV,
        Language::En => STARTER_EN,
    }
}

#[component]
pub fn GameStudioPage() -> impl IntoView {
    let i18n = use_i18n();
    let runner = use_python_runner();
    let session = RunSession::new(runner);
    let player = GamePlayer::new(runner);
    let initial = load_code().unwrap_or_else(|| starter(i18n.language()).to_owned());
    let code = StoredValue::new(initial.clone());
    let control = EditorControl::new();

    let play = move || {
        player.stop();
        session.run(RunRequest::new(code.get_value()), Vec::new());
    };
    session.on_finished(Callback::new(
        move |finished: crate::running::run_session::Finished| {
            if finished.outcome == PageOutcome::Runtime(RunOutcome::Finished)
                && let Some(game) = session.run_id()
            {
                // The game is on: "the program finished" would say the opposite.
                session.finished.set(None);
                player.start(game);
                focus_game();
            }
        },
    ));
    player.on_ended(Callback::new(move |outcome| session.game_ended(outcome)));
    let on_change = Callback::new(move |text: String| {
        save_code(&text);
        code.set_value(text);
        session.code_changed();
    });

    view! {
        <section class="studio">
            <PageHeading title_key="studio-title" intro_key="studio-intro"/>
            <div class="studio__grid">
                <div class="studio__editor">
                    <CodeEditor text=initial on_change on_run=Callback::new(move |()| play()) error_line=session.error_line.into() control/>
                    <GameToolbar session player on_play=Callback::new(move |()| play())/>
                    <p class="studio__reset">
                        <button type="button" class="button button--quiet" id="studio-reset"
                            on:click=move |_| control.set_text(starter(i18n.language()))>
                            {move || i18n.t("studio-reset")}
                        </button>
                    </p>
                </div>
                <div class="studio__game">
                    <GameView player/>
                    <GameInspector player/>
                    <RunPanel session/>
                </div>
            </div>
            <details class="studio__help">
                <summary>{move || i18n.t("studio-help-title")}</summary>
                <p>{move || i18n.t("studio-help-entity")}</p>
                <p>{move || i18n.t("studio-help-update")}</p>
                <p>{move || i18n.t("studio-help-collide")}</p>
                <p>{move || i18n.t("studio-help-more")}</p>
            </details>
        </section>
    }
}

/// Keys go to the game as soon as it starts.
fn focus_game() {
    use wasm_bindgen::JsCast;
    if let Some(view) = document()
        .get_element_by_id("game-view")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = view.focus();
    }
}

fn load_code() -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(STORAGE_KEY)
        .ok()
        .flatten()
}

fn save_code(code: &str) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(STORAGE_KEY, code);
    }
}
