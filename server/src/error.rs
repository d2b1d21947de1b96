//! The API's one error type. Every failure becomes `{"error": {"code", "message"}}` with the right
//! status: a 4xx that says what was wrong for a client's mistake, a generic 500 for ours (logged
//! here, never sent, so internals do not leak).

use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use darbnica_api::{ErrorBody, ErrorCode, ErrorDetail};

pub type Result<T, E = AppError> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    NotFound(String),
    /// A refusal with a meaning of its own (a wrong password, a taken name), which the app words
    /// by its code; the status comes from the code ([`AppError::refused`]).
    #[error("{message}")]
    Refused {
        status: StatusCode,
        code: ErrorCode,
        message: String,
    },
    /// Over a limit; the answer says, in `Retry-After`, how many seconds to wait. `code`:
    /// `rate_limited` (too many tries), `storage_full`, or `too_many_requests`.
    #[error("{message}")]
    TooManyRequests {
        code: ErrorCode,
        message: String,
        retry_after_seconds: u64,
    },
    /// The server has no room for the request right now (e.g. every password-hashing slot is
    /// taken and the queue is full); try again after `Retry-After` seconds.
    #[error("{message}")]
    ServiceUnavailable {
        message: String,
        retry_after_seconds: u64,
    },
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> AppError {
        // PostgreSQL cannot keep a NUL (U+0000) in text, where SQLite can: a request that brings
        // one (in a path, say) is the request's fault, not the server's.
        // 22021: character_not_in_repertoire; 22P05: untranslatable_character.
        let unstorable = error
            .as_database_error()
            .is_some_and(|error| matches!(error.code().as_deref(), Some("22021" | "22P05")));
        if unstorable {
            return AppError::BadRequest(
                "the request holds a character that cannot be stored (a NUL, U+0000)".into(),
            );
        }
        AppError::Internal(error.into())
    }
}

impl AppError {
    /// A refusal with `code`, its status the one that code always has.
    pub fn refused(code: ErrorCode, message: impl Into<String>) -> AppError {
        use ErrorCode::*;
        let status = match code {
            NotSignedIn | SignInWrong | PasswordWrong => StatusCode::UNAUTHORIZED,
            TeachersOnly | CrossSiteWrite | TeacherCannotJoin | AccountElsewhere => {
                StatusCode::FORBIDDEN
            }
            EmailTaken | NameTaken => StatusCode::CONFLICT,
            JoinCodeUnknown | NoCodeYet | NotFound => StatusCode::NOT_FOUND,
            RateLimited | StorageFull | TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ServiceUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            Internal => StatusCode::INTERNAL_SERVER_ERROR,
            BadRequest | ExerciseInvalid | Unknown => StatusCode::BAD_REQUEST,
        };
        AppError::Refused {
            status,
            code,
            message: message.into(),
        }
    }

    /// The code the answer will carry.
    pub fn code(&self) -> ErrorCode {
        self.status_and_code().1
    }

    fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        match self {
            AppError::Refused { status, code, .. } => (*status, *code),
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, ErrorCode::BadRequest),
            AppError::NotFound(_) => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            AppError::TooManyRequests { code, .. } => (StatusCode::TOO_MANY_REQUESTS, *code),
            AppError::ServiceUnavailable { .. } => (
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::ServiceUnavailable,
            ),
            AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let message = match &self {
            AppError::Internal(error) => {
                tracing::error!(error = format!("{error:#}"), "internal error");
                "something went wrong on the server; it has been logged".to_owned()
            }
            other => other.to_string(),
        };
        let retry_after = match &self {
            AppError::TooManyRequests {
                retry_after_seconds,
                ..
            }
            | AppError::ServiceUnavailable {
                retry_after_seconds,
                ..
            } => Some(*retry_after_seconds),
            _ => None,
        };
        let mut response = error_response(status, code, message);
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from(seconds));
        }
        response
    }
}

/// An error response with the API's JSON body.
pub fn error_response(status: StatusCode, code: ErrorCode, message: String) -> Response {
    (
        status,
        Json(ErrorBody {
            error: ErrorDetail { code, message },
        }),
    )
        .into_response()
}

/// Middleware for the API: responses that the framework or a layer made on its own (404 for an
/// unknown route, 405, 413 from the body limit, 415 from the JSON extractor) get the API's JSON
/// error body too, so a client never has to parse two shapes of error.
pub async fn json_errors(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let (parts, body) = response.into_parts();
    // The framework's own rejections (a JSON syntax error, a missing field) say what was wrong in
    // plain text: keep that as the message.
    let detail = if matches!(
        status,
        StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY
    ) {
        axum::body::to_bytes(body, 4096)
            .await
            .ok()
            .map(|bytes| String::from_utf8_lossy(&bytes).trim().to_owned())
            .filter(|text| !text.is_empty())
    } else {
        None
    };
    let (code, message) = match status {
        StatusCode::NOT_FOUND => (
            ErrorCode::NotFound,
            "there is no such API endpoint".to_owned(),
        ),
        StatusCode::METHOD_NOT_ALLOWED => (
            ErrorCode::MethodNotAllowed,
            "this endpoint does not accept that HTTP method".to_owned(),
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            ErrorCode::PayloadTooLarge,
            format!(
                "the request body is too large: at most {} bytes ({} for a progress sync)",
                crate::routes::MAX_BODY_BYTES,
                crate::routes::MAX_SYNC_BODY_BYTES
            ),
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            ErrorCode::UnsupportedMediaType,
            "send the body as JSON (Content-Type: application/json)".to_owned(),
        ),
        StatusCode::TOO_MANY_REQUESTS => (
            ErrorCode::TooManyRequests,
            "too many requests; try again soon".to_owned(),
        ),
        StatusCode::SERVICE_UNAVAILABLE => (
            ErrorCode::ServiceUnavailable,
            "the server is busy; try again soon".to_owned(),
        ),
        status if status.is_client_error() => (
            ErrorCode::BadRequest,
            detail.unwrap_or_else(|| {
                status
                    .canonical_reason()
                    .unwrap_or("bad request")
                    .to_lowercase()
            }),
        ),
        _ => (
            ErrorCode::Internal,
            "something went wrong on the server; it has been logged".to_owned(),
        ),
    };
    let mut json = error_response(status, code, message);
    // Keep headers such as `Allow` on a 405.
    for (name, value) in &parts.headers {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            json.headers_mut().insert(name.clone(), value.clone());
        }
    }
    json
}
