//! One student's row of the class grid: their name, then a cell for each assigned item.

use darbnica_api::classes::{Assignment, GridCell, StudentRef};
use leptos::prelude::*;

use crate::classes::class_grid_cell::ClassGridCell;
use crate::classes::student_code_dialog::OpenCode;

#[component]
pub fn StudentRow(
    student: StudentRef,
    cells: Vec<(Assignment, Option<GridCell>)>,
    open: RwSignal<Option<OpenCode>>,
) -> impl IntoView {
    let StudentRef { id, name, .. } = student;
    let row_name = name.clone();
    view! {
        <tr data-student=id.clone()>
            <th scope="row" class="class-grid__name">{row_name}</th>
            {cells.into_iter().map(|(assignment, cell)| {
                view! { <ClassGridCell student=id.clone() student_name=name.clone() assignment cell open/> }
            }).collect_view()}
        </tr>
    }
}
