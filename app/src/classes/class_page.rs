//! `/classes/:id`: one class for its teacher: its name (rename, archive), the join code and link
//! (while the class is open), the progress grid (polled every few seconds while the page is
//! visible), what is assigned and the form to assign more, and the students (remove one).

use std::time::Duration;

use darbnica_api::classes::{ClassDetail, ClassSummary, Grid, Role};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

use crate::classes::assign_form::AssignForm;
use crate::classes::assignment_list::AssignmentList;
use crate::classes::class_grid::ClassGrid;
use crate::classes::class_header::ClassHeader;
use crate::classes::join_code_card::JoinCodeCard;
use crate::classes::student_list::StudentList;
use crate::common::error_state::ErrorState;
use crate::common::loading_state::LoadingState;
use crate::common::role_gate::RoleGate;
use crate::shell::api;
use crate::shell::i18n::use_i18n;

/// How often the grid is asked for again while the page is visible.
const GRID_PERIOD: Duration = Duration::from_secs(5);

#[component]
pub fn ClassPage() -> impl IntoView {
    view! {
        <RoleGate role=Role::Teacher>
            <ClassLoader/>
        </RoleGate>
    }
}

#[component]
fn ClassLoader() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|params| params.get("id").unwrap_or_default());
    let class = LocalResource::new(move || {
        let id = id();
        async move { api::fetch_class(&id).await }
    });
    let page = move || {
        Suspend::new(async move {
            match class.await {
                Ok(detail) => view! { <ClassView detail/> }.into_any(),
                Err(error) => view! {
                    <ErrorState title_key="class-error-title" message_key=error.message_key() on_retry=move || class.refetch()/>
                }
                .into_any(),
            }
        })
    };
    view! {
        <Suspense fallback=move || view! { <LoadingState message_key="class-loading"/> }>{page}</Suspense>
    }
}

/// The class's state on the page, shared by its parts: the summary (name, code, archived) and
/// the grid (students, assignments, cells), which the poll keeps fresh.
#[derive(Clone, Copy)]
pub struct ClassState {
    pub id: StoredValue<String>,
    pub summary: RwSignal<ClassSummary>,
    pub grid: RwSignal<Grid>,
    /// Why the last ask for the grid failed, while it stays failed.
    pub grid_error: RwSignal<Option<&'static str>>,
    /// Counts the changes made on this page, so that a grid asked for before one is not drawn.
    changes: StoredValue<u64>,
    in_flight: StoredValue<bool>,
}

impl ClassState {
    /// Asks for the grid now (skipped while an earlier ask is under way).
    pub fn refresh(self) {
        if self.in_flight.get_value() {
            return;
        }
        self.in_flight.set_value(true);
        let id = self.id.get_value();
        let changes = self.changes.get_value();
        spawn_local(async move {
            let result = api::fetch_grid(&id).await;
            self.in_flight.set_value(false);
            if self.changes.get_value() != changes {
                // Asked before a change made here: it would bring back what was just changed.
                self.refresh();
                return;
            }
            match result {
                Ok(grid) => {
                    self.grid_error.set(None);
                    // Unchanged, nothing is redrawn (and keyboard focus stays where it was).
                    if self.grid.with_untracked(|old| *old != grid) {
                        self.grid.set(grid);
                    }
                }
                Err(failure) => self.grid_error.set(Some(failure.message_key())),
            }
        });
    }

    /// Applies a change the server has just confirmed (assigned, unassigned, removed a student)
    /// at once, then asks for the grid with it (new columns need their cells).
    pub fn change_grid(self, change: impl FnOnce(&mut Grid)) {
        self.changes.update_value(|changes| *changes += 1);
        self.grid.update(change);
        self.refresh();
    }
}

#[component]
fn ClassView(detail: ClassDetail) -> impl IntoView {
    let i18n = use_i18n();
    let ClassDetail {
        summary,
        students,
        assignments,
    } = detail;
    let state = ClassState {
        id: StoredValue::new(summary.id.clone()),
        summary: RwSignal::new(summary),
        grid: RwSignal::new(Grid {
            students,
            assignments,
            cells: Vec::new(),
        }),
        grid_error: RwSignal::new(None),
        changes: StoredValue::new(0),
        in_flight: StoredValue::new(false),
    };
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
                </p>
            </section>
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

pub fn use_class() -> ClassState {
    expect_context::<ClassState>()
}
