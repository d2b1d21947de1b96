//! Who is asking: passwords (argon2), sessions (tower-sessions, stored in our database so that
//! every copy of the server sees them), the extractors handlers use to require a signed-in user,
//! the write-origin check, and the sign-in and join rate limits.

use std::num::NonZeroU32;
use std::sync::Arc;

use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString};
use argon2::{Argon2, password_hash::rand_core::OsRng};
use async_trait::async_trait;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{Method, Request, header};
use axum::middleware::Next;
use axum::response::{IntoResponse as _, Response};
use darbnica_api::classes::Role;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};
use tower_sessions::{Expiry, Session, SessionManagerLayer, cookie::SameSite};

use crate::database::Database;
use crate::error::{AppError, Result};

/// How long a session lasts from sign-in: a school term, so that students need not sign in every
/// lesson on their own devices. (Sessions are written only when they change, never on a mere
/// request, so a save costs one read of the session and no write.)
const SESSION_DAYS: i64 = 90;
const SESSION_KEY: &str = "user";

/// What the session remembers about its user, so that a request needs no second query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: String,
    pub role: Role,
}

/// The session layer: an HttpOnly, SameSite=Lax cookie named `darbnica_session`, Secure when the
/// portal is served over HTTPS, pointing at a row of the `sessions` table.
pub fn session_layer(database: Database, https: bool) -> SessionManagerLayer<DatabaseSessions> {
    SessionManagerLayer::new(DatabaseSessions { database })
        .with_name("darbnica_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(https)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(time::Duration::days(SESSION_DAYS)))
}

/// Signs `user` in on this session, with a fresh session id (so that an id planted before sign-in
/// is worthless after it).
pub async fn sign_in(session: &Session, user: SessionUser) -> Result<()> {
    session.cycle_id().await.map_err(session_error)?;
    session
        .insert(SESSION_KEY, user)
        .await
        .map_err(session_error)?;
    Ok(())
}

pub async fn sign_out(session: &Session) -> Result<()> {
    session.flush().await.map_err(session_error)
}

fn session_error(error: tower_sessions::session::Error) -> AppError {
    AppError::Internal(anyhow::anyhow!("session: {error}"))
}

/// The signed-in user of a request, or a 401.
#[derive(Debug, Clone)]
pub struct SignedIn(pub SessionUser);

/// A signed-in teacher, or a 401 (nobody) or 403 (a student).
#[derive(Debug, Clone)]
pub struct Teacher(pub SessionUser);

/// The signed-in user, if any.
#[derive(Debug, Clone)]
pub struct MaybeSignedIn(pub Option<SessionUser>);

impl<S: Send + Sync> FromRequestParts<S> for MaybeSignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|(_, message)| AppError::Internal(anyhow::anyhow!(message)))?;
        let user = session
            .get::<SessionUser>(SESSION_KEY)
            .await
            .map_err(session_error)?;
        Ok(MaybeSignedIn(user))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match MaybeSignedIn::from_request_parts(parts, state).await?.0 {
            Some(user) => Ok(SignedIn(user)),
            None => Err(AppError::Unauthorized("sign in first".into())),
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
            Err(AppError::Forbidden("only teachers can do this".into()))
        }
    }
}

/// Hashes a password with argon2id and a random salt, off the async threads (it takes tens of
/// milliseconds on purpose).
pub async fn hash_password(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|error| anyhow::anyhow!("hashing a password: {error}"))
    })
    .await
    .map_err(|error| anyhow::anyhow!("the hashing task failed: {error}"))?
    .map_err(AppError::Internal)
}

/// Whether `password` matches `hash`. A hash that does not parse counts as no match.
pub async fn verify_password(password: String, hash: String) -> Result<bool> {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash).is_ok_and(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
    })
    .await
    .map_err(|error| AppError::Internal(anyhow::anyhow!("the verifying task failed: {error}")))
}

/// A password hash to check against when there is no such user, so that a wrong name takes as
/// long as a wrong password and does not tell which names exist.
pub static DUMMY_HASH: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let salt = SaltString::encode_b64(b"darbnica-no-user").expect("a valid salt");
    Argon2::default()
        .hash_password(b"no such user", &salt)
        .expect("hashing a constant")
        .to_string()
});

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
            return AppError::Forbidden("writes must come from this site's own pages".into())
                .into_response();
        }
    }
    next.run(request).await
}

/// Limits on how fast anyone may guess: sign-ins by account, joins by class code, sign-ups by
/// address. They live in each server's memory (a few kilobytes), so behind a load balancer each
/// copy counts on its own.
pub struct RateLimits {
    sign_in: DefaultKeyedRateLimiter<String>,
    join: DefaultKeyedRateLimiter<String>,
    sign_up: DefaultKeyedRateLimiter<String>,
}

impl Default for RateLimits {
    fn default() -> Self {
        let per_minute = |n: u32| Quota::per_minute(NonZeroU32::new(n).expect("not zero"));
        RateLimits {
            // Ten tries a minute for one account: plenty for a person, useless for guessing.
            sign_in: RateLimiter::keyed(per_minute(10)),
            // A whole class joining in the same minute.
            join: RateLimiter::keyed(per_minute(60)),
            sign_up: RateLimiter::keyed(per_minute(10)),
        }
    }
}

impl RateLimits {
    pub fn sign_in(&self, account: &str) -> Result<()> {
        check(&self.sign_in, account.to_lowercase())
    }

    pub fn join(&self, code: &str) -> Result<()> {
        check(&self.join, code.to_owned())
    }

    pub fn sign_up(&self, address: &str) -> Result<()> {
        check(&self.sign_up, address.to_owned())
    }
}

/// Keys whose limit has fully recovered are swept once every this many checks: a sweep visits
/// every key, so doing it on each request would let a flood of made-up names cost more and more.
const SWEEP_EVERY_CHECKS: usize = 1024;

fn check(limiter: &DefaultKeyedRateLimiter<String>, key: String) -> Result<()> {
    static CHECKS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    if CHECKS
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        .is_multiple_of(SWEEP_EVERY_CHECKS)
    {
        limiter.retain_recent();
    }
    limiter
        .check_key(&key)
        .map_err(|_| AppError::TooManyRequests("too many tries; wait a minute".into()))
}

/// tower-sessions' store over our database: one row a session, its data as JSON, its expiry as
/// Unix seconds. Expired rows are never loaded and are swept at start.
#[derive(Debug, Clone)]
pub struct DatabaseSessions {
    database: Database,
}

fn backend(error: sqlx::Error) -> session_store::Error {
    session_store::Error::Backend(error.to_string())
}

fn now_seconds() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

/// The id of the user a session is signed in as, if any.
fn user_of(record: &Record) -> Option<String> {
    record
        .data
        .get(SESSION_KEY)?
        .get("id")?
        .as_str()
        .map(str::to_owned)
}

impl DatabaseSessions {
    /// Ends every session of `user` (on every copy of the server: sessions live in the database).
    pub async fn end_all_of(database: &Database, user: &str) -> anyhow::Result<u64> {
        Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user)
            .execute(database.pool())
            .await?
            .rows_affected())
    }

    /// Deletes sessions that have expired.
    pub async fn delete_expired(database: &Database) -> anyhow::Result<u64> {
        Ok(sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(now_seconds())
            .execute(database.pool())
            .await?
            .rows_affected())
    }
}

#[async_trait]
impl SessionStore for DatabaseSessions {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        let data = serde_json::to_string(&record.data)
            .map_err(|error| session_store::Error::Encode(error.to_string()))?;
        // Ids are 128 random bits; on the astronomically unlikely clash, draw again.
        loop {
            let inserted = sqlx::query(
                "INSERT INTO sessions (id, data, expires_at, user_id) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (id) DO NOTHING",
            )
            .bind(record.id.to_string())
            .bind(&data)
            .bind(record.expiry_date.unix_timestamp())
            .bind(user_of(record))
            .execute(self.database.pool())
            .await
            .map_err(backend)?;
            if inserted.rows_affected() == 1 {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let data = serde_json::to_string(&record.data)
            .map_err(|error| session_store::Error::Encode(error.to_string()))?;
        sqlx::query(
            "INSERT INTO sessions (id, data, expires_at, user_id) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (id) DO UPDATE SET data = excluded.data, \
             expires_at = excluded.expires_at, user_id = excluded.user_id",
        )
        .bind(record.id.to_string())
        .bind(data)
        .bind(record.expiry_date.unix_timestamp())
        .bind(user_of(record))
        .execute(self.database.pool())
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let row: Option<(String, i64)> = sqlx::query_as(
            "SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2",
        )
        .bind(id.to_string())
        .bind(now_seconds())
        .fetch_optional(self.database.pool())
        .await
        .map_err(backend)?;
        let Some((data, expires_at)) = row else {
            return Ok(None);
        };
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data)
                .map_err(|error| session_store::Error::Decode(error.to_string()))?,
            expiry_date: OffsetDateTime::from_unix_timestamp(expires_at)
                .map_err(|error| session_store::Error::Decode(error.to_string()))?,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id = $1")
            .bind(id.to_string())
            .execute(self.database.pool())
            .await
            .map_err(backend)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_password_verifies_and_a_wrong_one_does_not() {
        let hash = hash_password("correct horse".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(
            verify_password("correct horse".into(), hash.clone())
                .await
                .unwrap()
        );
        assert!(!verify_password("Correct horse".into(), hash).await.unwrap());
        assert!(
            !verify_password("x".into(), "not a hash".into())
                .await
                .unwrap()
        );
        assert!(
            !verify_password("x".into(), DUMMY_HASH.clone())
                .await
                .unwrap()
        );
    }

    #[test]
    fn the_eleventh_sign_in_in_a_minute_is_refused() {
        let limits = RateLimits::default();
        for _ in 0..10 {
            limits.sign_in("Anna@School.lv").unwrap();
        }
        assert!(matches!(
            limits.sign_in("anna@school.lv"),
            Err(AppError::TooManyRequests(_))
        ));
        limits.sign_in("other@school.lv").unwrap();
    }
}
