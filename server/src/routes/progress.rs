//! A signed-in user's progress:
//! - `POST /api/progress`: attempts made in the browser (maybe offline, maybe sent before);
//! - `GET /api/progress`: progress per item from every device, for the browser to merge;
//! - `GET /api/me/assignments`: what the student's teachers assigned, soonest due first.

use darbnica_api::ErrorCode;
use std::collections::HashMap;

use axum::Json;
use axum::extract::State;
use darbnica_api::classes::{
    ItemKey, ItemProgress, ItemState, MAX_CODE_BYTES, MAX_PASTES, MAX_SYNC_BATCH, MyAssignment,
    SyncBatch, SyncResult,
};

use darbnica_api::own_exercises::OWN_COURSE;

use crate::AppState;
use crate::auth::SignedIn;
use crate::error::{AppError, Result};
use crate::routes::classes::{ACTIVITY_COLUMNS, ActivityRow, assignment, item_state};
use crate::routes::now_ms;
use crate::saver::{AttemptRow, SaveError};

/// At most this many items in `GET /api/progress`. Saves name only items of the catalogue, so a
/// student has at most one row per exercise and model; this bounds the answer even so.
const MAX_PROGRESS_ITEMS: usize = 2000;

/// The earliest time an attempt may claim (2024-01-01): anything before is a broken clock.
const EARLIEST_AT: i64 = 1_704_067_200_000;

#[utoipa::path(post, path = "/progress", tag = "progress", request_body = SyncBatch,
    responses((status = 200, description = "every attempt of the batch is stored", body = SyncResult),
              (status = 400, description = "the batch is malformed; it says which attempt and why", body = darbnica_api::ErrorBody),
              (status = 401, body = darbnica_api::ErrorBody),
              (status = 429, description = "too many saves in a short time, or the account's storage is full; `Retry-After` says when to try again", body = darbnica_api::ErrorBody)))]
pub async fn save_progress(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Json(batch): Json<SyncBatch>,
) -> Result<Json<SyncResult>> {
    if batch.attempts.len() > MAX_SYNC_BATCH {
        return Err(AppError::BadRequest(format!(
            "a batch holds at most {MAX_SYNC_BATCH} attempts; this one has {}",
            batch.attempts.len()
        )));
    }
    state.save_rate.check(&user.id, batch.attempts.len())?;
    let received_at = now_ms();
    let mut rows = Vec::with_capacity(batch.attempts.len());
    let mut readable_own = std::collections::HashSet::new();
    for (index, attempt) in batch.attempts.into_iter().enumerate() {
        let wrong = |what: String| AppError::BadRequest(format!("attempt {index}: {what}"));
        let id = uuid::Uuid::parse_str(&attempt.id)
            .map_err(|_| wrong(format!("the id `{}` is not a UUID", attempt.id)))?;
        let Some(key) = ItemKey::parse(&attempt.item) else {
            return Err(wrong(format!(
                "`{}` names no item (expected `course/exercise` or `model:id`)",
                attempt.item
            )));
        };
        let exists = match key {
            // A teacher's own exercise: one this user may read (checked once a batch).
            ItemKey::Exercise { course, exercise } if course == OWN_COURSE => {
                if !readable_own.contains(exercise) {
                    if crate::own_exercises::readable(&state, &user, exercise)
                        .await?
                        .is_none()
                    {
                        return Err(wrong(format!(
                            "there is no exercise `{}` for you",
                            attempt.item
                        )));
                    }
                    readable_own.insert(exercise.to_owned());
                }
                true
            }
            key => state.catalog.item(&key).is_some(),
        };
        if !exists {
            return Err(wrong(format!(
                "there is no exercise or model `{}`",
                attempt.item
            )));
        }
        if attempt.code.len() > MAX_CODE_BYTES {
            return Err(wrong(format!(
                "the code is longer than {MAX_CODE_BYTES} bytes"
            )));
        }
        if attempt.at < EARLIEST_AT {
            return Err(wrong(format!("the time {} is before 2024", attempt.at)));
        }
        if attempt.pasted.len() > MAX_PASTES
            || attempt
                .pasted
                .iter()
                .any(|&size| size as usize > MAX_CODE_BYTES)
        {
            return Err(wrong(format!(
                "at most {MAX_PASTES} pastes of at most {MAX_CODE_BYTES} characters"
            )));
        }
        rows.push(AttemptRow {
            id: id.hyphenated().to_string(),
            user_id: user.id.clone(),
            item: attempt.item,
            // PostgreSQL cannot keep a NUL in text (SQLite can); Python refuses to run code with
            // one anyway. Kept as U+FFFD, the attempt is stored alike on either database. Refused,
            // it would stay first in the browser's outbox and hold back everything after it.
            code: attempt.code.replace('\0', "\u{FFFD}"),
            passed: attempt.passed,
            // A clock running ahead must not make work look done before the due date passed.
            at: attempt.at.min(received_at),
            received_at,
            pasted: attempt
                .pasted
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(","),
        });
    }
    if rows.is_empty() {
        return Ok(Json(SyncResult {
            stored: 0,
            duplicates: 0,
        }));
    }
    match state.saver.save(rows).await {
        Ok(result) => Ok(Json(result)),
        // The browser keeps the attempts and tries again later; the message says why.
        Err(error @ SaveError::QuotaFull) => Err(AppError::TooManyRequests {
            code: ErrorCode::StorageFull,
            message: format!("{error}; ask your teacher"),
            retry_after_seconds: 3600,
        }),
        Err(SaveError::Failed(error)) => Err(AppError::Internal(anyhow::anyhow!(error))),
    }
}

#[utoipa::path(get, path = "/progress", tag = "progress",
    responses((status = 200, body = Vec<ItemProgress>), (status = 401, body = darbnica_api::ErrorBody)))]
pub async fn get_progress(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
) -> Result<Json<Vec<ItemProgress>>> {
    let pool = state.database.pool();
    let rows: Vec<ActivityRow> = sqlx::query_as(&format!(
        "SELECT {ACTIVITY_COLUMNS} FROM attempts t WHERE t.user_id = $1 \
         GROUP BY t.user_id, t.item ORDER BY t.item LIMIT {MAX_PROGRESS_ITEMS}"
    ))
    .bind(&user.id)
    .fetch_all(pool)
    .await?;
    // The code of each item's latest run; of runs in the same millisecond, the one received last
    // (the map keeps the last of each item).
    let latest: Vec<(String, String)> = sqlx::query_as(
        "SELECT t.item, t.code FROM attempts t WHERE t.user_id = $1 AND t.at = \
         (SELECT MAX(l.at) FROM attempts l WHERE l.user_id = t.user_id AND l.item = t.item) \
         ORDER BY t.received_at, t.id",
    )
    .bind(&user.id)
    .fetch_all(pool)
    .await?;
    let latest: HashMap<String, String> = latest.into_iter().collect();
    Ok(Json(
        rows.into_iter()
            .map(|(_, item, attempts, solved_at, last_at)| ItemProgress {
                last_code: latest.get(&item).cloned().unwrap_or_default(),
                item,
                attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
                solved_at,
                last_at,
            })
            .collect(),
    ))
}

#[utoipa::path(get, path = "/me/assignments", tag = "progress",
    responses((status = 200, description = "open classes' assignments: undone ones first, soonest due first", body = Vec<MyAssignment>),
              (status = 401, body = darbnica_api::ErrorBody)))]
pub async fn list_my_assignments(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
) -> Result<Json<Vec<MyAssignment>>> {
    let pool = state.database.pool();
    // Every assignment of every class the student is in (archived classes are over), in one query.
    let assigned: Vec<(String, String, Option<i64>, i64, String, String)> = sqlx::query_as(
        "SELECT a.id, a.item, a.due_at, a.assigned_at, c.name, c.id \
         FROM class_members m JOIN classes c ON c.id = m.class_id \
         JOIN assignments a ON a.class_id = c.id \
         WHERE m.student_id = $1 AND c.archived = 0 \
         ORDER BY c.name, a.assigned_at, a.position",
    )
    .bind(&user.id)
    .fetch_all(pool)
    .await?;
    let rows: Vec<ActivityRow> = sqlx::query_as(&format!(
        "SELECT {ACTIVITY_COLUMNS} FROM attempts t WHERE t.user_id = $1 GROUP BY t.user_id, t.item"
    ))
    .bind(&user.id)
    .fetch_all(pool)
    .await?;
    let activity: HashMap<String, (i64, Option<i64>)> = rows
        .into_iter()
        .map(|(_, item, attempts, solved_at, _)| (item, (attempts, solved_at)))
        .collect();
    let own = crate::own_exercises::titles_for_student(&state, &user.id).await?;
    let mut reviews = crate::routes::feedback::reviews(&state, "r.student_id", &user.id).await?;
    // The teachers' comments not read yet, by (class, item).
    let unread: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT class_id, item, COUNT(*) FROM comments \
         WHERE student_id = $1 AND author_id <> student_id AND seen_at IS NULL \
         GROUP BY class_id, item",
    )
    .bind(&user.id)
    .fetch_all(pool)
    .await?;
    let unread: HashMap<(String, String), i64> = unread
        .into_iter()
        .map(|(class, item, count)| ((class, item), count))
        .collect();
    let mut mine: Vec<MyAssignment> = assigned
        .into_iter()
        .filter_map(|(id, item, due_at, assigned_at, class_name, class)| {
            let assignment = assignment(&state, &own, (id, item, due_at, assigned_at))?;
            let (attempts, solved_at) =
                activity.get(&assignment.item).copied().unwrap_or((0, None));
            let key = (class, assignment.item.clone());
            let new_comments = unread.get(&key).copied().unwrap_or(0);
            let (class, item) = key;
            let review = reviews.remove(&(class, user.id.clone(), item));
            Some(MyAssignment {
                class_name,
                state: item_state(attempts, solved_at, assignment.due_at),
                assignment,
                new_review: review.as_ref().is_some_and(|(_, new)| *new),
                review: review.map(|(review, _)| review),
                new_comments: u32::try_from(new_comments).unwrap_or(u32::MAX),
            })
        })
        .collect();
    mine.sort_by_key(|mine| {
        (
            matches!(mine.state, ItemState::Solved | ItemState::SolvedLate),
            mine.assignment.due_at.unwrap_or(i64::MAX),
            mine.assignment.assigned_at,
        )
    });
    Ok(Json(mine))
}
