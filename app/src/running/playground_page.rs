//! The Playground: write Python, run it, see what it prints. The code is kept in local storage.

use darbnica_api::python::RunRequest;
use leptos::prelude::*;

use crate::running::code_editor::{CodeEditor, EditorControl};
use crate::running::run_panel::RunPanel;
use crate::running::run_session::RunSession;
use crate::running::run_toolbar::{RunToolbar, ToolbarTexts};
use crate::running::runner::use_python_runner;
use crate::shell::i18n::use_i18n;

const TOOLBAR: ToolbarTexts = ToolbarTexts {
    run: "playground-run",
    reset: "playground-reset",
    reset_note: "playground-reset-note",
    shortcut: "playground-shortcut",
};

const STORAGE_KEY: &str = "darbnica-playground-code";

const STARTER: &str = "vards = input(\"Kā tevi sauc? \")\nprint(f\"Sveiks, {vards}!\")\n\nfor i in range(1, 4):\n    print(i, \"*\" * i)\n";

#[component]
pub fn PlaygroundPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = RunSession::new(use_python_runner());
    let initial = load_code().unwrap_or_else(|| STARTER.to_owned());
    let code = StoredValue::new(initial.clone());
    let control = EditorControl::new();

    let run = move || session.run(RunRequest::new(code.get_value()), Vec::new());
    let on_change = Callback::new(move |text: String| {
        save_code(&text);
        code.set_value(text);
        session.code_changed();
    });

    view! {
        <section class="playground">
            <h1>{move || i18n.t("playground-title")}</h1>
            <p class="playground__intro">{move || i18n.t("playground-intro")}</p>
            <div class="playground__grid">
                <div class="playground__editor">
                    <CodeEditor text=initial on_change on_run=Callback::new(move |()| run()) error_line=session.error_line.into() control/>
                    <RunToolbar session texts=TOOLBAR on_run=Callback::new(move |()| run()) on_reset=Callback::new(move |()| control.set_text(STARTER))/>
                </div>
                <div class="playground__output">
                    <RunPanel session/>
                </div>
            </div>
        </section>
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
