//! The signed-in user's own account:
//! - `PUT /api/me/password`: a new password, given the current one (other sessions end);
//! - `GET /api/me/sessions`: where they are signed in;
//! - `DELETE /api/me/sessions/{handle}`: sign out there;
//! - `POST /api/me/sessions/end-others`: sign out everywhere else;
//! - `GET /api/me/data`: everything kept about them, as JSON to take with them;
//! - `DELETE /api/me`: delete the account and everything in it.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use darbnica_api::ErrorCode;
use darbnica_api::classes::{
    AccountExport, Attempt, DeleteAccount, ExportedAccount, ExportedAssignment, ExportedClass,
    ExportedComment, ExportedMembership, ExportedReview, MIN_PASSWORD_CHARS,
    MIN_STUDENT_PASSWORD_CHARS, PasswordChange, Role, SessionInfo, SessionsEnded,
};
use tower_sessions::Session;

use darbnica_api::own_exercises::OwnExerciseDraft;

use crate::AppState;
use crate::auth::SignedIn;
use crate::error::{AppError, Result};
use crate::limits::ClientAddress;
use crate::routes::accounts::{check_password, confirm_own_password};
use crate::routes::now_ms;
use crate::sessions::{self, DatabaseSessions};

#[utoipa::path(put, path = "/me/password", tag = "me", request_body = PasswordChange,
    responses((status = 204, description = "changed; every other session of the user has ended"),
              (status = 400, description = "the new password will not do", body = darbnica_api::ErrorBody),
              (status = 401, description = "not signed in, or the current password is wrong", body = darbnica_api::ErrorBody),
              (status = 429, description = "too many wrong tries", body = darbnica_api::ErrorBody)))]
pub async fn change_password(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    address: ClientAddress,
    Json(change): Json<PasswordChange>,
) -> Result<StatusCode> {
    let min = match user.role {
        Role::Teacher => MIN_PASSWORD_CHARS,
        Role::Student => MIN_STUDENT_PASSWORD_CHARS,
    };
    check_password(&change.new, min)?;
    // Whoever finds a signed-in computer must not be able to guess their way to the password.
    confirm_own_password(&state, &user.id, &address, change.current)
        .await
        .map_err(|error| match error.code() {
            ErrorCode::PasswordWrong => {
                AppError::refused(ErrorCode::PasswordWrong, "the current password is wrong")
            }
            _ => error,
        })?;
    let new_hash = state.passwords.hash(change.new).await?;
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(new_hash)
        .bind(&user.id)
        .execute(state.database.pool())
        .await?;
    DatabaseSessions::end_all_of(&state.database, &user.id, Some(&user.handle)).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/me/sessions", tag = "me",
    responses((status = 200, description = "where the user is signed in: this session first, then the most recently used", body = Vec<SessionInfo>),
              (status = 401, body = darbnica_api::ErrorBody)))]
pub async fn list_sessions(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
) -> Result<Json<Vec<SessionInfo>>> {
    Ok(Json(
        DatabaseSessions::list_of(&state.database, &user.id, &user.handle).await?,
    ))
}

#[utoipa::path(delete, path = "/me/sessions/{handle}", tag = "me",
    params(("handle" = String, Path, description = "a session's handle from `GET /api/me/sessions`")),
    responses((status = 204, description = "signed out there"),
              (status = 401, body = darbnica_api::ErrorBody),
              (status = 404, description = "the user has no such session", body = darbnica_api::ErrorBody)))]
pub async fn end_session(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(handle): Path<String>,
) -> Result<StatusCode> {
    if DatabaseSessions::end_one_of(&state.database, &user.id, &handle).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::NotFound(format!(
            "you have no session with the handle {handle}"
        )))
    }
}

#[utoipa::path(post, path = "/me/sessions/end-others", tag = "me",
    responses((status = 200, description = "signed out everywhere but here", body = SessionsEnded),
              (status = 401, body = darbnica_api::ErrorBody)))]
pub async fn end_other_sessions(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
) -> Result<Json<SessionsEnded>> {
    let ended = DatabaseSessions::end_all_of(&state.database, &user.id, Some(&user.handle)).await?;
    Ok(Json(SessionsEnded {
        ended: u32::try_from(ended).unwrap_or(u32::MAX),
    }))
}

/// A comment's class, student, item, run, lines, author, text and time.
type ExportedCommentRow = (
    String,
    String,
    String,
    String,
    i64,
    i64,
    String,
    String,
    i64,
);

#[utoipa::path(get, path = "/me/data", tag = "me",
    responses((status = 200, description = "everything the portal keeps about the signed-in user", body = AccountExport),
              (status = 401, body = darbnica_api::ErrorBody)))]
pub async fn export_data(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
) -> Result<(
    [(axum::http::HeaderName, &'static str); 1],
    Json<AccountExport>,
)> {
    let pool = state.database.pool();
    let (name, email, created_at): (String, Option<String>, i64) =
        sqlx::query_as("SELECT name, email, created_at FROM users WHERE id = $1")
            .bind(&user.id)
            .fetch_one(pool)
            .await?;
    let joined: Vec<(String, String, i64, i64)> = sqlx::query_as(
        "SELECT c.name, t.name, m.joined_at, \
         CASE WHEN u.home_class_id = c.id THEN 1 ELSE 0 END \
         FROM class_members m JOIN classes c ON c.id = m.class_id \
         JOIN users t ON t.id = c.teacher_id JOIN users u ON u.id = m.student_id \
         WHERE m.student_id = $1 ORDER BY m.joined_at",
    )
    .bind(&user.id)
    .fetch_all(pool)
    .await?;
    let taught: Vec<(String, String, String, i64, i64, i64)> = sqlx::query_as(
        "SELECT c.id, c.name, c.join_code, c.archived, c.created_at, \
         (SELECT COUNT(*) FROM class_members m WHERE m.class_id = c.id) \
         FROM classes c WHERE c.teacher_id = $1 ORDER BY c.created_at",
    )
    .bind(&user.id)
    .fetch_all(pool)
    .await?;
    let mut classes_taught = Vec::with_capacity(taught.len());
    for (id, name, join_code, archived, created_at, students) in taught {
        let assignments: Vec<(String, Option<i64>, i64)> = sqlx::query_as(
            "SELECT item, due_at, assigned_at FROM assignments WHERE class_id = $1 \
             ORDER BY assigned_at, position",
        )
        .bind(&id)
        .fetch_all(pool)
        .await?;
        classes_taught.push(ExportedClass {
            name,
            join_code,
            archived: archived != 0,
            created_at,
            student_count: u32::try_from(students).unwrap_or(u32::MAX),
            assignments: assignments
                .into_iter()
                .map(|(item, due_at, assigned_at)| ExportedAssignment {
                    item,
                    due_at,
                    assigned_at,
                })
                .collect(),
        });
    }
    let attempts: Vec<(String, String, String, i64, i64, String)> = sqlx::query_as(
        "SELECT id, item, code, passed, at, pasted FROM attempts WHERE user_id = $1 \
         ORDER BY at, id",
    )
    .bind(&user.id)
    .fetch_all(pool)
    .await?;
    // Comments and verdicts on the user's work, or written by them.
    let comments: Vec<ExportedCommentRow> = sqlx::query_as(
        "SELECT c.name, s.name, k.item, k.attempt_id, k.first_line, k.last_line, a.name, \
             k.body, k.at FROM comments k JOIN classes c ON c.id = k.class_id \
             JOIN users s ON s.id = k.student_id JOIN users a ON a.id = k.author_id \
             WHERE k.student_id = $1 OR k.author_id = $1 ORDER BY k.at, k.id",
    )
    .bind(&user.id)
    .fetch_all(pool)
    .await?;
    let reviews: Vec<(String, String, String, String, String, i64)> = sqlx::query_as(
        "SELECT c.name, s.name, r.item, r.verdict, r.note, r.at FROM reviews r \
         JOIN classes c ON c.id = r.class_id JOIN users s ON s.id = r.student_id \
         WHERE r.student_id = $1 OR c.teacher_id = $1 ORDER BY r.at",
    )
    .bind(&user.id)
    .fetch_all(pool)
    .await?;
    let own_exercises: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT id, body, updated_at FROM own_exercises WHERE teacher_id = $1 ORDER BY created_at",
    )
    .bind(&user.id)
    .fetch_all(pool)
    .await?;
    let export = AccountExport {
        own_exercises: own_exercises
            .into_iter()
            .filter_map(|(id, body, updated_at)| {
                let exercise = crate::own_exercises::from_body(&id, &body)?;
                Some(OwnExerciseDraft::new(id, exercise, updated_at))
            })
            .collect(),
        comments: comments
            .into_iter()
            .map(
                |(class_name, student_name, item, attempt, first, last, author_name, body, at)| {
                    ExportedComment {
                        class_name,
                        student_name,
                        item,
                        attempt,
                        first_line: u32::try_from(first).unwrap_or(0),
                        last_line: u32::try_from(last).unwrap_or(0),
                        author_name,
                        body,
                        at,
                    }
                },
            )
            .collect(),
        reviews: reviews
            .into_iter()
            .filter_map(|(class_name, student_name, item, verdict, note, at)| {
                Some(ExportedReview {
                    class_name,
                    student_name,
                    item,
                    verdict: darbnica_api::feedback::Verdict::parse(&verdict)?,
                    note,
                    at,
                })
            })
            .collect(),
        exported_at: now_ms(),
        account: ExportedAccount {
            id: user.id.clone(),
            role: user.role,
            name,
            email,
            created_at,
        },
        classes_joined: joined
            .into_iter()
            .map(
                |(class_name, teacher_name, joined_at, home)| ExportedMembership {
                    class_name,
                    teacher_name,
                    joined_at,
                    account_made_here: home != 0,
                },
            )
            .collect(),
        classes_taught,
        attempts: attempts
            .into_iter()
            .map(|(id, item, code, passed, at, pasted)| Attempt {
                id,
                item,
                code,
                passed: passed != 0,
                at,
                pasted: crate::routes::feedback::pastes(&pasted),
            })
            .collect(),
        sessions: DatabaseSessions::list_of(&state.database, &user.id, &user.handle).await?,
    };
    Ok((
        [(
            axum::http::header::CONTENT_DISPOSITION,
            "attachment; filename=\"darbnica-data.json\"",
        )],
        Json(export),
    ))
}

#[utoipa::path(delete, path = "/me", tag = "me", request_body = DeleteAccount,
    responses((status = 204, description = "the account and everything in it are deleted, and every session of it has ended; a teacher's classes go too"),
              (status = 401, description = "not signed in, or the password is wrong", body = darbnica_api::ErrorBody),
              (status = 429, description = "too many wrong tries", body = darbnica_api::ErrorBody)))]
pub async fn delete_account(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    address: ClientAddress,
    session: Session,
    Json(request): Json<DeleteAccount>,
) -> Result<StatusCode> {
    confirm_own_password(&state, &user.id, &address, request.password).await?;
    // Attempts, memberships, a teacher's classes (with their assignments and memberships) go with
    // the row (ON DELETE CASCADE); students whose account was made in a deleted class keep their
    // account, with no responsible teacher (ON DELETE SET NULL).
    sqlx::query("DELETE FROM users WHERE id = $1")
        .bind(&user.id)
        .execute(state.database.pool())
        .await?;
    DatabaseSessions::end_all_of(&state.database, &user.id, None).await?;
    sessions::sign_out(&session).await?;
    Ok(StatusCode::NO_CONTENT)
}
