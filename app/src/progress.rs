//! The student's progress, kept in this browser's IndexedDB the moment it happens: per exercise,
//! whether it was tried or solved, how many runs, how many hints were opened, and the last code.
//! (Syncing with the server, for signed-in students, builds on this.)
//!
//! Records are JSON strings keyed `<course>/<exercise>` in one object store, so a course's records
//! are one key range.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use idb::{Database, DatabaseEvent as _, Factory, KeyRange, ObjectStoreParams, TransactionMode};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

const DATABASE: &str = "darbnica";
const VERSION: u32 = 1;
const STORE: &str = "progress";

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
}

fn key(course: &str, exercise: &str) -> String {
    format!("{course}/{exercise}")
}

thread_local! {
    static OPEN: RefCell<Option<Rc<Database>>> = const { RefCell::new(None) };
}

async fn database() -> Result<Rc<Database>, idb::Error> {
    if let Some(database) = OPEN.with(|open| open.borrow().clone()) {
        return Ok(database);
    }
    let factory = Factory::new()?;
    let mut request = factory.open(DATABASE, Some(VERSION))?;
    request.on_upgrade_needed(|event| {
        if let Ok(database) = event.database()
            && !database.store_names().iter().any(|name| name == STORE)
        {
            let _ = database.create_object_store(STORE, ObjectStoreParams::new());
        }
    });
    let database = Rc::new(request.await?);
    OPEN.with(|open| *open.borrow_mut() = Some(Rc::clone(&database)));
    Ok(database)
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
