//! A student's assigned work as a list, each item's state the better of the server's and what
//! this browser has done but not yet sent. The last list the server gave is kept in the browser
//! for its student (forgotten at sign-out), so that the page opens without a connection too.

use darbnica_api::classes::{ItemKey, ItemState, MyAssignment};
use leptos::prelude::*;

use crate::accounts::account::use_account;
use crate::common::item_list::ItemList;
use crate::common::loaded::Loaded;
use crate::common::page_heading::PageHeading;
use crate::progress::assignment_item::AssignmentItem;
use crate::progress::store::{self, Status};
use crate::progress::sync::use_progress_sync;
use crate::shell::api;
use crate::shell::i18n::local_storage;

const KEPT_KEY: &str = "darbnica-assignments";

/// The last list the server gave, and whose it is.
#[derive(serde::Serialize, serde::Deserialize)]
struct Kept {
    user: String,
    list: Vec<MyAssignment>,
}

fn keep(user: &str, list: &[MyAssignment]) {
    let kept = Kept {
        user: user.to_owned(),
        list: list.to_vec(),
    };
    if let (Some(storage), Ok(json)) = (local_storage(), serde_json::to_string(&kept)) {
        let _ = storage.set_item(KEPT_KEY, &json);
    }
}

/// `user`'s last list, if this browser has it.
fn kept(user: &str) -> Option<Vec<MyAssignment>> {
    let json = local_storage()?.get_item(KEPT_KEY).ok().flatten()?;
    let kept: Kept = serde_json::from_str(&json).ok()?;
    (kept.user == user).then_some(kept.list)
}

/// Forgets the kept list (signing out: the next person on this computer must not see it).
pub fn forget_kept() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(KEPT_KEY);
    }
}

/// The student's assignments from the server, or, when it cannot be reached, the last ones it
/// gave this browser.
async fn my_assignments(user: Option<String>) -> Result<Vec<MyAssignment>, api::ApiError> {
    match (api::fetch_my_assignments().await, user) {
        (Ok(mine), Some(user)) => {
            keep(&user, &mine);
            Ok(mine)
        }
        (Err(api::ApiError::Unreachable), Some(user)) => {
            kept(&user).ok_or(api::ApiError::Unreachable)
        }
        (answer, _) => answer,
    }
}

/// The state to show: the server's, raised by what this browser knows and has not sent yet.
fn with_local(assignment: &MyAssignment, local: Option<Status>, now: f64) -> ItemState {
    let due = assignment.assignment.due_at;
    let local_state = match local {
        Some(Status::Solved) if due.is_some_and(|due| (due as f64) < now) => ItemState::SolvedLate,
        Some(Status::Solved) => ItemState::Solved,
        Some(Status::Tried) => ItemState::Tried,
        None => ItemState::NotStarted,
    };
    match (assignment.state, local_state) {
        // Solved on time on the server stays on time.
        (ItemState::Solved, _) => ItemState::Solved,
        (server, local) => server.max(local),
    }
}

#[component]
pub fn Assignments() -> impl IntoView {
    let sync = use_progress_sync();
    let account = use_account();
    let list = LocalResource::new(move || {
        // Read again whenever sync sent or merged something.
        let _ = sync.changed.get();
        let user = account.me.with(|me| me.as_ref().map(|me| me.id.clone()));
        async move {
            let mine = my_assignments(user).await?;
            let now = store::now();
            let mut shown = Vec::with_capacity(mine.len());
            for assignment in mine {
                let local = match ItemKey::parse(&assignment.assignment.item) {
                    Some(ItemKey::Exercise { course, exercise }) => store::load(course, exercise)
                        .await
                        .ok()
                        .flatten()
                        .and_then(|progress| progress.status),
                    _ => None,
                };
                let state = with_local(&assignment, local, now);
                shown.push((assignment, state));
            }
            Ok::<_, api::ApiError>(shown)
        }
    });
    view! {
        <section class="assignments-page">
            <PageHeading title_key="assignments-title" intro_key="assignments-intro"/>
            <Loaded resource=list loading_key="assignments-loading" error_title_key="assignments-error-title" keep_while_reloading=true let:list>
                <ItemList items=list class="my-assignments" id="my-assignments" empty_key="assignments-none" empty_id="assignments-none" let:entry><AssignmentItem assignment=entry.0 state=entry.1/></ItemList>
            </Loaded>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use darbnica_api::classes::Assignment;
    use darbnica_api::{ExerciseKind, Localized};

    fn mine(state: ItemState, due_at: Option<i64>) -> MyAssignment {
        MyAssignment {
            class_name: "7.a".into(),
            assignment: Assignment {
                id: "a".into(),
                item: "k/u".into(),
                title: Localized {
                    lv: "U".into(),
                    en: "E".into(),
                },
                kind: ExerciseKind::Program,
                path: "/courses/k/u".into(),
                due_at,
                assigned_at: 0,
            },
            state,
            review: None,
            new_comments: 0,
            new_review: false,
        }
    }

    #[test]
    fn unsent_local_work_raises_the_state_but_never_lowers_it() {
        let open = mine(ItemState::NotStarted, None);
        assert_eq!(
            with_local(&open, Some(Status::Solved), 10.0),
            ItemState::Solved
        );
        assert_eq!(
            with_local(&open, Some(Status::Tried), 10.0),
            ItemState::Tried
        );
        let due = mine(ItemState::Tried, Some(5));
        assert_eq!(
            with_local(&due, Some(Status::Solved), 10.0),
            ItemState::SolvedLate
        );
        let solved = mine(ItemState::Solved, Some(5));
        assert_eq!(
            with_local(&solved, Some(Status::Solved), 10.0),
            ItemState::Solved
        );
        assert_eq!(with_local(&solved, None, 10.0), ItemState::Solved);
    }
}
