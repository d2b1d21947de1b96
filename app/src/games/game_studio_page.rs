//! The game studio: write a 3D game in Python on the left, play it on the right (keys, or the
//! buttons on a phone), pause it, step through it a frame at a time and look at every entity.
//! `/studio` starts from the student's last game (kept in this browser), a shared link's code, or
//! the sample; `/games/:game` (`game_page.rs`) opens a gallery game, the student's changes to it
//! kept apart. Every game waits for Play: the page opens without running a program or drawing a
//! frame, and the keys go to the game from the moment it starts.

use darbnica_api::GameDetail;
use darbnica_api::python::{ModelInfo, RunOutcome, RunRequest};
use leptos::prelude::*;

use crate::common::copy_link::{CopyLink, CopyLinkTexts};
use crate::common::page_heading::PageHeading;
use crate::games::game_inspector::GameInspector;
use crate::games::game_player::GamePlayer;
use crate::games::game_toolbar::GameToolbar;
use crate::games::game_view::GameView;
use crate::running::code_editor::{CodeEditor, EditorControl};
use crate::running::run_panel::RunPanel;
use crate::running::run_session::RunSession;
use crate::running::runner::{PageOutcome, use_python_runner};
use crate::sandbox::export_bar::ExportBar;
use crate::sandbox::param_controls::ParamControls;
use crate::sandbox::param_runs::ParamRuns;
use crate::sandbox::share;
use crate::shell::i18n::{Language, use_i18n};

const STORAGE_KEY: &str = "darbnica-studio-code";

const SHARE: CopyLinkTexts = CopyLinkTexts {
    button: "studio-share",
    label: "studio-share-label",
    copied: "studio-share-copied",
    copy: "studio-share-copy",
};

/// A first game to change: collect the amber with the arrow keys. Its names and comments are in
/// the language the studio first opened in. It is content (`content/studio/`), checked by the
/// content validator like the gallery's games.
const STARTER_LV: &str = include_str!("../../../content/studio/game.lv.py");
const STARTER_EN: &str = include_str!("../../../content/studio/game.en.py");

fn starter(language: Language) -> &'static str {
    match language {
        Language::Lv => STARTER_LV,
        Language::En => STARTER_EN,
    }
}

#[component]
pub fn GameStudioPage() -> impl IntoView {
    view! { <GameStudio project=None/> }
}

#[component]
pub fn GameStudio(
    /// A gallery game.
    project: Option<GameDetail>,
) -> impl IntoView {
    let i18n = use_i18n();
    let runner = use_python_runner();
    let session = RunSession::new(runner);
    let player = GamePlayer::new(runner);
    // A shared game comes in the address's fragment: it opens in the editor and waits for Play.
    let fragment = window().location().hash().unwrap_or_default();
    let shared = share::decode(&fragment).filter(|_| project.is_none());
    let damaged_link = shared.is_none() && fragment.len() > 1 && project.is_none();
    let from_link = shared.is_some();
    // A gallery game's page is first for playing: its editor waits until the student turns to
    // the code.
    let gallery_game = project.is_some();
    let storage_key = match &project {
        Some(game) => format!("darbnica-game-{}", game.summary.id),
        None => STORAGE_KEY.to_owned(),
    };
    let original = project
        .as_ref()
        .map(|game| game.code.get(i18n.language().code()).to_owned());
    let params = ParamRuns::new(
        shared
            .as_ref()
            .map(|shared| shared.params.clone())
            .unwrap_or_default(),
    );
    // The game's `param(...)`s, as sliders: each move plays the game again with the new value.
    let model = RwSignal::new(None::<Box<ModelInfo>>);
    let initial = shared
        .map(|shared| shared.code)
        .or_else(|| load_code(&storage_key))
        .or_else(|| original.clone())
        .unwrap_or_else(|| starter(i18n.language()).to_owned());
    let storage_key = StoredValue::new(storage_key);
    let code = StoredValue::new(initial.clone());
    let control = EditorControl::new();

    let play = move || {
        player.stop();
        let mut request = RunRequest::new(code.get_value());
        request.params = params.start();
        session.run(request, Vec::new());
    };
    session.on_finished(Callback::new(
        move |finished: crate::running::run_session::Finished| {
            if params.stale() {
                play();
                return;
            }
            if finished.outcome == PageOutcome::Runtime(RunOutcome::Finished)
                && let Some(game) = session.run_id()
            {
                model.set(finished.model.map(|model| model.info));
                // The game is on: "the program finished" would say the opposite.
                session.finished.set(None);
                player.start(game);
                focus_game();
            }
        },
    ));
    player.on_ended(Callback::new(move |outcome| session.game_ended(outcome)));
    let on_change = Callback::new(move |text: String| {
        save_code(&storage_key.get_value(), &text);
        code.set_value(text);
        session.code_changed();
    });

    let on_play = Callback::new(move |()| play());
    let has_original = original.is_some();
    let drawn = Memo::new(move |_| player.frame.get() > 0);
    let heading = match &project {
        Some(game) => {
            let (title, controls) = (game.summary.title.clone(), game.summary.controls.clone());
            view! {
                <nav class="breadcrumbs" aria-label=move || i18n.t("breadcrumbs-label")>
                    <a href="/games">{move || i18n.t("games-title")}</a>
                </nav>
                <h1>{i18n.localized(&title)}</h1>
                <p class="page-intro" id="game-controls-text">{i18n.localized(&controls)}</p>
            }
            .into_any()
        }
        None => {
            view! { <PageHeading title_key="studio-title" intro_key="studio-intro"/> }.into_any()
        }
    };
    view! {
        <section class="studio">
            {heading}
            {from_link.then(|| view! {
                <p class="notice" id="studio-shared" role="status">{move || i18n.t("studio-shared-notice")}</p>
            })}
            {damaged_link.then(|| view! {
                <p class="notice notice--warning" id="studio-shared-damaged" role="alert">{move || i18n.t("studio-shared-damaged")}</p>
            })}
            <div class="studio__grid">
                <div class="studio__editor">
                    <CodeEditor text=initial on_change on_run=on_play error_line=session.error_line.into() control waits_for_student=gallery_game/>
                    <CopyLink texts=SHARE make=Callback::new(move |origin: String| {
                        let shared = share::Shared { code: code.get_value(), params: params.values() };
                        format!("{origin}/studio#{}", share::encode(&shared))
                    })/>
                    <p class="studio__reset">
                        <button type="button" class="button button--quiet" id="studio-reset"
                            on:click=move |_| control.set_text(original.as_deref().unwrap_or_else(|| starter(i18n.language())))>
                            {move || i18n.t(if has_original { "studio-reset-game" } else { "studio-reset" })}
                        </button>
                    </p>
                </div>
                <div class="studio__game">
                    <GameView player on_play/>
                    // Under the game on every screen: on a phone, the game comes first and the code
                    // after it, and Pause must be at hand.
                    <GameToolbar session player on_play/>
                    <ParamControls model=model.into() on_change=Callback::new(move |(name, value)| if params.set(name, value) { play() })/>
                    <GameInspector player/>
                    // Made again when a button is pressed: the level as it stands then (followed only
                    // when the first frame is drawn, not every frame).
                    <ExportBar mesh=Signal::derive(move || { if drawn.get() { player.level_mesh() } else { None } }) model=Signal::derive(|| None) project=Some("level".to_owned())/>
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

fn load_code(key: &str) -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

fn save_code(key: &str, code: &str) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(key, code);
    }
}
