//! The Playground: write Python, run it, see what it prints. The code is kept in local storage.
//!
//! `input()`: when the program asks for a line and none is left, the run ends; the page asks the
//! student, then runs the program again from the start with every line so far and the same random
//! seed, showing only what is new. This works in every browser, with no shared memory between the
//! page and the worker.

use std::cell::Cell;
use std::rc::Rc;

use darbnica_api::python::{RunOutcome, RunRequest, Stream};
use leptos::prelude::*;

use crate::components::code_editor::{CodeEditor, EditorControl};
use crate::components::run_output::{OutputPiece, RunOutput};
use crate::components::run_result::RunResult;
use crate::components::runtime_status::RuntimeStatus;
use crate::i18n::use_i18n;
use crate::python::{PageOutcome, RunEvent, RunnerState, use_python_runner};

const STORAGE_KEY: &str = "darbnica-playground-code";

const STARTER: &str = "vards = input(\"Kā tevi sauc? \")\nprint(f\"Sveiks, {vards}!\")\n\nfor i in range(1, 4):\n    print(i, \"*\" * i)\n";

#[component]
pub fn PlaygroundPage() -> impl IntoView {
    let i18n = use_i18n();
    let runner = use_python_runner();
    let initial = load_code().unwrap_or_else(|| STARTER.to_owned());
    let code = StoredValue::new(initial.clone());
    let output = RwSignal::new(Vec::<OutputPiece>::new());
    let outcome = RwSignal::new(None::<PageOutcome>);
    let awaiting_input = RwSignal::new(false);
    let input_line = RwSignal::new(String::new());
    let error_line = RwSignal::new(None::<u32>);
    let control = EditorControl::new();

    // The run in progress, across replays for input().
    let stdin = StoredValue::new(Vec::<String>::new());
    let seed = StoredValue::new(0u64);
    let shown_chars = StoredValue::new(0usize);

    // Output as it arrives, shown once a frame: a program printing thousands of lines costs one
    // repaint a frame, not one a line.
    let arriving = StoredValue::new(Vec::<OutputPiece>::new());
    let flush_scheduled = StoredValue::new(false);
    let flush_output = move || {
        flush_scheduled.set_value(false);
        let pieces = std::mem::take(&mut *arriving.write_value());
        if !pieces.is_empty() {
            output.update(|shown| {
                pieces
                    .into_iter()
                    .for_each(|piece| push_piece(shown, piece))
            });
        }
    };
    let schedule_flush = move || {
        if !flush_scheduled.get_value() {
            flush_scheduled.set_value(true);
            set_timeout(flush_output, std::time::Duration::from_millis(16));
        }
    };

    let start = move || {
        let request = RunRequest {
            code: code.get_value(),
            stdin: stdin.get_value(),
            files: Default::default(),
            seed: Some(seed.get_value()),
            limits: Default::default(),
        };
        let skip = Rc::new(Cell::new(shown_chars.get_value()));
        outcome.set(None);
        runner.run(request, move |event| match event {
            RunEvent::Output { stream, text } => {
                let new_text = skip_chars(&text, &skip);
                if !new_text.is_empty() {
                    shown_chars.update_value(|shown| *shown += new_text.chars().count());
                    arriving.update_value(|pieces| {
                        push_piece(pieces, OutputPiece::from_stream(stream, new_text))
                    });
                    schedule_flush();
                }
            }
            RunEvent::Done(done) => {
                flush_output();
                match done {
                    PageOutcome::Runtime(RunOutcome::NoInput) => awaiting_input.set(true),
                    done => {
                        if let PageOutcome::Runtime(RunOutcome::Error(error)) = &done {
                            error_line.set(error.line);
                        }
                        outcome.set(Some(done));
                    }
                }
            }
        });
    };
    let run = move || {
        stdin.set_value(Vec::new());
        seed.set_value(random_seed());
        shown_chars.set_value(0);
        arriving.set_value(Vec::new());
        output.set(Vec::new());
        awaiting_input.set(false);
        error_line.set(None);
        start();
    };
    let submit_input = move || {
        let line = input_line.get_untracked();
        input_line.set(String::new());
        awaiting_input.set(false);
        output.update(|pieces| push_piece(pieces, OutputPiece::Input(format!("{line}\n"))));
        stdin.update_value(|lines| lines.push(line));
        start();
    };
    let on_change = Callback::new(move |text: String| {
        save_code(&text);
        code.set_value(text);
        error_line.set(None);
    });
    let reset = move |_| {
        control.set_text(STARTER);
    };
    let running = move || {
        matches!(
            runner.state.get(),
            RunnerState::Running | RunnerState::Downloading { .. } | RunnerState::Starting
        ) && outcome.with(Option::is_none)
            && !awaiting_input.get()
    };

    view! {
        <section class="playground">
            <h1>{move || i18n.t("playground-title")}</h1>
            <p class="playground__intro">{move || i18n.t("playground-intro")}</p>
            <div class="playground__grid">
                <div class="playground__editor">
                    <CodeEditor text=initial on_change on_run=Callback::new(move |()| run()) error_line=error_line.into() control/>
                    <div class="toolbar">
                        <button type="button" class="button" id="run-button" on:click=move |_| run() disabled=running>
                            {move || i18n.t("playground-run")}
                        </button>
                        <button type="button" class="button button--secondary" id="stop-button" on:click=move |_| runner.stop() disabled=move || !running()>
                            {move || i18n.t("playground-stop")}
                        </button>
                        <button type="button" class="button button--quiet" on:click=reset>
                            {move || i18n.t("playground-reset")}
                        </button>
                        <span class="toolbar__hint">{move || i18n.t("playground-shortcut")}</span>
                    </div>
                </div>
                <div class="playground__output">
                    <RuntimeStatus/>
                    <RunOutput pieces=output.into()/>
                    <Show when=move || awaiting_input.get()>
                        <form class="input-line" on:submit=move |event| { event.prevent_default(); submit_input(); }>
                            <label for="input-line">{move || i18n.t("playground-input-label")}</label>
                            <input id="input-line" type="text" autocomplete="off" autofocus=true
                                prop:value=move || input_line.get()
                                on:input=move |event| input_line.set(event_target_value(&event))/>
                            <button type="submit" class="button">{move || i18n.t("playground-input-send")}</button>
                        </form>
                    </Show>
                    <RunResult outcome=outcome.into()/>
                </div>
            </div>
        </section>
    }
}

/// The part of `text` past the first `skip` characters, counting them off `skip`.
fn skip_chars(text: &str, skip: &Cell<usize>) -> String {
    let count = text.chars().count();
    let skipped = skip.get().min(count);
    skip.set(skip.get() - skipped);
    text.chars().skip(skipped).collect()
}

fn push_piece(pieces: &mut Vec<OutputPiece>, piece: OutputPiece) {
    match (pieces.last_mut(), piece) {
        (Some(OutputPiece::Stdout(last)), OutputPiece::Stdout(text)) => last.push_str(&text),
        (Some(OutputPiece::Stderr(last)), OutputPiece::Stderr(text)) => last.push_str(&text),
        (_, piece) => pieces.push(piece),
    }
}

fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64
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

impl OutputPiece {
    fn from_stream(stream: Stream, text: String) -> OutputPiece {
        match stream {
            Stream::Stdout => OutputPiece::Stdout(text),
            Stream::Stderr => OutputPiece::Stderr(text),
        }
    }
}
