//! A teacher's own exercises ([`crate::own_exercises`]):
//! - `GET /api/own-exercises`: the signed-in teacher's, newest change first;
//! - `POST /api/own-exercises`: a new one (checked; refused with its problems);
//! - `POST /api/own-exercises/check`: a draft's problems and, without any, the student's view of
//!   it, nothing stored (the page shows it before saving);
//! - `GET /api/own-exercises/{id}/draft`: one as its teacher wrote it, to edit;
//! - `PUT /api/own-exercises/{id}`: changed;
//! - `DELETE /api/own-exercises/{id}`: deleted, and taken back from the teacher's classes (the
//!   students' runs stay theirs);
//! - `GET /api/own-exercises/{id}`: what a student's page needs to do it, for its teacher and the
//!   students of a class of theirs that has it assigned.
//!
//! Another teacher's exercise, or one not assigned to the student, is a 404, as a missing one.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use darbnica_api::own_exercises::{
    DraftProblem, MAX_OWN_EXERCISES, OwnExercise, OwnExerciseCheck, OwnExerciseDraft,
    OwnExerciseSummary, item_of,
};
use darbnica_api::{ErrorCode, ExerciseDetail};

use crate::AppState;
use crate::auth::{SignedIn, Teacher};
use crate::error::{AppError, Result};
use crate::own_exercises::{detail, from_body, problems, readable};
use crate::routes::{new_id, now_ms};

fn not_found(id: &str) -> AppError {
    AppError::NotFound(format!("there is no exercise `{id}`"))
}

/// A refusal naming the first of `problems` (the app shows them all, from the check).
fn invalid(problems: &[DraftProblem]) -> AppError {
    let first = problems
        .first()
        .map(|problem| format!("{}: {:?}", problem.field, problem.problem))
        .unwrap_or_default();
    AppError::refused(
        ErrorCode::ExerciseInvalid,
        format!(
            "the exercise has {} problem(s), first {first}",
            problems.len()
        ),
    )
}

/// `exercise` as stored: checked, with its title and body as JSON.
fn checked(exercise: &OwnExercise) -> Result<(String, String)> {
    let problems = problems(exercise);
    if !problems.is_empty() {
        return Err(invalid(&problems));
    }
    let title = serde_json::to_string(&exercise.title.localized())
        .map_err(|error| AppError::Internal(error.into()))?;
    let body = serde_json::to_string(exercise).map_err(|error| AppError::Internal(error.into()))?;
    Ok((title, body))
}

#[utoipa::path(get, path = "/own-exercises", tag = "own exercises",
    responses((status = 200, body = Vec<OwnExerciseSummary>), (status = 401, body = darbnica_api::ErrorBody),
              (status = 403, body = darbnica_api::ErrorBody)))]
pub async fn list_own_exercises(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
) -> Result<Json<Vec<OwnExerciseSummary>>> {
    let rows: Vec<(String, String, String, i64, i64)> = sqlx::query_as(
        "SELECT e.id, e.item, e.title, e.updated_at, \
             (SELECT COUNT(*) FROM assignments a JOIN classes c ON c.id = a.class_id \
              WHERE a.item = e.item AND c.teacher_id = e.teacher_id) \
         FROM own_exercises e WHERE e.teacher_id = $1 ORDER BY e.updated_at DESC, e.id",
    )
    .bind(&teacher.id)
    .fetch_all(state.database.pool())
    .await?;
    Ok(Json(
        rows.into_iter()
            .filter_map(|(id, item, title, updated_at, assigned)| {
                Some(OwnExerciseSummary {
                    id,
                    item,
                    title: serde_json::from_str(&title).ok()?,
                    updated_at,
                    assigned: u32::try_from(assigned).unwrap_or(u32::MAX),
                })
            })
            .collect(),
    ))
}

#[utoipa::path(post, path = "/own-exercises/check", tag = "own exercises", request_body = OwnExercise,
    responses((status = 200, description = "the draft's problems, or the student's view of it", body = OwnExerciseCheck),
              (status = 401, body = darbnica_api::ErrorBody), (status = 403, body = darbnica_api::ErrorBody)))]
pub async fn check_own_exercise(
    Teacher(_teacher): Teacher,
    Json(exercise): Json<OwnExercise>,
) -> Json<OwnExerciseCheck> {
    let problems = problems(&exercise);
    let preview = problems.is_empty().then(|| detail("preview", &exercise));
    Json(OwnExerciseCheck { problems, preview })
}

#[utoipa::path(post, path = "/own-exercises", tag = "own exercises", request_body = OwnExercise,
    responses((status = 201, body = OwnExerciseDraft),
              (status = 400, description = "`exercise_invalid`: the draft has problems (see the check)", body = darbnica_api::ErrorBody),
              (status = 401, body = darbnica_api::ErrorBody), (status = 403, body = darbnica_api::ErrorBody),
              (status = 429, description = "`storage_full`: the teacher keeps as many as they may", body = darbnica_api::ErrorBody)))]
pub async fn create_own_exercise(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    Json(exercise): Json<OwnExercise>,
) -> Result<(StatusCode, Json<OwnExerciseDraft>)> {
    let (title, body) = checked(&exercise)?;
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM own_exercises WHERE teacher_id = $1")
            .bind(&teacher.id)
            .fetch_one(state.database.pool())
            .await?;
    if count >= i64::from(MAX_OWN_EXERCISES) {
        return Err(AppError::TooManyRequests {
            code: ErrorCode::StorageFull,
            message: format!("a teacher keeps at most {MAX_OWN_EXERCISES} exercises"),
            retry_after_seconds: 3600,
        });
    }
    let id = new_id();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO own_exercises (id, teacher_id, item, title, body, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6)",
    )
    .bind(&id)
    .bind(&teacher.id)
    .bind(item_of(&id))
    .bind(title)
    .bind(body)
    .bind(now)
    .execute(state.database.pool())
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(OwnExerciseDraft::new(id, exercise, now)),
    ))
}

#[utoipa::path(get, path = "/own-exercises/{exercise}/draft", tag = "own exercises",
    params(("exercise" = String, Path)),
    responses((status = 200, body = OwnExerciseDraft), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_own_exercise_draft(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    Path(id): Path<String>,
) -> Result<Json<OwnExerciseDraft>> {
    let row: Option<(String, i64)> = sqlx::query_as(
        "SELECT body, updated_at FROM own_exercises WHERE id = $1 AND teacher_id = $2",
    )
    .bind(&id)
    .bind(&teacher.id)
    .fetch_optional(state.database.pool())
    .await?;
    let (body, updated_at) = row.ok_or_else(|| not_found(&id))?;
    let exercise = from_body(&id, &body).ok_or_else(|| not_found(&id))?;
    Ok(Json(OwnExerciseDraft::new(id, exercise, updated_at)))
}

#[utoipa::path(put, path = "/own-exercises/{exercise}", tag = "own exercises", request_body = OwnExercise,
    params(("exercise" = String, Path)),
    responses((status = 200, body = OwnExerciseDraft),
              (status = 400, description = "`exercise_invalid`", body = darbnica_api::ErrorBody),
              (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn change_own_exercise(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    Path(id): Path<String>,
    Json(exercise): Json<OwnExercise>,
) -> Result<Json<OwnExerciseDraft>> {
    let (title, body) = checked(&exercise)?;
    let now = now_ms();
    let changed = sqlx::query(
        "UPDATE own_exercises SET title = $1, body = $2, updated_at = $3 \
         WHERE id = $4 AND teacher_id = $5",
    )
    .bind(title)
    .bind(body)
    .bind(now)
    .bind(&id)
    .bind(&teacher.id)
    .execute(state.database.pool())
    .await?;
    if changed.rows_affected() == 0 {
        return Err(not_found(&id));
    }
    Ok(Json(OwnExerciseDraft::new(id, exercise, now)))
}

#[utoipa::path(delete, path = "/own-exercises/{exercise}", tag = "own exercises",
    params(("exercise" = String, Path)),
    responses((status = 204), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn delete_own_exercise(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    Path(id): Path<String>,
) -> Result<StatusCode> {
    let mut transaction = state.database.pool().begin().await?;
    let deleted = sqlx::query("DELETE FROM own_exercises WHERE id = $1 AND teacher_id = $2")
        .bind(&id)
        .bind(&teacher.id)
        .execute(&mut *transaction)
        .await?;
    if deleted.rows_affected() == 0 {
        return Err(not_found(&id));
    }
    sqlx::query(
        "DELETE FROM assignments WHERE item = $1 \
         AND class_id IN (SELECT id FROM classes WHERE teacher_id = $2)",
    )
    .bind(item_of(&id))
    .bind(&teacher.id)
    .execute(&mut *transaction)
    .await?;
    transaction.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/own-exercises/{exercise}", tag = "own exercises",
    params(("exercise" = String, Path)),
    responses((status = 200, body = ExerciseDetail), (status = 401, body = darbnica_api::ErrorBody),
              (status = 404, description = "no such exercise, or not one for this user", body = darbnica_api::ErrorBody)))]
pub async fn get_own_exercise(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Json<ExerciseDetail>> {
    let exercise = readable(&state, &user, &id)
        .await?
        .ok_or_else(|| not_found(&id))?;
    Ok(Json(detail(&id, &exercise)))
}
