//! One item on a student's list of assigned work: its title (a link to it), kind, class, state
//! and due date, marked when overdue.

use darbnica_api::classes::{ItemState, MyAssignment};
use leptos::prelude::*;

use crate::classes::class_grid::{state_key, state_mark, state_name};
use crate::courses::my_feedback::verdict_words;
use crate::progress::store;
use crate::shell::dates;
use crate::shell::i18n::use_i18n;

#[component]
pub fn AssignmentItem(assignment: MyAssignment, state: ItemState) -> impl IntoView {
    let i18n = use_i18n();
    let MyAssignment {
        class_name,
        assignment,
        review,
        new_comments,
        ..
    } = assignment;
    let verdict = review.as_ref().map(verdict_words);
    let now = store::now();
    let overdue = assignment.due_at.is_some_and(|due| (due as f64) < now)
        && matches!(state, ItemState::NotStarted | ItemState::Tried);
    let due_at = assignment.due_at;
    let kind_key = match assignment.kind {
        darbnica_api::ExerciseKind::Model => "assignments-kind-model",
        darbnica_api::ExerciseKind::Game => "assignments-kind-game",
        _ => "assignments-kind-exercise",
    };
    let title = assignment.title.clone();
    view! {
        <li class=format!("card my-assignment my-assignment--{}", state_name(state)) data-item=assignment.item.clone() data-state=state_name(state)>
            <span class=format!("grid-mark grid-mark--{}", state_name(state)) aria-hidden="true">{state_mark(state)}</span>
            <div class="my-assignment__main">
                <a class="my-assignment__title" href=assignment.path.clone()>{move || title.get(i18n.language().code()).to_owned()}</a>
                <p class="my-assignment__meta">
                    <span>{move || i18n.t(kind_key)}</span>
                    " · "
                    <span class="my-assignment__class">{class_name}</span>
                </p>
                {(new_comments > 0 || verdict.is_some()).then(|| view! {
                    <p class="my-assignment__feedback">
                        {verdict.map(|(key, kind)| view! {
                            <span class=format!("my-assignment__verdict my-assignment__verdict--{kind}") data-verdict=kind>{move || i18n.t(key)}</span>
                        })}
                        {(new_comments > 0).then(|| view! {
                            <span class="new-mark my-assignment__comments">{move || i18n.t_count("assignments-new-comments", new_comments)}</span>
                        })}
                    </p>
                })}
            </div>
            <div class="my-assignment__side">
                <span class="my-assignment__state">{move || i18n.t(state_key(state))}</span>
                <span class="my-assignment__due" class:my-assignment__due--over=overdue>{move || match due_at {
                    Some(due) => i18n.t_text_args("grid-due", &[("when", dates::date_time(due, i18n.language()))]),
                    None => i18n.t("assign-no-due"),
                }}</span>
            </div>
        </li>
    }
}
