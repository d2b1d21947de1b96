//! The right-hand side of a page that runs code: the runtime's status, what the program printed,
//! the line the program waits for, and how the run ended.

use leptos::prelude::*;

use crate::running::run_output::RunOutput;
use crate::running::run_result::RunResult;
use crate::running::run_session::RunSession;
use crate::running::runtime_status::RuntimeStatus;
use crate::shell::i18n::use_i18n;

#[component]
pub fn RunPanel(
    session: RunSession,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let input_line = RwSignal::new(String::new());
    let submit = move || {
        let line = input_line.get_untracked();
        input_line.set(String::new());
        session.answer(line);
    };
    let outcome = Signal::derive(move || session.finished.get().map(|finished| finished.outcome));
    view! {
        <RuntimeStatus/>
        <RunOutput pieces=session.output.into()/>
        <Show when=move || session.awaiting_input.get()>
            <form class="input-line" on:submit=move |event| { event.prevent_default(); submit(); }>
                <label for="input-line">{move || i18n.t("playground-input-label")}</label>
                <input id="input-line" type="text" autocomplete="off" autofocus=true
                    prop:value=move || input_line.get()
                    on:input=move |event| input_line.set(event_target_value(&event))/>
                <button type="submit" class="button">{move || i18n.t("playground-input-send")}</button>
            </form>
        </Show>
        <RunResult outcome/>
        {children.map(|children| children())}
    }
}
