//! Run, Stop and Start over under an editor, with the keyboard shortcut spelled out. The texts
//! differ by page (the exercise page runs *and checks*), so the page names their keys.

use leptos::prelude::*;

use crate::running::run_session::RunSession;
use crate::shell::i18n::use_i18n;

/// The texts of a toolbar, as Fluent keys.
#[derive(Clone, Copy)]
pub struct ToolbarTexts {
    pub run: &'static str,
    pub reset: &'static str,
    pub reset_note: &'static str,
    pub shortcut: &'static str,
}

#[component]
pub fn RunToolbar(
    session: RunSession,
    texts: ToolbarTexts,
    on_run: Callback<()>,
    on_reset: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let running = move || session.running();
    view! {
        <div class="toolbar">
            <button type="button" class="button" id="run-button" on:click=move |_| on_run.run(()) disabled=running>
                {move || i18n.t(texts.run)}
            </button>
            <button type="button" class="button button--secondary" id="stop-button" on:click=move |_| session.stop() disabled=move || !session.stoppable()>
                {move || i18n.t("playground-stop")}
            </button>
            <button type="button" class="button button--quiet" id="reset-button" on:click=move |_| on_reset.run(()) title=move || i18n.t(texts.reset_note)>
                {move || i18n.t(texts.reset)}
            </button>
            <span class="toolbar__hint">{move || i18n.t(texts.shortcut)}</span>
        </div>
    }
}
