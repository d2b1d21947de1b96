//! The fields of a teacher's own exercise: its title and task in Latvian, English or both, the
//! starter and the solution, and how it is checked (the form's cases, or `check.py`), then the
//! trial that checks, runs and shows it before it is saved.

use darbnica_api::own_exercises::{
    CallCase, MAX_CASE_CHARS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, OutputCase, OwnExercise,
};
use leptos::prelude::*;

use crate::own_exercises::draft_state::DraftState;
use crate::own_exercises::exercise_trial::ExerciseTrial;
use crate::own_exercises::number_ranges::NumberRanges;
use crate::running::code_editor::{CodeEditor, EditorControl};
use crate::shell::i18n::use_i18n;

/// A labelled text box bound to `value` (`code`: monospaced, as code is written).
#[component]
fn TextBox(
    id: String,
    label: Signal<String>,
    value: Signal<String>,
    on_input: Callback<String>,
    #[prop(default = 3)] rows: u32,
    #[prop(optional)] code: bool,
    #[prop(optional)] max_length: Option<usize>,
    #[prop(optional)] hint_key: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let described_by = hint_key.map(|_| hint_id.clone());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <textarea id=id.clone() rows=rows.to_string() class:code-input=code spellcheck=(!code).to_string()
                maxlength=max_length.map(|length| length.to_string()) aria-describedby=described_by
                prop:value=value on:input=move |event| on_input.run(event_target_value(&event))></textarea>
            {hint_key.map(|key| view! { <p class="field__hint" id=hint_id>{move || i18n.t(key)}</p> })}
        </div>
    }
}

/// This tab's storage, which ends with it.
pub fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// A code editor (the one students use: Tab indents, Python's colours) for `signal`, with the
/// label `key` above it and as its name for screen readers.
fn code_box(id: &'static str, key: &'static str, signal: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field own-code" id=id>
            <span class="own-code__label">{move || i18n.t(key)}</span>
            <CodeEditor text=signal.get_untracked() on_change=Callback::new(move |text| signal.set(text))
                on_run=Callback::new(|()| {}) error_line=Signal::derive(|| None) control=EditorControl::new()
                label_key=key in_form=true/>
        </div>
    }
}

#[component]
pub fn OwnExerciseForm(
    /// The exercise's id once saved (changes go to it), none for a new one.
    id: Option<String>,
    exercise: OwnExercise,
) -> impl IntoView {
    let i18n = use_i18n();
    // What was typed is kept in this tab (a reload, a link followed by mistake) until it is
    // saved; only in this tab, so that a shared computer's next user does not find it.
    let kept_as = format!("darbnica-own-draft:{}", id.as_deref().unwrap_or("new"));
    let kept: Option<OwnExercise> = session_storage()
        .and_then(|storage| storage.get_item(&kept_as).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .filter(|kept| *kept != exercise);
    let restored = kept.is_some();
    let draft = DraftState::new(kept.as_ref().unwrap_or(&exercise));
    let keep_key = kept_as.clone();
    Effect::new(move |_| {
        let exercise = draft.exercise();
        if let (Some(storage), Ok(json)) = (session_storage(), serde_json::to_string(&exercise)) {
            let _ = storage.set_item(&keep_key, &json);
        }
    });
    let title_field = move |code: &'static str, signal: RwSignal<String>| {
        let id = format!("own-title-{code}");
        view! {
            <div class="field">
                <label for=id.clone()>{move || i18n.t(if code == "lv" { "own-in-lv" } else { "own-in-en" })}</label>
                <input id=id type="text" maxlength=MAX_TITLE_CHARS.to_string() prop:value=move || signal.get()
                    on:input=move |event| signal.set(event_target_value(&event))/>
            </div>
        }
    };
    let task_field = move |code: &'static str, signal: RwSignal<String>| {
        view! {
            <TextBox id=format!("own-text-{code}") label=Signal::derive(move || i18n.t(if code == "lv" { "own-in-lv" } else { "own-in-en" }))
                value=signal.into() on_input=Callback::new(move |text| signal.set(text)) rows=6 max_length=MAX_TEXT_CHARS/>
        }
    };
    let output_rows = move || {
        draft.outputs.get().into_iter().map(|(key, case)| {
            let number = move || draft.outputs.position(key);
            view! {
                <li class="own-case" data-key=key>
                    <p class="own-case__name">{move || i18n.t_args("own-output-case", &[("number", number())])}</p>
                    <TextBox id=format!("own-output-input-{key}") label=Signal::derive(move || i18n.t("own-output-input")) rows=2
                        value=Signal::derive(move || case.with(|case| case.input.join("\n")))
                        on_input=Callback::new(move |text: String| case.update(|case| {
                            case.input = if text.is_empty() { Vec::new() } else { text.lines().map(str::to_owned).collect() };
                        }))
                        hint_key="own-output-input-hint" code=true/>
                    <TextBox id=format!("own-output-expected-{key}") label=Signal::derive(move || i18n.t("own-output-expected")) rows=2
                        value=Signal::derive(move || case.with(|case| case.output.clone()))
                        on_input=Callback::new(move |text| case.update(|case| case.output = text)) code=true max_length=MAX_CASE_CHARS/>
                    <button type="button" class="button button--quiet" on:click=move |_| draft.outputs.remove(key)
                        aria-label=move || i18n.t_args("own-output-remove", &[("number", number())])>{move || i18n.t("own-remove")}</button>
                </li>
            }
        }).collect_view()
    };
    let call_rows = move || {
        draft.calls.get().into_iter().map(|(key, call)| {
            let number = move || draft.calls.position(key);
            view! {
                <li class="own-case" data-key=key>
                    <p class="own-case__name">{move || i18n.t_args("own-call-case", &[("number", number())])}</p>
                    <div class="field">
                        <label for=format!("own-call-args-{key}")>{move || i18n.t("own-call-args")}</label>
                        <input id=format!("own-call-args-{key}") type="text" class="code-input" spellcheck="false"
                            prop:value=move || call.with(|call| call.args.clone())
                            on:input=move |event| call.update(|call| call.args = event_target_value(&event))/>
                    </div>
                    <div class="field">
                        <label for=format!("own-call-expected-{key}")>{move || i18n.t("own-call-expected")}</label>
                        <input id=format!("own-call-expected-{key}") type="text" class="code-input" spellcheck="false"
                            prop:value=move || call.with(|call| call.expected.clone())
                            on:input=move |event| call.update(|call| call.expected = event_target_value(&event))/>
                    </div>
                    <button type="button" class="button button--quiet" on:click=move |_| draft.calls.remove(key)
                        aria-label=move || i18n.t_args("own-call-remove", &[("number", number())])>{move || i18n.t("own-remove")}</button>
                </li>
            }
        }).collect_view()
    };
    view! {
        <form class="own-exercise" id="own-exercise-form" novalidate=true on:submit=|event| event.prevent_default()>
            {restored.then(|| view! { <p class="notice" role="status" id="own-restored">{move || i18n.t("own-restored")}</p> })}
            <fieldset class="card own-exercise__part">
                <legend>{move || i18n.t("own-title")}</legend>
                <p class="field__hint">{move || i18n.t("own-languages-hint")}</p>
                {title_field("lv", draft.title_lv)}
                {title_field("en", draft.title_en)}
            </fieldset>
            <fieldset class="card own-exercise__part">
                <legend>{move || i18n.t("own-text")}</legend>
                <p class="field__hint">{move || i18n.t("own-text-hint")}</p>
                {task_field("lv", draft.text_lv)}
                {task_field("en", draft.text_en)}
            </fieldset>
            <fieldset class="card own-exercise__part">
                <legend>{move || i18n.t("own-code")}</legend>
                {code_box("own-starter", "own-starter", draft.starter)}
                {code_box("own-solution", "own-solution", draft.solution)}
            </fieldset>
            <fieldset class="card own-exercise__part">
                <legend>{move || i18n.t("own-checks")}</legend>
                <div class="own-exercise__mode" role="radiogroup">
                    <label><input type="radio" name="own-checks-mode" id="own-checks-form" prop:checked=move || !draft.script.get()
                        on:change=move |_| draft.script.set(false)/>{move || i18n.t("own-checks-form")}</label>
                    <label><input type="radio" name="own-checks-mode" id="own-checks-script" prop:checked=move || draft.script.get()
                        on:change=move |_| draft.script.set(true)/>{move || i18n.t("own-checks-script")}</label>
                </div>
                <Show when=move || draft.script.get()>
                    {code_box("own-check-py", "own-check-py", draft.check_py)}
                    <p class="field__hint">{move || i18n.t("own-check-py-hint")}</p>
                </Show>
                <Show when=move || !draft.script.get()>
                    <section class="own-exercise__checks" aria-labelledby="own-outputs-heading">
                        <h3 id="own-outputs-heading">{move || i18n.t("own-outputs")}</h3>
                        <ol class="own-cases" id="own-outputs">{output_rows}</ol>
                        <button type="button" class="button button--quiet" id="own-output-add"
                            on:click=move |_| draft.outputs.add(OutputCase::default())>{move || i18n.t("own-output-add")}</button>
                        <NumberRanges random=draft.random_inputs id="random-inputs" label_key="own-random-inputs" row_key="own-range-line"/>
                    </section>
                    <section class="own-exercise__checks" aria-labelledby="own-function-heading">
                        <h3 id="own-function-heading">{move || i18n.t("own-function")}</h3>
                        <label class="own-random__toggle">
                            <input type="checkbox" id="own-function-on" prop:checked=move || draft.function_on.get()
                                on:change=move |event| draft.function_on.set(event_target_checked(&event))/>
                            {move || i18n.t("own-function-on")}
                        </label>
                        <Show when=move || draft.function_on.get()>
                            <div class="field">
                                <label for="own-function-name">{move || i18n.t("own-function-name")}</label>
                                <input id="own-function-name" type="text" class="code-input" spellcheck="false"
                                    prop:value=move || draft.function_name.get()
                                    on:input=move |event| draft.function_name.set(event_target_value(&event))/>
                            </div>
                            <ol class="own-cases" id="own-calls">{call_rows}</ol>
                            <button type="button" class="button button--quiet" id="own-call-add"
                                on:click=move |_| draft.calls.add(CallCase::default())>{move || i18n.t("own-call-add")}</button>
                            <NumberRanges random=draft.random_calls id="random-calls" label_key="own-random-calls" row_key="own-range-argument"/>
                        </Show>
                    </section>
                </Show>
            </fieldset>
            <ExerciseTrial draft id kept_as/>
        </form>
    }
}
