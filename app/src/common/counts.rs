//! How many of each thing a card holds, "12 lessons · 40 exercises", each count worded with its
//! plural form.

use leptos::prelude::*;

use crate::shell::i18n::use_i18n;

#[component]
pub fn Counts(
    class: &'static str,
    /// The Fluent key of each count (its `$count` chooses the plural form), and the count.
    counts: Vec<(&'static str, u32)>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class=class>
            {move || {
                counts
                    .iter()
                    .map(|(key, count)| i18n.t_count(key, *count))
                    .collect::<Vec<_>>()
                    .join(" · ")
            }}
        </p>
    }
}
