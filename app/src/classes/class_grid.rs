//! The class × assignment grid: a row a student, a column an assigned item, each cell where the
//! student stands (not started, tried, solved, solved late), with the number of runs and the last
//! activity. A cell with work opens the student's latest code. On a phone the grid scrolls
//! sideways with the names kept in view.

use darbnica_api::classes::ItemState;
use leptos::prelude::*;

use crate::classes::class_state::use_class;
use crate::classes::column_head::ColumnHead;
use crate::classes::student_code_dialog::{OpenCode, StudentCodeDialog};
use crate::classes::student_row::StudentRow;
use crate::shell::i18n::use_i18n;

pub fn state_key(state: ItemState) -> &'static str {
    match state {
        ItemState::NotStarted => "grid-state-not-started",
        ItemState::Tried => "grid-state-tried",
        ItemState::Solved => "grid-state-solved",
        ItemState::SolvedLate => "grid-state-solved-late",
    }
}

/// The state as a CSS class part and `data-state` value, in the order of [`ItemState`]'s variants.
const STATE_NAMES: [&str; 4] = ["not-started", "tried", "solved-late", "solved"];

pub fn state_name(state: ItemState) -> &'static str {
    STATE_NAMES[state as usize]
}

pub fn state_mark(state: ItemState) -> &'static str {
    match state {
        ItemState::NotStarted => "",
        ItemState::Tried => "…",
        ItemState::Solved | ItemState::SolvedLate => "✓",
    }
}

#[component]
pub fn ClassGrid() -> impl IntoView {
    let i18n = use_i18n();
    let class = use_class();
    let open = RwSignal::new(None::<OpenCode>);
    let empty = move || {
        class.grid.with(|grid| {
            if grid.assignments.is_empty() {
                Some("grid-no-assignments")
            } else if grid.students.is_empty() {
                Some("grid-no-students")
            } else {
                None
            }
        })
    };
    view! {
        {move || empty().map(|key| view! { <p class="empty-state" id="grid-empty">{move || i18n.t(key)}</p> })}
        <Show when=move || empty().is_none()>
            <div class="grid-scroll" role="region" tabindex="0" aria-labelledby="grid-heading">
                <table class="class-grid" id="class-grid">
                    <thead>
                        <tr>
                            <th scope="col" class="class-grid__corner">{move || i18n.t("grid-student")}</th>
                            {move || class.grid.with(|grid| {
                                let students = grid.students.len() as u32;
                                grid.assignments.iter().map(|assignment| {
                                    let done = grid.cells.iter().filter(|cell| cell.item == assignment.item
                                        && matches!(cell.state, ItemState::Solved | ItemState::SolvedLate)
                                        && grid.students.iter().any(|student| student.id == cell.student)).count() as u32;
                                    view! { <ColumnHead assignment=assignment.clone() done students/> }
                                }).collect_view()
                            })}
                        </tr>
                    </thead>
                    <tbody>
                        {move || class.grid.with(|grid| {
                            grid.students.iter().map(|student| {
                                let cells: Vec<_> = grid.assignments.iter().map(|assignment| {
                                    (assignment.clone(), grid.cell(&student.id, &assignment.item).cloned())
                                }).collect();
                                view! { <StudentRow student=student.clone() cells open/> }
                            }).collect_view()
                        })}
                    </tbody>
                </table>
            </div>
            <ul class="grid-legend" aria-label=move || i18n.t("grid-legend")>
                {[ItemState::NotStarted, ItemState::Tried, ItemState::Solved, ItemState::SolvedLate].into_iter().map(|state| view! {
                    <li><span class=format!("grid-mark grid-mark--{}", state_name(state)) aria-hidden="true">{state_mark(state)}</span>{move || i18n.t(state_key(state))}</li>
                }).collect_view()}
            </ul>
        </Show>
        <StudentCodeDialog open/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_names_follow_the_variants() {
        assert_eq!(state_name(ItemState::NotStarted), "not-started");
        assert_eq!(state_name(ItemState::Tried), "tried");
        assert_eq!(state_name(ItemState::SolvedLate), "solved-late");
        assert_eq!(state_name(ItemState::Solved), "solved");
    }
}
