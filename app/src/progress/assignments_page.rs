//! `/assignments`: what a student's teachers assigned, undone first and soonest due first, each
//! with its class, due date, state and a link to it. Work done on this device but not yet sent
//! counts at once (the state shown is the better of the server's and this browser's).

use darbnica_api::classes::Role;
use leptos::prelude::*;

use crate::common::role_gate::RoleGate;
use crate::progress::assignments::Assignments;

#[component]
pub fn AssignmentsPage() -> impl IntoView {
    view! {
        <RoleGate role=Role::Student>
            <Assignments/>
        </RoleGate>
    }
}
