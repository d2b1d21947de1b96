//! `/classes`: a teacher's classes, open ones first with a form to make a new one, archived ones
//! apart below.

use darbnica_api::classes::Role;
use leptos::prelude::*;

use crate::classes::class_list::ClassList;
use crate::common::role_gate::RoleGate;

#[component]
pub fn ClassesPage() -> impl IntoView {
    view! {
        <RoleGate role=Role::Teacher>
            <ClassList/>
        </RoleGate>
    }
}
