//! Where the student is with an exercise: not started, tried or solved, as a mark with a text
//! for screen readers.

use leptos::prelude::*;

use crate::progress::store::Status;
use crate::shell::i18n::use_i18n;

#[component]
pub fn ProgressBadge(status: Option<Status>) -> impl IntoView {
    let i18n = use_i18n();
    let (class, mark, key) = match status {
        Some(Status::Solved) => ("badge badge--solved", "✓", "progress-solved"),
        Some(Status::Tried) => ("badge badge--tried", "…", "progress-tried"),
        None => ("badge", "", "progress-not-started"),
    };
    view! {
        <span class=class data-status=key title=move || i18n.t(key)>
            <span aria-hidden="true">{mark}</span>
            <span class="visually-hidden">{move || i18n.t(key)}</span>
        </span>
    }
}
