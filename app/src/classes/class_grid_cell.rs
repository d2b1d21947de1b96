//! One cell of the class grid: where a student stands with an assigned item, the number of runs
//! and the last activity; a cell with work is a button that opens the student's latest code.

use darbnica_api::classes::{Assignment, GridCell, ItemState};
use leptos::prelude::*;

use crate::classes::class_grid::{state_key, state_mark, state_name};
use crate::classes::student_code_dialog::OpenCode;
use crate::classes::student_feedback::review_key;
use crate::shell::dates;
use crate::shell::i18n::use_i18n;

#[component]
pub fn ClassGridCell(
    student: String,
    student_name: String,
    assignment: Assignment,
    cell: Option<GridCell>,
    open: RwSignal<Option<OpenCode>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = cell
        .as_ref()
        .map_or(ItemState::NotStarted, |cell| cell.state);
    let attempts = cell.as_ref().map_or(0, |cell| cell.attempts);
    let last = cell.as_ref().and_then(|cell| cell.last_activity);
    let review = cell.as_ref().and_then(|cell| cell.review.clone());
    let comments = cell.as_ref().map_or(0, |cell| cell.comments);
    let new_answers = cell.as_ref().map_or(0, |cell| cell.new_answers);
    let item = assignment.item.clone();
    let content = move || {
        view! {
            <span class=format!("grid-mark grid-mark--{}", state_name(state)) aria-hidden="true">{state_mark(state)}</span>
            <span class="visually-hidden">{move || i18n.t(state_key(state))}</span>
            {(attempts > 0).then(|| view! {
                <span class="grid-cell__attempts">{move || i18n.t_count("grid-attempts", attempts)}</span>
            })}
            {last.map(|last| view! {
                <span class="grid-cell__when">{move || dates::short_date_time(last, i18n.language())}</span>
            })}
            {review.clone().map(|review| {
                let key = review_key(&review);
                view! { <span class="grid-cell__review" data-review=key>{move || i18n.t(key)}</span> }
            })}
            {(comments > 0).then(|| view! {
                <span class="grid-cell__comments" class:grid-cell__comments--new={new_answers > 0}>
                    {move || i18n.t_count("grid-comments", comments)}
                    {(new_answers > 0).then(|| view! { " · " {move || i18n.t_count("grid-new-answers", new_answers)} })}
                </span>
            })}
        }
    };
    view! {
        <td class=format!("grid-cell grid-cell--{}", state_name(state)) data-student=student.clone() data-item=item data-state=state_name(state)>
            {if attempts > 0 {
                let title = assignment.title.clone();
                let label_name = student_name.clone();
                let label = move || i18n.t_text_args("grid-open-code", &[("student", label_name.clone()), ("item", title.get(i18n.language().code()).to_owned())]);
                let opened = OpenCode {
                    student: student.clone(),
                    student_name: student_name.clone(),
                    assignment: assignment.clone(),
                };
                view! {
                    <button type="button" class="grid-cell__button" aria-label=label.clone() title=label
                        on:click=move |_| open.set(Some(opened.clone()))>
                        {content()}
                    </button>
                }.into_any()
            } else {
                view! { <span class="grid-cell__empty">{content()}</span> }.into_any()
            }}
        </td>
    }
}
