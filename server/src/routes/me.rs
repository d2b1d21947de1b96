//! The signed-in user's own account:
//! - `PUT /api/me/password`: a new password, given the current one (other sessions end);
//! - `GET /api/me/sessions`: where they are signed in;
//! - `DELETE /api/me/sessions/{handle}`: sign out there;
//! - `POST /api/me/sessions/end-others`: sign out everywhere else.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use darbnica_api::classes::{
    MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, MIN_STUDENT_PASSWORD_CHARS, PasswordChange, Role,
    SessionInfo, SessionsEnded,
};

use crate::AppState;
use crate::auth::SignedIn;
use crate::error::{AppError, Result};
use crate::limits::{
    self, Against, ClientAddress, WRONG_SIGN_INS_PER_ACCOUNT, WRONG_SIGN_INS_PER_ADDRESS,
};
use crate::routes::accounts::check_password;
use crate::sessions::DatabaseSessions;

#[utoipa::path(put, path = "/api/me/password", tag = "me", request_body = PasswordChange,
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
    let (hash,): (String,) = sqlx::query_as("SELECT password_hash FROM users WHERE id = $1")
        .bind(&user.id)
        .fetch_one(state.database.pool())
        .await?;
    // Whoever finds a signed-in computer must not be able to guess their way to the password.
    let counted = limits::count_try(
        &state.database,
        &[
            Against::address(&WRONG_SIGN_INS_PER_ADDRESS, &address),
            Against::account(&WRONG_SIGN_INS_PER_ACCOUNT, &user.id),
        ],
    )
    .await?;
    if change.current.chars().count() > MAX_PASSWORD_CHARS
        || !state.passwords.verify(change.current, hash).await?
    {
        counted.keep();
        return Err(AppError::Unauthorized(
            "the current password is wrong".into(),
        ));
    }
    counted.forget(&state.database).await?;
    let new_hash = state.passwords.hash(change.new).await?;
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(new_hash)
        .bind(&user.id)
        .execute(state.database.pool())
        .await?;
    DatabaseSessions::end_all_of(&state.database, &user.id, Some(&user.handle)).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/me/sessions", tag = "me",
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

#[utoipa::path(delete, path = "/api/me/sessions/{handle}", tag = "me",
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

#[utoipa::path(post, path = "/api/me/sessions/end-others", tag = "me",
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
