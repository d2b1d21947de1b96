//! A teacher's classes. Every query names the signed-in teacher (under `/api/classes/{id}`, the
//! [`OwnedClass`] extractor checks it), so a class of another teacher is as absent as one that does
//! not exist (404):
//! - `GET /api/classes`, `POST /api/classes`;
//! - `GET /api/classes/{id}`, `PATCH /api/classes/{id}` (rename, archive);
//! - `DELETE /api/classes/{id}/students/{student}`;
//! - `POST /api/classes/{id}/assignments`, `DELETE /api/classes/{id}/assignments/{assignment}`;
//! - `GET /api/classes/{id}/grid`: the class × item progress grid;
//! - `GET /api/classes/{id}/students/{student}/code?item=…`: a student's latest code.

mod owned_class;

use darbnica_api::ErrorCode;
use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use darbnica_api::classes::{
    Assignment, ClassChange, ClassDetail, ClassSummary, Grid, GridCell, ItemKey, ItemState,
    JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, MIN_STUDENT_PASSWORD_CHARS, NewAssignments, NewClass,
    NewPassword, StudentCode, StudentRef,
};
use darbnica_api::own_exercises::OWN_COURSE;
use darbnica_api::{ExerciseKind, Localized};
use serde::Deserialize;

use argon2::password_hash::rand_core::{OsRng, RngCore as _};

use crate::AppState;
use crate::auth::Teacher;
use crate::error::{AppError, Result};
use crate::routes::accounts::{check_password, clean_name};
use crate::routes::feedback::ItemQuery;
use crate::routes::{is_unique_violation, new_id, now_ms};
use crate::sessions::DatabaseSessions;

pub use owned_class::{ClassStudent, OwnedClass};

/// A random join code from [`JOIN_CODE_ALPHABET`], every code equally likely: a random byte past
/// the last whole round of the alphabet (29 × 8 = 232) is drawn again, not folded onto the first
/// letters.
fn new_join_code() -> String {
    new_join_code_from(|| {
        let mut byte = [0u8];
        OsRng.fill_bytes(&mut byte);
        byte[0]
    })
}

fn new_join_code_from(mut random_byte: impl FnMut() -> u8) -> String {
    let alphabet = JOIN_CODE_ALPHABET.as_bytes();
    let letters = alphabet.len();
    let fair = 256 / letters * letters;
    let mut code = String::with_capacity(JOIN_CODE_LENGTH);
    while code.len() < JOIN_CODE_LENGTH {
        let byte = usize::from(random_byte());
        if byte < fair {
            code.push(char::from(alphabet[byte % letters]));
        }
    }
    code
}

fn no_class(id: &str) -> AppError {
    AppError::NotFound(format!("you have no class with the id {id}"))
}

type ClassRow = (String, String, String, i64, i64, i64, i64);

const CLASS_COLUMNS: &str = "c.id, c.name, c.join_code, c.archived, c.created_at, \
     (SELECT COUNT(*) FROM class_members m WHERE m.class_id = c.id), \
     (SELECT COUNT(*) FROM assignments a WHERE a.class_id = c.id)";

fn summary(row: ClassRow) -> ClassSummary {
    let (id, name, join_code, archived, created_at, students, assignments) = row;
    ClassSummary {
        id,
        name,
        join_code,
        archived: archived != 0,
        student_count: u32::try_from(students).unwrap_or(u32::MAX),
        assignment_count: u32::try_from(assignments).unwrap_or(u32::MAX),
        created_at,
    }
}

/// The teacher's class `id`, or a 404 (also when it is another teacher's).
async fn owned_class(state: &AppState, teacher: &str, id: &str) -> Result<ClassSummary> {
    let row: Option<ClassRow> = sqlx::query_as(&format!(
        "SELECT {CLASS_COLUMNS} FROM classes c WHERE c.id = $1 AND c.teacher_id = $2"
    ))
    .bind(id)
    .bind(teacher)
    .fetch_optional(state.database.pool())
    .await?;
    row.map(summary).ok_or_else(|| no_class(id))
}

#[utoipa::path(get, path = "/classes", tag = "classes",
    responses((status = 200, description = "the teacher's classes, open ones first, newest first", body = Vec<ClassSummary>),
              (status = 401, body = darbnica_api::ErrorBody), (status = 403, body = darbnica_api::ErrorBody)))]
pub async fn list_classes(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
) -> Result<Json<Vec<ClassSummary>>> {
    let rows: Vec<ClassRow> = sqlx::query_as(&format!(
        "SELECT {CLASS_COLUMNS} FROM classes c WHERE c.teacher_id = $1 \
         ORDER BY c.archived, c.created_at DESC"
    ))
    .bind(&teacher.id)
    .fetch_all(state.database.pool())
    .await?;
    Ok(Json(rows.into_iter().map(summary).collect()))
}

#[utoipa::path(post, path = "/classes", tag = "classes", request_body = NewClass,
    responses((status = 201, body = ClassSummary), (status = 400, body = darbnica_api::ErrorBody)))]
pub async fn create_class(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    Json(request): Json<NewClass>,
) -> Result<(StatusCode, Json<ClassSummary>)> {
    let name = clean_name(&request.name, "the class name")?;
    let id = new_id();
    // 29^6 codes: a clash is rare, and drawing again settles it.
    for _ in 0..20 {
        let inserted = sqlx::query(
            "INSERT INTO classes (id, teacher_id, name, join_code, archived, created_at) \
             VALUES ($1, $2, $3, $4, 0, $5)",
        )
        .bind(&id)
        .bind(&teacher.id)
        .bind(&name)
        .bind(new_join_code())
        .bind(now_ms())
        .execute(state.database.pool())
        .await;
        match inserted {
            Err(error) if is_unique_violation(&error) => continue,
            other => other?,
        };
        let class = owned_class(&state, &teacher.id, &id).await?;
        return Ok((StatusCode::CREATED, Json(class)));
    }
    Err(anyhow::anyhow!("no free join code after 20 draws").into())
}

pub(crate) async fn students(state: &AppState, class: &str) -> Result<Vec<StudentRef>> {
    // Whether the student is in any other class is said only to the class that made the account.
    let rows: Vec<(String, String, i64, i64, i64)> = sqlx::query_as(
        "SELECT u.id, u.name, m.joined_at, \
         CASE WHEN u.home_class_id = m.class_id THEN 1 ELSE 0 END, \
         CASE WHEN u.home_class_id = m.class_id AND NOT EXISTS (SELECT 1 FROM class_members o \
             WHERE o.student_id = u.id AND o.class_id <> m.class_id) THEN 1 ELSE 0 END \
         FROM class_members m JOIN users u ON u.id = m.student_id \
         WHERE m.class_id = $1 ORDER BY m.name_key",
    )
    .bind(class)
    .fetch_all(state.database.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, name, joined_at, account_here, only_here)| StudentRef {
                id,
                name,
                joined_at,
                account_here: account_here != 0,
                only_here: only_here != 0,
            },
        )
        .collect())
}

/// The assignments of `class`, in the order they were given, with titles from the catalog; items
/// that left the content are skipped.
async fn assignments_of(state: &AppState, class: &str) -> Result<Vec<Assignment>> {
    let rows: Vec<AssignmentRow> = sqlx::query_as(
        "SELECT id, item, due_at, assigned_at FROM assignments WHERE class_id = $1 \
         ORDER BY assigned_at, position",
    )
    .bind(class)
    .fetch_all(state.database.pool())
    .await?;
    let own = crate::own_exercises::titles_in_class(state, class).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| assignment(state, &own, row))
        .collect())
}

/// An `assignments` row: id, item, due_at, assigned_at.
pub type AssignmentRow = (String, String, Option<i64>, i64);

/// The assignment an `assignments` row stands for, or `None` when its item is no longer in the
/// content (a removed exercise stays in the database but is not shown). A teacher's own exercise
/// takes its title from `own` (by item key), which holds those the row's class may see.
pub fn assignment(
    state: &AppState,
    own: &HashMap<String, Localized>,
    (id, item, due_at, assigned_at): AssignmentRow,
) -> Option<Assignment> {
    let key = ItemKey::parse(&item)?;
    let (title, kind) = match key {
        ItemKey::Exercise { course, .. } if course == OWN_COURSE => {
            (own.get(&item)?.clone(), ExerciseKind::Program)
        }
        _ => state.catalog.item(&key)?,
    };
    Some(Assignment {
        id,
        path: key.path(),
        item,
        title,
        kind,
        due_at,
        assigned_at,
    })
}

#[utoipa::path(get, path = "/", tag = "classes",
    params(("id" = String, Path)),
    responses((status = 200, body = ClassDetail), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_class(
    State(state): State<AppState>,
    class: OwnedClass,
) -> Result<Json<ClassDetail>> {
    Ok(Json(ClassDetail {
        students: students(&state, class.id()).await?,
        assignments: assignments_of(&state, class.id()).await?,
        summary: class.summary,
    }))
}

#[utoipa::path(patch, path = "/", tag = "classes", request_body = ClassChange,
    params(("id" = String, Path)),
    responses((status = 200, body = ClassSummary), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn change_class(
    State(state): State<AppState>,
    OwnedClass { teacher, summary }: OwnedClass,
    Json(change): Json<ClassChange>,
) -> Result<Json<ClassSummary>> {
    if let Some(name) = &change.name {
        sqlx::query("UPDATE classes SET name = $1 WHERE id = $2 AND teacher_id = $3")
            .bind(clean_name(name, "the class name")?)
            .bind(&summary.id)
            .bind(&teacher.id)
            .execute(state.database.pool())
            .await?;
    }
    if let Some(archived) = change.archived {
        sqlx::query("UPDATE classes SET archived = $1 WHERE id = $2 AND teacher_id = $3")
            .bind(i64::from(archived))
            .bind(&summary.id)
            .bind(&teacher.id)
            .execute(state.database.pool())
            .await?;
    }
    Ok(Json(owned_class(&state, &teacher.id, &summary.id).await?))
}

#[utoipa::path(delete, path = "/students/{student}", tag = "classes",
    params(("id" = String, Path), ("student" = String, Path)),
    responses((status = 204, description = "removed; their work stays theirs"), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn remove_student(
    State(state): State<AppState>,
    ClassStudent { class, student }: ClassStudent,
) -> Result<StatusCode> {
    let id = class.id();
    let mut transaction = state.database.pool().begin().await?;
    let removed = sqlx::query("DELETE FROM class_members WHERE class_id = $1 AND student_id = $2")
        .bind(id)
        .bind(&student)
        .execute(&mut *transaction)
        .await?;
    // The student may have left between the check and now.
    if removed.rows_affected() == 0 {
        return Err(AppError::NotFound(format!(
            "the class has no student with the id {student}"
        )));
    }
    // Removed from the class where their account was made, the student has no responsible
    // teacher any more; it does not pass to another class's teacher.
    sqlx::query("UPDATE users SET home_class_id = NULL WHERE id = $1 AND home_class_id = $2")
        .bind(&student)
        .bind(id)
        .execute(&mut *transaction)
        .await?;
    transaction.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(put, path = "/students/{student}/password", tag = "classes",
    request_body = NewPassword, params(("id" = String, Path), ("student" = String, Path)),
    responses((status = 204, description = "set; the student is signed out everywhere"),
              (status = 400, description = "the password is too short or too long", body = darbnica_api::ErrorBody),
              (status = 403, description = "the student's account was made in another class: only its teacher can", body = darbnica_api::ErrorBody),
              (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn set_student_password(
    State(state): State<AppState>,
    ClassStudent { class, student }: ClassStudent,
    Json(request): Json<NewPassword>,
) -> Result<StatusCode> {
    let id = class.id();
    let (home,): (Option<String>,) =
        sqlx::query_as("SELECT home_class_id FROM users WHERE id = $1 AND role = 'student'")
            .bind(&student)
            .fetch_one(state.database.pool())
            .await?;
    if home.as_deref() != Some(id) {
        return Err(AppError::refused(
            ErrorCode::AccountElsewhere,
            "only the teacher of the class where this student's account was made can give them \
             a new password",
        ));
    }
    check_password(&request.password, MIN_STUDENT_PASSWORD_CHARS)?;
    let hash = state.passwords.hash(request.password).await?;
    // The home class is checked again in the write, in case the student was removed meanwhile.
    let updated = sqlx::query(
        "UPDATE users SET password_hash = $1 WHERE id = $2 AND role = 'student' \
         AND home_class_id = $3",
    )
    .bind(hash)
    .bind(&student)
    .bind(id)
    .execute(state.database.pool())
    .await?;
    if updated.rows_affected() == 0 {
        return Err(AppError::NotFound(format!(
            "the class has no student with the id {student}"
        )));
    }
    DatabaseSessions::end_all_of(&state.database, &student, None).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/students/{student}/account", tag = "classes",
    params(("id" = String, Path), ("student" = String, Path)),
    responses((status = 204, description = "the student's account and all their work are deleted; they are signed out everywhere"),
              (status = 403, description = "the account was made in another class, or the student is in other classes too", body = darbnica_api::ErrorBody),
              (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn delete_student_account(
    State(state): State<AppState>,
    ClassStudent { class, student }: ClassStudent,
) -> Result<StatusCode> {
    // In one statement, so that a class joined meanwhile keeps the account.
    let deleted = sqlx::query(
        "DELETE FROM users WHERE id = $1 AND role = 'student' AND home_class_id = $2 \
         AND NOT EXISTS (SELECT 1 FROM class_members o WHERE o.student_id = $1 AND o.class_id <> $2)",
    )
    .bind(&student)
    .bind(class.id())
    .execute(state.database.pool())
    .await?;
    if deleted.rows_affected() == 0 {
        return Err(AppError::refused(
            ErrorCode::AccountElsewhere,
            "only the teacher of the class where the account was made can delete it, and only \
             when the student is in no other class",
        ));
    }
    DatabaseSessions::end_all_of(&state.database, &student, None).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A 404 unless `student` is in `class`.
pub(crate) async fn member(state: &AppState, class: &str, student: &str) -> Result<()> {
    let member: Option<(String,)> = sqlx::query_as(
        "SELECT student_id FROM class_members WHERE class_id = $1 AND student_id = $2",
    )
    .bind(class)
    .bind(student)
    .fetch_optional(state.database.pool())
    .await?;
    member.map(drop).ok_or_else(|| {
        AppError::NotFound(format!("the class has no student with the id {student}"))
    })
}

#[utoipa::path(post, path = "/assignments", tag = "classes", request_body = NewAssignments,
    params(("id" = String, Path)),
    responses((status = 200, description = "the class's assignments, all of them", body = Vec<Assignment>),
              (status = 400, description = "an item that does not exist", body = darbnica_api::ErrorBody),
              (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn create_assignments(
    State(state): State<AppState>,
    class: OwnedClass,
    Json(request): Json<NewAssignments>,
) -> Result<Json<Vec<Assignment>>> {
    if request.items.is_empty() {
        return Err(AppError::BadRequest("choose at least one item".into()));
    }
    if request.items.len() > 500 {
        return Err(AppError::BadRequest(
            "at most 500 items can be assigned at once".into(),
        ));
    }
    for item in &request.items {
        let exists = match ItemKey::parse(item) {
            // A teacher's own exercise: one of theirs, and still without problems.
            Some(ItemKey::Exercise { course, exercise }) if course == OWN_COURSE => {
                crate::own_exercises::assignable(&state, &class.teacher.id, exercise).await?
            }
            key => key.is_some_and(|key| state.catalog.item(&key).is_some()),
        };
        if !exists {
            return Err(AppError::BadRequest(format!(
                "there is no exercise or model `{item}`"
            )));
        }
    }
    let now = now_ms();
    let mut transaction = state.database.pool().begin().await?;
    for (position, item) in request.items.iter().enumerate() {
        sqlx::query(
            "INSERT INTO assignments (id, class_id, item, due_at, assigned_at, position) \
             VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (class_id, item) DO UPDATE SET due_at = excluded.due_at",
        )
        .bind(new_id())
        .bind(class.id())
        .bind(item)
        .bind(request.due_at)
        .bind(now)
        .bind(i64::try_from(position).unwrap_or(i64::MAX))
        .execute(&mut *transaction)
        .await?;
    }
    transaction.commit().await?;
    Ok(Json(assignments_of(&state, class.id()).await?))
}

#[utoipa::path(delete, path = "/assignments/{assignment}", tag = "classes",
    params(("id" = String, Path), ("assignment" = String, Path)),
    responses((status = 204, description = "no longer assigned; the work done on it stays"), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn delete_assignment(
    State(state): State<AppState>,
    class: OwnedClass,
    Path((_class, assignment)): Path<(String, String)>,
) -> Result<StatusCode> {
    let removed = sqlx::query("DELETE FROM assignments WHERE class_id = $1 AND id = $2")
        .bind(class.id())
        .bind(&assignment)
        .execute(state.database.pool())
        .await?;
    if removed.rows_affected() == 0 {
        return Err(AppError::NotFound(format!(
            "the class has no assignment with the id {assignment}"
        )));
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Where someone stands on an item from their attempts: solved after the due date is late.
pub fn item_state(attempts: i64, solved_at: Option<i64>, due_at: Option<i64>) -> ItemState {
    match (solved_at, due_at) {
        (Some(solved), Some(due)) if solved > due => ItemState::SolvedLate,
        (Some(_), _) => ItemState::Solved,
        (None, _) if attempts > 0 => ItemState::Tried,
        _ => ItemState::NotStarted,
    }
}

/// Per (user, item): attempts, first solved, last activity; for the members of `class` on its
/// assigned items.
pub type ActivityRow = (String, String, i64, Option<i64>, i64);

pub const ACTIVITY_COLUMNS: &str = "t.user_id, t.item, COUNT(*), \
     MIN(CASE WHEN t.passed = 1 THEN t.at END), MAX(t.at)";

#[utoipa::path(get, path = "/grid", tag = "classes",
    params(("id" = String, Path)),
    responses((status = 200, body = Grid), (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_grid(State(state): State<AppState>, class: OwnedClass) -> Result<Json<Grid>> {
    Ok(Json(grid_of(&state, class.id()).await?))
}

/// The grid of the class `id`, whose ownership the caller has checked.
async fn grid_of(state: &AppState, id: &str) -> Result<Grid> {
    let students = students(state, id).await?;
    let assignments = assignments_of(state, id).await?;
    let rows: Vec<ActivityRow> = sqlx::query_as(&format!(
        "SELECT {ACTIVITY_COLUMNS} FROM attempts t \
         JOIN class_members m ON m.student_id = t.user_id AND m.class_id = $1 \
         JOIN assignments a ON a.item = t.item AND a.class_id = $1 \
         GROUP BY t.user_id, t.item"
    ))
    .bind(id)
    .fetch_all(state.database.pool())
    .await?;
    let due: HashMap<&str, Option<i64>> = assignments
        .iter()
        .map(|assignment| (assignment.item.as_str(), assignment.due_at))
        .collect();
    let mut reviews = crate::routes::feedback::reviews(state, "r.class_id", id).await?;
    // Comments and the student's unread answers, by (student, item).
    let counts: Vec<(String, String, i64, i64)> = sqlx::query_as(
        "SELECT student_id, item, COUNT(*), \
         SUM(CASE WHEN author_id = student_id AND seen_at IS NULL THEN 1 ELSE 0 END) \
         FROM comments WHERE class_id = $1 GROUP BY student_id, item",
    )
    .bind(id)
    .fetch_all(state.database.pool())
    .await?;
    let counts: HashMap<(String, String), (i64, i64)> = counts
        .into_iter()
        .map(|(student, item, all, new)| ((student, item), (all, new)))
        .collect();
    let cells = rows
        .into_iter()
        .map(|(student, item, attempts, solved_at, last)| {
            let (comments, new_answers) = counts
                .get(&(student.clone(), item.clone()))
                .copied()
                .unwrap_or_default();
            GridCell {
                state: item_state(
                    attempts,
                    solved_at,
                    due.get(item.as_str()).copied().flatten(),
                ),
                review: reviews
                    .remove(&(id.to_owned(), student.clone(), item.clone()))
                    .map(|(review, _)| review),
                comments: u32::try_from(comments).unwrap_or(u32::MAX),
                new_answers: u32::try_from(new_answers).unwrap_or(u32::MAX),
                student,
                item,
                attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
                last_activity: Some(last),
            }
        })
        .collect();
    Ok(Grid {
        students,
        assignments,
        cells,
    })
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct CsvQuery {
    /// The language of the titles and states: `lv` (the default) or `en`.
    lang: Option<String>,
}

#[utoipa::path(get, path = "/grid.csv", tag = "classes",
    params(("id" = String, Path), CsvQuery),
    responses((status = 200, description = "the grid as CSV (UTF-8 with a byte-order mark, for spreadsheets): a row a student; for each item a column with its state (and the teacher's verdict) and one with the last activity", content_type = "text/csv"),
              (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_grid_csv(
    State(state): State<AppState>,
    class: OwnedClass,
    Query(query): Query<CsvQuery>,
) -> Result<axum::response::Response> {
    let english = query.lang.as_deref() == Some("en");
    let grid = grid_of(&state, class.id()).await?;
    let mut header = vec![if english { "Student" } else { "Skolēns" }.to_owned()];
    for assignment in &grid.assignments {
        let title = if english {
            &assignment.title.en
        } else {
            &assignment.title.lv
        };
        header.push(title.clone());
        header.push(if english {
            format!("{title}: last activity (UTC)")
        } else {
            format!("{title}: pēdējā darbība (UTC)")
        });
    }
    let mut writer = csv::Writer::from_writer(Vec::from("\u{FEFF}".as_bytes()));
    let failed = |error: csv::Error| AppError::Internal(anyhow::anyhow!("writing CSV: {error}"));
    writer.write_record(&header).map_err(failed)?;
    for student in &grid.students {
        let mut row = vec![student.name.clone()];
        for assignment in &grid.assignments {
            let cell = grid.cell(&student.id, &assignment.item);
            let mut words = state_word(
                cell.map_or(ItemState::NotStarted, |cell| cell.state),
                english,
            )
            .to_owned();
            if let Some(review) = cell.and_then(|cell| cell.review.as_ref()) {
                words.push_str(", ");
                words.push_str(verdict_word(review, english));
            }
            row.push(words);
            row.push(
                cell.and_then(|cell| cell.last_activity)
                    .map(utc_date_time)
                    .unwrap_or_default(),
            );
        }
        writer.write_record(&row).map_err(failed)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| AppError::Internal(anyhow::anyhow!("writing CSV: {error}")))?;
    Ok(download(
        "text/csv; charset=utf-8",
        &class.summary.name,
        "csv",
        bytes,
    ))
}

/// A file to save: its type, and a name made of `name` (letters and digits kept, the rest `-`).
fn download(
    content_type: &'static str,
    name: &str,
    extension: &str,
    bytes: Vec<u8>,
) -> axum::response::Response {
    use axum::response::IntoResponse as _;
    let file = format!("attachment; filename=\"{}.{extension}\"", file_name(name));
    (
        [
            (axum::http::header::CONTENT_TYPE, content_type.to_owned()),
            (axum::http::header::CONTENT_DISPOSITION, file),
        ],
        bytes,
    )
        .into_response()
}

/// `name` as a file or folder name: letters, digits, spaces, `-`, `_` and `.` kept, the rest
/// `-`; never empty, never `.` or `..`.
fn file_name(name: &str) -> String {
    let cleaned: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    if cleaned.trim_matches('.').is_empty() {
        "-".to_owned()
    } else {
        cleaned
    }
}

fn verdict_word(review: &darbnica_api::feedback::Review, english: bool) -> &'static str {
    use darbnica_api::feedback::Verdict;
    match (review.verdict, review.resubmitted, english) {
        (Verdict::Accepted, _, false) => "pieņemts",
        (Verdict::SentBack, false, false) => "nosūtīts atpakaļ",
        (Verdict::SentBack, true, false) => "iesniegts atkārtoti",
        (Verdict::Accepted, _, true) => "accepted",
        (Verdict::SentBack, false, true) => "sent back",
        (Verdict::SentBack, true, true) => "resubmitted",
    }
}

/// The latest code of each assigned item, by (student, item), of the class's students (or of
/// `student` alone).
pub(crate) async fn latest_work(
    state: &AppState,
    class: &str,
    student: Option<&str>,
) -> Result<HashMap<(String, String), String>> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT t.user_id, t.item, t.code FROM attempts t \
         JOIN class_members m ON m.student_id = t.user_id AND m.class_id = $1 \
         JOIN assignments a ON a.item = t.item AND a.class_id = $1 \
         WHERE ($2 = '' OR t.user_id = $2) \
         AND t.at = (SELECT MAX(l.at) FROM attempts l WHERE l.user_id = t.user_id \
             AND l.item = t.item) \
         ORDER BY t.received_at, t.id",
    )
    .bind(class)
    .bind(student.unwrap_or(""))
    .fetch_all(state.database.pool())
    .await?;
    // Of runs in the same millisecond, the one received last.
    Ok(rows
        .into_iter()
        .map(|(student, item, code)| ((student, item), code))
        .collect())
}

/// A ZIP of `.py` files: each (folder, item) with its code, the item's key as its path
/// (`course/exercise.py`, `models/id.py`).
fn zip_of(files: Vec<(String, String, String)>) -> Result<Vec<u8>> {
    use std::io::Write as _;
    let failed = |error: &dyn std::fmt::Display| {
        AppError::Internal(anyhow::anyhow!("writing a ZIP: {error}"))
    };
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (folder, item, code) in files {
        let path = match ItemKey::parse(&item) {
            Some(ItemKey::Exercise { course, exercise }) => format!("{course}/{exercise}.py"),
            Some(ItemKey::Model { model }) => format!("models/{model}.py"),
            None => continue,
        };
        let path = if folder.is_empty() {
            path
        } else {
            format!("{folder}/{path}")
        };
        zip.start_file(path, options)
            .map_err(|error| failed(&error))?;
        zip.write_all(code.as_bytes())
            .map_err(|error| failed(&error))?;
    }
    Ok(zip.finish().map_err(|error| failed(&error))?.into_inner())
}

#[utoipa::path(get, path = "/work.zip", tag = "classes",
    params(("id" = String, Path)),
    responses((status = 200, description = "every student's latest code on each assigned item, a folder a student", content_type = "application/zip"),
              (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_class_work(
    State(state): State<AppState>,
    class: OwnedClass,
) -> Result<axum::response::Response> {
    let work = latest_work(&state, class.id(), None).await?;
    let students = students(&state, class.id()).await?;
    let mut folders: HashMap<String, String> = HashMap::new();
    let mut taken = std::collections::HashSet::new();
    for student in &students {
        // Names are unique in a class, but two may become one file name.
        let base = file_name(&student.name);
        let mut folder = base.clone();
        let mut number = 2;
        while !taken.insert(folder.to_lowercase()) {
            folder = format!("{base} ({number})");
            number += 1;
        }
        folders.insert(student.id.clone(), folder);
    }
    let mut files: Vec<(String, String, String)> = work
        .into_iter()
        .filter_map(|((student, item), code)| Some((folders.get(&student)?.clone(), item, code)))
        .collect();
    files.sort();
    Ok(download(
        "application/zip",
        &class.summary.name,
        "zip",
        zip_of(files)?,
    ))
}

#[utoipa::path(get, path = "/students/{student}/work.zip", tag = "classes",
    params(("id" = String, Path), ("student" = String, Path)),
    responses((status = 200, description = "the student's latest code on each item the class assigned", content_type = "application/zip"),
              (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn get_student_work(
    State(state): State<AppState>,
    ClassStudent { class, student }: ClassStudent,
) -> Result<axum::response::Response> {
    let work = latest_work(&state, class.id(), Some(&student)).await?;
    let name: Option<(String,)> = sqlx::query_as("SELECT name FROM users WHERE id = $1")
        .bind(&student)
        .fetch_optional(state.database.pool())
        .await?;
    let mut files: Vec<(String, String, String)> = work
        .into_iter()
        .map(|((_, item), code)| (String::new(), item, code))
        .collect();
    files.sort();
    let name = name.map_or_else(|| student.clone(), |(name,)| name);
    Ok(download(
        "application/zip",
        &format!("{} {name}", class.summary.name),
        "zip",
        zip_of(files)?,
    ))
}

fn state_word(state: ItemState, english: bool) -> &'static str {
    match (state, english) {
        (ItemState::NotStarted, false) => "nav sākts",
        (ItemState::Tried, false) => "mēģināts",
        (ItemState::Solved, false) => "atrisināts",
        (ItemState::SolvedLate, false) => "atrisināts novēloti",
        (ItemState::NotStarted, true) => "not started",
        (ItemState::Tried, true) => "tried",
        (ItemState::Solved, true) => "solved",
        (ItemState::SolvedLate, true) => "solved late",
    }
}

/// `YYYY-MM-DD HH:MM` in UTC, which spreadsheets read as a date and time.
fn utc_date_time(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ms / 1000)
        .map(|at| {
            format!(
                "{:04}-{:02}-{:02} {:02}:{:02}",
                at.year(),
                u8::from(at.month()),
                at.day(),
                at.hour(),
                at.minute()
            )
        })
        .unwrap_or_default()
}

#[utoipa::path(get, path = "/students/{student}/code", tag = "classes",
    params(("id" = String, Path), ("student" = String, Path), ItemQuery),
    responses((status = 200, body = StudentCode),
              (status = 404, description = "no such class or student, the class has not assigned the item, or no code yet", body = darbnica_api::ErrorBody)))]
pub async fn get_student_code(
    State(state): State<AppState>,
    ClassStudent { class, student }: ClassStudent,
    Query(query): Query<ItemQuery>,
) -> Result<Json<StudentCode>> {
    // A teacher sees a student's work only on what their own class assigned: the same student's
    // work for another class (or on their own) is not theirs to read.
    crate::routes::feedback::assigned(&state, class.id(), &query.item).await?;
    let row: Option<(String, String, i64, i64)> = sqlx::query_as(
        "SELECT id, code, passed, at FROM attempts WHERE user_id = $1 AND item = $2 \
         ORDER BY at DESC, received_at DESC LIMIT 1",
    )
    .bind(&student)
    .bind(&query.item)
    .fetch_optional(state.database.pool())
    .await?;
    let (attempt, code, passed, at) = row.ok_or_else(|| {
        AppError::refused(
            ErrorCode::NoCodeYet,
            format!("the student has not run `{}` yet", query.item),
        )
    })?;
    Ok(Json(StudentCode {
        student,
        item: query.item,
        attempt,
        code,
        passed: passed != 0,
        at,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_codes_use_only_the_unmistakable_alphabet() {
        for _ in 0..200 {
            let code = new_join_code();
            assert_eq!(code.len(), JOIN_CODE_LENGTH);
            assert!(
                code.chars().all(|c| JOIN_CODE_ALPHABET.contains(c)),
                "{code}"
            );
        }
    }

    #[test]
    fn join_codes_are_drawn_without_bias() {
        // 232..=255 would favour the first 24 letters: they are drawn again.
        let mut bytes = [232u8, 255, 0, 28, 29, 231, 240, 30, 59].into_iter();
        let code = new_join_code_from(|| bytes.next().unwrap());
        let alphabet: Vec<char> = JOIN_CODE_ALPHABET.chars().collect();
        assert_eq!(
            code,
            [0, 28, 0, 28, 1, 1]
                .into_iter()
                .map(|index| alphabet[index])
                .collect::<String>()
        );
    }

    #[test]
    fn solving_after_the_due_date_is_late() {
        assert_eq!(item_state(0, None, Some(5)), ItemState::NotStarted);
        assert_eq!(item_state(2, None, Some(5)), ItemState::Tried);
        assert_eq!(item_state(2, Some(5), Some(5)), ItemState::Solved);
        assert_eq!(item_state(2, Some(6), Some(5)), ItemState::SolvedLate);
        assert_eq!(item_state(1, Some(6), None), ItemState::Solved);
    }
}
