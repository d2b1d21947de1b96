//! A class page's title with its actions: rename (in place) and archive or bring back. An
//! archived class takes no new students and leaves its students' assignment lists.

use darbnica_api::classes::{ClassChange, MAX_NAME_CHARS};
use leptos::prelude::*;

use crate::accounts::validation;
use crate::classes::class_state::use_class;
use crate::common::cancel_button::CancelButton;
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::common::submission::Submission;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

#[component]
pub fn ClassHeader() -> impl IntoView {
    let i18n = use_i18n();
    let class = use_class();
    let renaming = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let form = Submission::new();
    let change = move |change: ClassChange| {
        let id = class.id.get_value();
        let sent = async move { api::change_class(&id, &change).await };
        form.send(Action::Other, sent, move |summary| {
            class.summary.set(summary);
            renaming.set(false);
        });
    };
    let start_renaming = move |_| {
        name.set(class.summary.with_untracked(|summary| summary.name.clone()));
        form.error.set(None);
        renaming.set(true);
    };
    let check = move || validation::class_name(&name.get_untracked());
    let rename = form.on_submit(check, move |()| {
        change(ClassChange {
            name: Some(name.get_untracked().trim().to_owned()),
            archived: None,
        });
    });
    let archived = move || class.summary.with(|summary| summary.archived);
    let toggle_archive = move |_| {
        change(ClassChange {
            name: None,
            archived: Some(!archived()),
        })
    };
    view! {
        <header class="class-header">
            <Show
                when=move || renaming.get()
                fallback=move || view! {
                    <h1 id="class-name">{move || class.summary.with(|summary| summary.name.clone())}</h1>
                }
            >
                <form class="class-header__rename" id="rename-form" on:submit=rename.clone() novalidate=true>
                    <FormField id="rename-name" label_key="field-class-name" value=name max_length=MAX_NAME_CHARS/>
                    <button type="submit" class="button" disabled=move || form.is_busy()>{move || i18n.t("action-save")}</button>
                    <CancelButton on_cancel=move || renaming.set(false)/>
                </form>
            </Show>
            <div class="class-header__actions">
                <Show when=move || !renaming.get()>
                    <button type="button" class="button button--outline" id="rename-button" on:click=start_renaming>
                        {move || i18n.t("class-rename")}
                    </button>
                </Show>
                <button type="button" class="button button--outline" id="archive-button" disabled=move || form.is_busy() on:click=toggle_archive>
                    {move || if archived() { i18n.t("class-unarchive") } else { i18n.t("class-archive") }}
                </button>
            </div>
            <FormError message=form.error id="class-header-error"/>
            <Show when=archived>
                <p class="notice notice--warning" id="archived-notice">{move || i18n.t("class-archived-notice")}</p>
            </Show>
        </header>
    }
}
