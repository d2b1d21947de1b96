//! A teacher's classes under their heading: the form to make a new one, the open classes, and the
//! archived ones apart below.

use darbnica_api::classes::ClassSummary;
use leptos::prelude::*;

use crate::classes::class_card::ClassCard;
use crate::classes::new_class_form::NewClassForm;
use crate::common::item_list::ItemList;
use crate::common::loaded::Loaded;
use crate::shell::api;
use crate::shell::i18n::use_i18n;

#[component]
pub fn ClassList() -> impl IntoView {
    let i18n = use_i18n();
    let classes = LocalResource::new(api::fetch_classes);
    let list = move |classes: Vec<ClassSummary>| {
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
            <ItemList items=open class="class-list" id="class-list" let:class><ClassCard class/></ItemList>
            {(!archived.is_empty()).then(|| view! {
                <section class="classes__archived">
                    <h2>{move || i18n.t("classes-archived-heading")}</h2>
                    <ItemList items=archived class="class-list class-list--archived" id="archived-class-list" let:class><ClassCard class/></ItemList>
                </section>
            })}
        }
    };
    view! {
        <section class="classes">
            <h1>{move || i18n.t("classes-title")}</h1>
            <p class="classes__own"><a href="/my-exercises" id="own-exercises-link">{move || i18n.t("own-list-link")}</a></p>
            <NewClassForm/>
            <Loaded resource=classes loading_key="classes-loading" error_title_key="classes-error-title" let:classes>
                {list(classes)}
            </Loaded>
        </section>
    }
}
