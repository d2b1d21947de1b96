//! `/classes/:id`: one class for its teacher: its name (rename, archive), the join code and link
//! (while the class is open), the progress grid (polled every few seconds while the page is
//! visible), what is assigned and the form to assign more, and the students (remove one).

use darbnica_api::classes::Role;
use leptos::prelude::*;

use crate::classes::class_loader::ClassLoader;
use crate::common::role_gate::RoleGate;

#[component]
pub fn ClassPage() -> impl IntoView {
    view! {
        <RoleGate role=Role::Teacher>
            <ClassLoader/>
        </RoleGate>
    }
}
