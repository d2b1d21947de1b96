//! The form on a teacher's classes page that makes a new class and opens its page.

use darbnica_api::classes::{MAX_NAME_CHARS, NewClass};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::accounts::validation;
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::common::submission::Submission;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

#[component]
pub fn NewClassForm() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let form = Submission::new();
    let check = move || validation::class_name(&name.get_untracked());
    let submit = form.on_submit(check, move |()| {
        let request = NewClass {
            name: name.get_untracked().trim().to_owned(),
        };
        let navigate = navigate.clone();
        let sent = async move { api::create_class(&request).await };
        form.send(Action::Other, sent, move |class| {
            navigate(&format!("/classes/{}", class.id), Default::default());
        });
    });
    view! {
        <form class="card new-class" id="new-class-form" on:submit=submit novalidate=true>
            <h2>{move || i18n.t("classes-new-heading")}</h2>
            <div class="new-class__row">
                <FormField id="new-class-name" label_key="field-class-name" value=name max_length=MAX_NAME_CHARS hint_key="field-class-name-hint"/>
                <button type="submit" class="button" id="new-class-submit" disabled=move || form.is_busy()>{move || i18n.t("classes-new-submit")}</button>
            </div>
            <FormError message=form.error id="new-class-error"/>
        </form>
    }
}
