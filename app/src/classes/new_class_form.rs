//! The form on a teacher's classes page that makes a new class and opens its page.

use darbnica_api::classes::{MAX_NAME_CHARS, NewClass};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::accounts::validation;
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

#[component]
pub fn NewClassForm() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if let Err(problem) = validation::class_name(&name.get_untracked()) {
            error.set(Some(problem.message_key()));
            return;
        }
        error.set(None);
        busy.set(true);
        let request = NewClass {
            name: name.get_untracked().trim().to_owned(),
        };
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = api::create_class(&request).await;
            busy.set(false);
            match result {
                Ok(class) => navigate(&format!("/classes/{}", class.id), Default::default()),
                Err(failure) => error.set(Some(failure.message_key_for(Action::Other))),
            }
        });
    };
    view! {
        <form class="card new-class" id="new-class-form" on:submit=submit novalidate=true>
            <h2>{move || i18n.t("classes-new-heading")}</h2>
            <div class="new-class__row">
                <FormField id="new-class-name" label_key="field-class-name" value=name max_length=MAX_NAME_CHARS hint_key="field-class-name-hint"/>
                <button type="submit" class="button" id="new-class-submit" disabled=move || busy.get()>{move || i18n.t("classes-new-submit")}</button>
            </div>
            <FormError message=error id="new-class-error"/>
        </form>
    }
}
