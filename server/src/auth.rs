//! Who is asking: the extractors handlers use to require a signed-in user or to sign someone in
//! (sessions themselves are in `sessions`, passwords in `passwords`, guessing limits in `limits`),
//! and the write-origin check.

use darbnica_api::ErrorCode;
use std::sync::Arc;

use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, Request, header};
use axum::middleware::Next;
use axum::response::{IntoResponse as _, Response};
use darbnica_api::classes::Role;
use tower_sessions::Session;

use crate::AppState;
use crate::error::{AppError, Result};
use crate::limits::ClientAddress;
use crate::sessions::{self, SessionUser};

/// The signed-in user of a request, or a 401.
#[derive(Debug, Clone)]
pub struct SignedIn(pub SessionUser);

/// A signed-in teacher, or a 401 (nobody) or 403 (a student).
#[derive(Debug, Clone)]
pub struct Teacher(pub SessionUser);

/// The signed-in user, if any.
#[derive(Debug, Clone)]
pub struct MaybeSignedIn(pub Option<SessionUser>);

/// What signing someone in needs from the request: where it comes from (the guessing limits count
/// by it), its headers (the list of sessions names the device by them) and its session.
#[derive(Debug, Clone)]
pub struct SignInContext {
    pub address: ClientAddress,
    headers: HeaderMap,
    session: Session,
}

impl SignInContext {
    /// Signs the user `id` in on this request's session, with a fresh session id.
    pub async fn sign_in(&self, id: String, role: Role) -> Result<()> {
        sessions::sign_in(&self.session, SessionUser::new(id, role, &self.headers)).await
    }
}

/// The request's session; there always is one under the session layer.
async fn session_of<S: Send + Sync>(parts: &mut Parts, state: &S) -> Result<Session> {
    Session::from_request_parts(parts, state)
        .await
        .map_err(|(_, message)| AppError::Internal(anyhow::anyhow!(message)))
}

impl FromRequestParts<AppState> for SignInContext {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let Ok(address) = ClientAddress::from_request_parts(parts, state).await;
        Ok(SignInContext {
            address,
            headers: parts.headers.clone(),
            session: session_of(parts, state).await?,
        })
    }
}

impl<S: Send + Sync> FromRequestParts<S> for MaybeSignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let session = session_of(parts, state).await?;
        Ok(MaybeSignedIn(sessions::current_user(&session).await?))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match MaybeSignedIn::from_request_parts(parts, state).await?.0 {
            Some(user) => Ok(SignedIn(user)),
            None => Err(AppError::refused(ErrorCode::NotSignedIn, "sign in first")),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Teacher {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let SignedIn(user) = SignedIn::from_request_parts(parts, state).await?;
        if user.role == Role::Teacher {
            Ok(Teacher(user))
        } else {
            Err(AppError::refused(
                ErrorCode::TeachersOnly,
                "only teachers can do this",
            ))
        }
    }
}

/// Rejects writes (anything but GET, HEAD, OPTIONS) whose `Origin` header names another site. With
/// the SameSite=Lax cookie and JSON-only bodies this makes cross-site request forgery impossible.
/// Requests without `Origin` (not from a browser) pass: they carry no one's cookie by accident.
///
/// This site is `public_origin` when one is configured (a proxy in front may rewrite `Host`), and
/// otherwise whatever `Host` the request was sent to.
pub async fn same_origin_writes(
    State(public_origin): State<Option<Arc<str>>>,
    request: Request<axum::body::Body>,
    next: Next,
) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if !safe && let Some(origin) = request.headers().get(header::ORIGIN) {
        let origin = origin.to_str().ok();
        let ours = match &public_origin {
            Some(public_origin) => origin == Some(&**public_origin),
            None => {
                let host = request
                    .headers()
                    .get(header::HOST)
                    .and_then(|host| host.to_str().ok());
                let origin_host = origin
                    .and_then(|origin| origin.split_once("://"))
                    .map(|(_, host)| host);
                host.is_some() && origin_host == host
            }
        };
        if !ours {
            return AppError::refused(
                ErrorCode::CrossSiteWrite,
                "writes must come from this site's own pages",
            )
            .into_response();
        }
    }
    next.run(request).await
}
