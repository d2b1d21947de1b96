//! A teacher's classes under their heading: the form to make a new one, the open classes, and the
//! archived ones apart below.

use leptos::prelude::*;

use crate::classes::class_card::ClassCard;
use crate::classes::new_class_form::NewClassForm;
use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::shell::api;
use crate::shell::i18n::use_i18n;

#[component]
pub fn ClassList() -> impl IntoView {
    let i18n = use_i18n();
    let classes = LocalResource::new(api::fetch_classes);
    let list = move || {
        Suspend::new(async move {
            match classes.await {
                Ok(classes) => {
                    let (open, archived): (Vec<_>, Vec<_>) =
                        classes.into_iter().partition(|class| !class.archived);
                    // With only archived classes, "no classes yet" would be wrong.
                    let empty_key = match (open.is_empty(), archived.is_empty()) {
                        (true, true) => Some("classes-empty"),
                        (true, false) => Some("classes-all-archived"),
                        (false, _) => None,
                    };
                    view! {
                        {empty_key.map(|key| view! { <p class="empty-state" id="classes-empty">{move || i18n.t(key)}</p> })}
                        <ul class="class-list" id="class-list">
                            {open.into_iter().map(|class| view! { <ClassCard class/> }).collect_view()}
                        </ul>
                        {(!archived.is_empty()).then(|| view! {
                            <section class="classes__archived">
                                <h2>{move || i18n.t("classes-archived-heading")}</h2>
                                <ul class="class-list class-list--archived" id="archived-class-list">
                                    {archived.into_iter().map(|class| view! { <ClassCard class/> }).collect_view()}
                                </ul>
                            </section>
                        })}
                    }
                    .into_any()
                }
                Err(error) => view! {
                    <ErrorState title_key="classes-error-title" message_key=error.message_key() on_retry=move || classes.refetch()/>
                }
                .into_any(),
            }
        })
    };
    view! {
        <section class="classes">
            <h1>{move || i18n.t("classes-title")}</h1>
            <NewClassForm/>
            <Suspense fallback=move || view! { <LoadingState message_key="classes-loading"/> }>{list}</Suspense>
        </section>
    }
}
