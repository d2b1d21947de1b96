//! A list of things, one item a row or a card, or a sentence in its place when there is nothing
//! in it ("No classes yet").

use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[component]
pub fn ItemList<T, V, F>(
    items: Vec<T>,
    /// The list's class.
    class: &'static str,
    /// The list's id, for links and tests.
    #[prop(optional)]
    id: Option<&'static str>,
    /// The Fluent key of what to say when the list is empty; without it an empty list is shown
    /// empty.
    #[prop(optional)]
    empty_key: Option<&'static str>,
    /// The id of that sentence.
    #[prop(optional)]
    empty_id: Option<&'static str>,
    /// One item, as an `<li>`.
    children: F,
) -> impl IntoView
where
    V: IntoView + 'static,
    F: Fn(T) -> V + 'static,
{
    let i18n = use_i18n();
    match empty_key {
        Some(key) if items.is_empty() => {
            view! { <p class="empty-state" id=empty_id>{move || i18n.t(key)}</p> }.into_any()
        }
        _ => view! { <ul class=class id=id>{items.into_iter().map(children).collect_view()}</ul> }
            .into_any(),
    }
}
