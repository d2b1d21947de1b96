//! A loaded class's page: it provides the class's state to its parts, keeps the grid fresh while
//! the page is visible, and lays the parts out.

use std::time::Duration;

use darbnica_api::classes::ClassDetail;
use leptos::prelude::*;

use crate::classes::assign_form::AssignForm;
use crate::classes::assignment_list::AssignmentList;
use crate::classes::class_grid::ClassGrid;
use crate::classes::class_header::ClassHeader;
use crate::classes::class_state::ClassState;
use crate::classes::join_code_card::JoinCodeCard;
use crate::classes::similar_programs::SimilarPrograms;
use crate::classes::student_list::StudentList;
use crate::shell::api;
use crate::shell::i18n::use_i18n;

/// How often the grid is asked for again while the page is visible.
const GRID_PERIOD: Duration = Duration::from_secs(5);

#[component]
pub fn ClassView(detail: ClassDetail) -> impl IntoView {
    let i18n = use_i18n();
    let state = ClassState::new(detail);
    provide_context(state);
    state.refresh();
    let visible = || !document().hidden();
    let poll = set_interval_with_handle(
        move || {
            if visible() {
                state.refresh();
            }
        },
        GRID_PERIOD,
    )
    .ok();
    let on_visible = window_event_listener_untyped("visibilitychange", move |_| {
        if visible() {
            state.refresh();
        }
    });
    on_cleanup(move || {
        if let Some(poll) = poll {
            poll.clear();
        }
        on_visible.remove();
    });

    view! {
        <nav class="breadcrumbs" aria-label=move || i18n.t("breadcrumbs-label")>
            <a href="/classes">{move || i18n.t("account-my-classes")}</a>
        </nav>
        <section class="class-page">
            <ClassHeader/>
            // An archived class takes no one new: no code to hand out.
            <Show when=move || !state.summary.with(|summary| summary.archived)>
                <JoinCodeCard/>
            </Show>
            <section class="class-page__grid" aria-labelledby="grid-heading">
                <h2 id="grid-heading">{move || i18n.t("grid-heading")}</h2>
                {move || state.grid_error.get().map(|key| view! {
                    <p class="notice notice--problem" role="status" id="grid-error">{move || i18n.t("grid-stale")} " " {move || i18n.t(key)}</p>
                })}
                <ClassGrid/>
                <p class="class-page__export">
                    <a class="button button--outline button--small" id="grid-csv" download=""
                        href=move || api::grid_csv_url(&state.id.get_value(), i18n.language().code())>
                        {move || i18n.t("grid-download-csv")}
                    </a>
                    " "
                    <a class="button button--outline button--small" id="work-zip" download=""
                        href=move || api::class_work_url(&state.id.get_value())>
                        {move || i18n.t("grid-download-work")}
                    </a>
                </p>
            </section>
            <SimilarPrograms/>
            <div class="class-page__columns">
                <section class="class-page__assign" aria-labelledby="assign-heading">
                    <h2 id="assign-heading">{move || i18n.t("assign-heading")}</h2>
                    <AssignmentList/>
                    <AssignForm/>
                </section>
                <section class="class-page__students" aria-labelledby="students-heading">
                    <h2 id="students-heading">{move || i18n.t("students-heading")}</h2>
                    <StudentList/>
                </section>
            </div>
        </section>
    }
}
