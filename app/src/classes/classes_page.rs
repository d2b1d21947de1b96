//! `/classes`: a teacher's classes, open ones first with a form to make a new one, archived ones
//! apart below.

use darbnica_api::classes::{ClassSummary, MAX_NAME_CHARS, NewClass, Role};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::accounts::validation;
use crate::common::error_state::ErrorState;
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::common::loading_state::LoadingState;
use crate::common::role_gate::RoleGate;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

#[component]
pub fn ClassesPage() -> impl IntoView {
    view! {
        <RoleGate role=Role::Teacher>
            <Classes/>
        </RoleGate>
    }
}

#[component]
fn Classes() -> impl IntoView {
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

#[component]
fn ClassCard(class: ClassSummary) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/classes/{}", class.id);
    let ClassSummary {
        id,
        name,
        join_code,
        student_count,
        assignment_count,
        archived,
        ..
    } = class;
    view! {
        <li class="card class-card" data-class-id=id class:class-card--archived=archived>
            <h2 class="class-card__name"><a href=href>{name}</a></h2>
            <p class="class-card__code">{move || i18n.t("field-class-code")} ": " <strong class="join-code-inline">{join_code.clone()}</strong></p>
            <p class="class-card__counts">
                {move || i18n.t_count("classes-student-count", student_count)}
                " · "
                {move || i18n.t_count("classes-assignment-count", assignment_count)}
            </p>
        </li>
    }
}

#[component]
fn NewClassForm() -> impl IntoView {
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
