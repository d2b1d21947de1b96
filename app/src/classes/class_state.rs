//! The state one class page shares with its parts, through leptos context: the class's summary
//! and its grid, kept fresh by asking the server again.

use darbnica_api::classes::{ClassDetail, ClassSummary, Grid};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::shell::api;

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
    /// The state for a class as the server first sent it: the grid has its students and
    /// assignments, and its cells come with the first refresh.
    pub fn new(detail: ClassDetail) -> Self {
        let ClassDetail {
            summary,
            students,
            assignments,
        } = detail;
        Self {
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
        }
    }

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

/// The state of the class whose page this is, as the page provided it.
pub fn use_class() -> ClassState {
    expect_context::<ClassState>()
}
