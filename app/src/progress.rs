//! Progress and sync: the student's progress in this browser, the outbox of attempts, syncing with
//! the server, and a student's assigned work.

pub mod assignment_item;
pub mod assignments;
pub mod assignments_page;
pub mod outbox;
pub mod store;
pub mod sync;
pub mod sync_policy;
pub mod sync_status;
