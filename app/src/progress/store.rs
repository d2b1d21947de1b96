//! The student's progress, kept in this browser's IndexedDB the moment it happens: per exercise,
//! whether it was tried or solved, how many runs, how many hints were opened, and the last code.
//! Every run also goes into the outbox (`outbox.rs`), which `sync.rs` sends to the server; what
//! the server knows from other devices is merged back in here ([`merge_remote`]).
//!
//! Records are JSON strings keyed `<course>/<exercise>` in one object store, so a course's records
//! are one key range.
//!
//! Database versions: 1 had only `progress`; 2 added `outbox` (attempts waiting to be sent) and
//! `meta`. Records from before the outbox existed become outbox attempts once
//! ([`import_old_progress`]), so work done before there were accounts is not lost.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use darbnica_api::classes::{Attempt, ItemKey, ItemProgress};
use idb::{Database, DatabaseEvent as _, Factory, KeyRange, ObjectStoreParams, TransactionMode};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

const DATABASE: &str = "darbnica";
const VERSION: u32 = 2;
const STORE: &str = "progress";
pub(crate) const OUTBOX: &str = "outbox";
const META: &str = "meta";
/// The `meta` key set once the records of version 1 are in the outbox.
const IMPORTED: &str = "progress-imported";
/// At most this many attempts are made up for one old record (its run count).
const MAX_IMPORTED_ATTEMPTS: u32 = 50;
/// The server refuses attempts dated before 2024.
const EARLIEST_AT: f64 = 1_704_067_200_000.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Run at least once, not solved yet.
    Tried,
    Solved,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExerciseProgress {
    pub course: String,
    pub exercise: String,
    pub status: Option<Status>,
    /// Runs that ended (not stopped) since the exercise was first opened.
    pub attempts: u32,
    /// How many hints have been revealed.
    #[serde(default)]
    pub hints_shown: u32,
    /// The code as last edited.
    pub code: Option<String>,
    /// Milliseconds since 1970, as `Date.now()`.
    pub updated_at: f64,
    pub solved_at: Option<f64>,
}

impl ExerciseProgress {
    pub fn new(course: &str, exercise: &str) -> ExerciseProgress {
        ExerciseProgress {
            course: course.to_owned(),
            exercise: exercise.to_owned(),
            status: None,
            attempts: 0,
            hints_shown: 0,
            code: None,
            updated_at: 0.0,
            solved_at: None,
        }
    }

    /// Records a run that ended; `passed` when its checks all passed. Solved stays solved.
    pub fn record_run(&mut self, passed: bool, now: f64) {
        self.attempts += 1;
        if passed {
            if self.status != Some(Status::Solved) {
                self.solved_at = Some(now);
            }
            self.status = Some(Status::Solved);
        } else if self.status.is_none() {
            self.status = Some(Status::Tried);
        }
        self.updated_at = now;
    }

    fn key(&self) -> String {
        key(&self.course, &self.exercise)
    }

    /// Folds in the record kept in this browser (which a sync may have merged the server's into)
    /// by the same rules as [`ExerciseProgress::merge_remote`]; the code being edited stays.
    pub fn merge_stored(&mut self, stored: &ExerciseProgress) {
        let tried = stored.status.is_some();
        let solved_at = match stored.status {
            Some(Status::Solved) => stored.solved_at.or(Some(stored.updated_at)),
            _ => None,
        };
        self.merge_outcome(stored.attempts, solved_at, tried);
        self.hints_shown = self.hints_shown.max(stored.hints_shown);
    }

    /// Solved stays solved, the earlier solving time wins, runs are the larger count.
    fn merge_outcome(&mut self, attempts: u32, solved_at: Option<f64>, tried: bool) {
        self.attempts = self.attempts.max(attempts);
        if let Some(solved_at) = solved_at {
            self.status = Some(Status::Solved);
            self.solved_at = Some(self.solved_at.map_or(solved_at, |own| own.min(solved_at)));
        } else if self.status.is_none() && tried {
            self.status = Some(Status::Tried);
        }
    }

    /// Folds in what the server knows from every device: solved stays solved (the earlier time
    /// wins), runs are the larger count, and the newer code wins.
    pub fn merge_remote(&mut self, remote: &ItemProgress) {
        let tried = remote.attempts > 0;
        self.merge_outcome(remote.attempts, remote.solved_at.map(|at| at as f64), tried);
        let remote_at = remote.last_at as f64;
        if remote_at > self.updated_at {
            if !remote.last_code.is_empty() {
                self.code = Some(remote.last_code.clone());
            }
            self.updated_at = remote_at;
        }
    }

    /// Attempts that stand for this record's runs, for a record made before runs went into the
    /// outbox: the runs before solving as tries, the solving run, and runs after it as passes,
    /// all with the last code (the only code kept). Capped at [`MAX_IMPORTED_ATTEMPTS`].
    pub fn as_attempts(&self, mut new_id: impl FnMut() -> String) -> Vec<Attempt> {
        let item = self.key();
        let code = self.code.clone().unwrap_or_default();
        let count = self.attempts.min(MAX_IMPORTED_ATTEMPTS);
        let last = self.updated_at.max(EARLIEST_AT);
        let solved = self
            .solved_at
            .filter(|_| self.status == Some(Status::Solved));
        (0..count)
            .map(|index| {
                // The solving run is the last one, unless the record says when it was.
                let (passed, at) = match solved {
                    Some(solved_at) if index + 1 == count => (true, solved_at.max(EARLIEST_AT)),
                    Some(solved_at) => (false, solved_at.max(EARLIEST_AT) - 1.0),
                    None => (false, last),
                };
                Attempt {
                    id: new_id(),
                    item: item.clone(),
                    code: code.clone(),
                    passed,
                    at: at as i64,
                    pasted: Vec::new(),
                }
            })
            .collect()
    }
}

fn key(course: &str, exercise: &str) -> String {
    format!("{course}/{exercise}")
}

thread_local! {
    static OPEN: RefCell<Option<Rc<Database>>> = const { RefCell::new(None) };
}

pub(crate) async fn database() -> Result<Rc<Database>, idb::Error> {
    if let Some(database) = OPEN.with(|open| open.borrow().clone()) {
        return Ok(database);
    }
    let factory = Factory::new()?;
    let mut request = factory.open(DATABASE, Some(VERSION))?;
    request.on_upgrade_needed(|event| {
        let Ok(database) = event.database() else {
            return;
        };
        let names = database.store_names();
        let missing = |store: &str| !names.iter().any(|name| name == store);
        if missing(STORE) {
            let _ = database.create_object_store(STORE, ObjectStoreParams::new());
        }
        if missing(OUTBOX) {
            // Keys count up, so the oldest attempts are sent first.
            let mut params = ObjectStoreParams::new();
            params.auto_increment(true);
            let _ = database.create_object_store(OUTBOX, params);
        }
        if missing(META) {
            let _ = database.create_object_store(META, ObjectStoreParams::new());
        }
    });
    let database = Rc::new(request.await?);
    if let Err(error) = import_old_progress(&database).await {
        leptos::logging::warn!("earlier progress could not be queued for syncing: {error:?}");
    }
    OPEN.with(|open| *open.borrow_mut() = Some(Rc::clone(&database)));
    Ok(database)
}

/// Once per browser: every stored record becomes outbox attempts, in one transaction with the
/// mark that says it is done, so it happens exactly once even if the tab closes half way.
async fn import_old_progress(database: &Database) -> Result<(), idb::Error> {
    let transaction = database.transaction(&[STORE, OUTBOX, META], TransactionMode::ReadWrite)?;
    let meta = transaction.object_store(META)?;
    if meta.get(JsValue::from_str(IMPORTED))?.await?.is_some() {
        transaction.await?;
        return Ok(());
    }
    let records = transaction
        .object_store(STORE)?
        .get_all(None, None)?
        .await?;
    let outbox = transaction.object_store(OUTBOX)?;
    for record in records.iter().filter_map(parse) {
        for attempt in record.as_attempts(crate::progress::outbox::new_id) {
            let json = serde_json::to_string(&attempt).unwrap_or_default();
            outbox.add(&JsValue::from_str(&json), None)?.await?;
        }
    }
    meta.put(&JsValue::TRUE, Some(&JsValue::from_str(IMPORTED)))?
        .await?;
    transaction.commit()?.await?;
    Ok(())
}

/// Merges the server's progress (`GET /api/progress`) into the stored records. Models are not
/// kept here (the sandbox keeps no progress of its own).
pub async fn merge_remote(remote: &[ItemProgress]) -> Result<(), idb::Error> {
    for item in remote {
        let Some(ItemKey::Exercise { course, exercise }) = ItemKey::parse(&item.item) else {
            continue;
        };
        let mut progress = load(course, exercise)
            .await?
            .unwrap_or_else(|| ExerciseProgress::new(course, exercise));
        let before = progress.clone();
        progress.merge_remote(item);
        if progress != before {
            save(&progress).await?;
        }
    }
    Ok(())
}

/// Forgets everything this browser keeps of the student: progress and unsent attempts (on a
/// shared school computer the next person starts clean).
pub async fn clear_all() -> Result<(), idb::Error> {
    let database = database().await?;
    let transaction = database.transaction(&[STORE, OUTBOX], TransactionMode::ReadWrite)?;
    transaction.object_store(STORE)?.clear()?.await?;
    transaction.object_store(OUTBOX)?.clear()?.await?;
    transaction.commit()?.await?;
    Ok(())
}

/// The stored progress on one exercise, if any.
pub async fn load(course: &str, exercise: &str) -> Result<Option<ExerciseProgress>, idb::Error> {
    let database = database().await?;
    let transaction = database.transaction(&[STORE], TransactionMode::ReadOnly)?;
    let store = transaction.object_store(STORE)?;
    let value = store
        .get(JsValue::from_str(&key(course, exercise)))?
        .await?;
    transaction.await?;
    Ok(value.and_then(|value| parse(&value)))
}

/// Every stored exercise of `course`, by exercise id.
pub async fn load_course(course: &str) -> Result<HashMap<String, ExerciseProgress>, idb::Error> {
    let database = database().await?;
    let transaction = database.transaction(&[STORE], TransactionMode::ReadOnly)?;
    let store = transaction.object_store(STORE)?;
    // Every key of the course starts with "<course>/" and sorts below "<course>0" ('0' follows '/').
    let range = KeyRange::bound(
        &JsValue::from_str(&format!("{course}/")),
        &JsValue::from_str(&format!("{course}0")),
        Some(false),
        Some(true),
    )?;
    let values = store.get_all(Some(range.into()), None)?.await?;
    transaction.await?;
    Ok(values
        .iter()
        .filter_map(parse)
        .map(|progress| (progress.exercise.clone(), progress))
        .collect())
}

/// Stores `progress`, replacing what was there.
pub async fn save(progress: &ExerciseProgress) -> Result<(), idb::Error> {
    let json = serde_json::to_string(progress).unwrap_or_default();
    let database = database().await?;
    let transaction = database.transaction(&[STORE], TransactionMode::ReadWrite)?;
    let store = transaction.object_store(STORE)?;
    store
        .put(
            &JsValue::from_str(&json),
            Some(&JsValue::from_str(&progress.key())),
        )?
        .await?;
    transaction.commit()?.await?;
    Ok(())
}

fn parse(value: &JsValue) -> Option<ExerciseProgress> {
    serde_json::from_str(&value.as_string()?).ok()
}

pub fn now() -> f64 {
    js_sys::Date::now()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_run_marks_tried_and_solved_stays_solved() {
        let mut progress = ExerciseProgress::new("kurss", "uzdevums");
        progress.record_run(false, 1.0);
        assert_eq!(progress.status, Some(Status::Tried));
        progress.record_run(true, 2.0);
        assert_eq!(progress.status, Some(Status::Solved));
        assert_eq!(progress.solved_at, Some(2.0));
        progress.record_run(false, 3.0);
        assert_eq!(progress.status, Some(Status::Solved));
        assert_eq!(progress.solved_at, Some(2.0));
        assert_eq!(progress.attempts, 3);
    }

    fn remote(attempts: u32, solved_at: Option<i64>, last_at: i64, code: &str) -> ItemProgress {
        ItemProgress {
            item: "kurss/uzdevums".into(),
            attempts,
            solved_at,
            last_code: code.into(),
            last_at,
        }
    }

    #[test]
    fn merging_keeps_solved_takes_the_larger_count_and_the_newer_code() {
        let mut progress = ExerciseProgress::new("kurss", "uzdevums");
        progress.record_run(true, 1_000.0);
        progress.code = Some("mans".into());
        progress.merge_remote(&remote(3, None, 500, "vecs"));
        assert_eq!(progress.status, Some(Status::Solved));
        assert_eq!(progress.attempts, 3);
        assert_eq!(progress.code.as_deref(), Some("mans"));

        progress.merge_remote(&remote(2, Some(800), 2_000, "jaunāks"));
        assert_eq!(progress.solved_at, Some(800.0));
        assert_eq!(progress.attempts, 3);
        assert_eq!(progress.code.as_deref(), Some("jaunāks"));
        assert_eq!(progress.updated_at, 2_000.0);

        let mut fresh = ExerciseProgress::new("kurss", "uzdevums");
        fresh.merge_remote(&remote(1, None, 2_000, "x"));
        assert_eq!(fresh.status, Some(Status::Tried));
    }

    #[test]
    fn the_page_folds_in_the_stored_record_by_the_same_rules() {
        let mut page = ExerciseProgress::new("kurss", "uzdevums");
        page.record_run(false, 1_000.0);
        page.code = Some("editing".into());
        let mut stored = ExerciseProgress::new("kurss", "uzdevums");
        stored.record_run(false, 500.0);
        stored.record_run(true, 600.0);
        stored.record_run(false, 700.0);
        stored.hints_shown = 2;
        stored.code = Some("other device".into());
        page.merge_stored(&stored);
        assert_eq!(page.status, Some(Status::Solved));
        assert_eq!(page.solved_at, Some(600.0));
        assert_eq!(page.attempts, 3);
        assert_eq!(page.hints_shown, 2);
        assert_eq!(page.code.as_deref(), Some("editing"));
        // Solved here earlier than there: the earlier time stays.
        page.solved_at = Some(550.0);
        page.merge_stored(&stored);
        assert_eq!(page.solved_at, Some(550.0));
        // Nothing stored yet changes nothing.
        let before = page.clone();
        page.merge_stored(&ExerciseProgress::new("kurss", "uzdevums"));
        assert_eq!(page, before);
    }

    #[test]
    fn an_old_record_becomes_as_many_attempts_with_the_solving_one_passed() {
        let day = 1_750_000_000_000.0;
        let mut progress = ExerciseProgress::new("kurss", "uzdevums");
        progress.record_run(false, day);
        progress.record_run(true, day + 10.0);
        progress.record_run(false, day + 20.0);
        progress.code = Some("print(1)".into());
        let mut ids = 0;
        let attempts = progress.as_attempts(|| {
            ids += 1;
            format!("id-{ids}")
        });
        assert_eq!(attempts.len(), 3);
        assert_eq!(attempts.iter().filter(|attempt| attempt.passed).count(), 1);
        assert!(
            attempts
                .iter()
                .all(|attempt| attempt.item == "kurss/uzdevums"
                    && attempt.code == "print(1)"
                    && attempt.at as f64 >= EARLIEST_AT)
        );
        assert_eq!(attempts[2].at as f64, day + 10.0);
        assert_eq!(attempts[0].id, "id-1");

        // Opened and typed in, never run: nothing to send.
        let untouched = ExerciseProgress::new("kurss", "cits");
        assert!(untouched.as_attempts(String::new).is_empty());
    }

    #[test]
    fn records_round_trip_as_json() {
        let mut progress = ExerciseProgress::new("kurss", "uzdevums");
        progress.code = Some("print(1)".into());
        let json = serde_json::to_string(&progress).unwrap();
        assert_eq!(
            serde_json::from_str::<ExerciseProgress>(&json).unwrap(),
            progress
        );
    }
}
