//! Sessions: tower-sessions with our store over the database (so that every copy of the server sees
//! them), how long they last, and the list a user sees under "where you are signed in".
//!
//! A session lasts while it is used: [`STUDENT_SESSION`] or [`TEACHER_SESSION`] after the last
//! request. A shared school computer left signed in is signed out by itself before the next
//! week's lesson (students), or by the next morning (teachers, who see children's work). To keep a
//! progress save at one read and no write, the expiry moves forward at most once every
//! [`REFRESH_EVERY`].

use async_trait::async_trait;
use axum::http::HeaderMap;
use axum::http::header::USER_AGENT;
use darbnica_api::classes::{Role, SessionInfo};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};
use tower_sessions::{Expiry, Session, SessionManagerLayer, cookie::SameSite};

use crate::database::Database;
use crate::error::{AppError, Result};
use crate::routes::{new_id, now_ms};

/// A student's session ends after this long without a request: less than a week, so a school
/// computer left signed in is signed out before the next weekly lesson.
pub const STUDENT_SESSION: time::Duration = time::Duration::days(6);
/// A teacher's session ends after this long without a request.
pub const TEACHER_SESSION: time::Duration = time::Duration::hours(12);
/// How often a used session's expiry is moved forward (a write of the session row).
pub const REFRESH_EVERY: time::Duration = time::Duration::minutes(5);

const SESSION_KEY: &str = "user";

pub fn lifetime(role: Role) -> time::Duration {
    match role {
        Role::Student => STUDENT_SESSION,
        Role::Teacher => TEACHER_SESSION,
    }
}

/// What the session remembers about its user, so that a request needs no second query, and what
/// the list of sessions shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: String,
    pub role: Role,
    /// The session's public name in the list of sessions (the session id is a secret).
    #[serde(default)]
    pub handle: String,
    /// When the user signed in, ms.
    #[serde(default)]
    pub since: i64,
    /// When the expiry was last moved forward, ms.
    #[serde(default)]
    pub refreshed: i64,
    /// The browser and system, e.g. "Firefox, Windows".
    #[serde(default)]
    pub device: String,
}

impl SessionUser {
    /// A new session's user, on the device that `headers` come from.
    pub fn new(id: String, role: Role, headers: &HeaderMap) -> SessionUser {
        let now = now_ms();
        SessionUser {
            id,
            role,
            handle: new_id(),
            since: now,
            refreshed: now,
            device: device(
                headers
                    .get(USER_AGENT)
                    .and_then(|agent| agent.to_str().ok())
                    .unwrap_or_default(),
            ),
        }
    }
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
        .with_expiry(Expiry::OnInactivity(STUDENT_SESSION))
}

/// Signs `user` in on this session, with a fresh session id (so that an id planted before sign-in
/// is worthless after it).
pub async fn sign_in(session: &Session, user: SessionUser) -> Result<()> {
    session.cycle_id().await.map_err(session_error)?;
    session.set_expiry(Some(Expiry::OnInactivity(lifetime(user.role))));
    session
        .insert(SESSION_KEY, user)
        .await
        .map_err(session_error)?;
    Ok(())
}

pub async fn sign_out(session: &Session) -> Result<()> {
    session.flush().await.map_err(session_error)
}

/// The session's user, with the session's expiry moved forward when it was last moved more than
/// [`REFRESH_EVERY`] ago.
pub async fn current_user(session: &Session) -> Result<Option<SessionUser>> {
    let Some(mut user) = session
        .get::<SessionUser>(SESSION_KEY)
        .await
        .map_err(session_error)?
    else {
        return Ok(None);
    };
    let now = now_ms();
    let refresh_every = i64::try_from(REFRESH_EVERY.whole_milliseconds()).unwrap_or(i64::MAX);
    // Sessions from before handles existed get one, so that they can be listed and ended.
    if now - user.refreshed > refresh_every || user.handle.is_empty() {
        user.refreshed = now;
        let new_handle = user.handle.is_empty();
        if new_handle {
            user.handle = new_id();
        }
        session.set_expiry(Some(Expiry::OnInactivity(lifetime(user.role))));
        session
            .insert(SESSION_KEY, &user)
            .await
            .map_err(session_error)?;
        // Stored at once, not at the end of the request: this very request may be one that ends
        // every session but the one with this handle.
        if new_handle {
            session.save().await.map_err(session_error)?;
        }
    }
    Ok(Some(user))
}

fn session_error(error: tower_sessions::session::Error) -> AppError {
    AppError::Internal(anyhow::anyhow!("session: {error}"))
}

/// "Browser, system" from a `User-Agent`, for the list of sessions; the rest of it is not kept.
pub fn device(agent: &str) -> String {
    // Edge and Opera also say Chrome, and Chrome also says Safari: the first mark found wins.
    let browser = first_marked(
        agent,
        &[
            ("Edg/", "Edge"),
            ("OPR/", "Opera"),
            ("Firefox/", "Firefox"),
            ("Chrome/", "Chrome"),
            ("Safari/", "Safari"),
        ],
    );
    // Android also says Linux, and iPhones and iPads also say Mac OS X.
    let system = first_marked(
        agent,
        &[
            ("Android", "Android"),
            ("iPhone", "iOS"),
            ("iPad", "iPadOS"),
            ("CrOS", "ChromeOS"),
            ("Windows", "Windows"),
            ("Mac OS X", "macOS"),
            ("Linux", "Linux"),
        ],
    );
    match (browser, system) {
        (Some(browser), Some(system)) => format!("{browser}, {system}"),
        (Some(one), None) | (None, Some(one)) => one.to_owned(),
        (None, None) => String::new(),
    }
}

/// The name after the first of `marks` that `agent` contains.
fn first_marked(agent: &str, marks: &[(&str, &'static str)]) -> Option<&'static str> {
    marks
        .iter()
        .find(|(mark, _)| agent.contains(mark))
        .map(|(_, name)| *name)
}

/// tower-sessions' store over our database: one row a session, its data as JSON, its expiry as
/// Unix seconds. Expired rows are never loaded, and a background task deletes them.
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

/// The user a session is signed in as, if any.
fn user_of(data: &str) -> Option<SessionUser> {
    let mut data: serde_json::Map<String, serde_json::Value> = serde_json::from_str(data).ok()?;
    serde_json::from_value(data.remove(SESSION_KEY)?).ok()
}

fn user_id_of(record: &Record) -> Option<String> {
    record
        .data
        .get(SESSION_KEY)?
        .get("id")?
        .as_str()
        .map(str::to_owned)
}

impl DatabaseSessions {
    /// Ends every session of `user` (on every copy of the server: sessions live in the database)
    /// but the one with the handle `keep`, if given.
    pub async fn end_all_of(
        database: &Database,
        user: &str,
        keep: Option<&str>,
    ) -> anyhow::Result<u64> {
        let mut ended = 0;
        for (id, data, _) in Self::rows_of(database, user).await? {
            let handle = user_of(&data).map(|user| user.handle);
            if keep.is_none() || handle.as_deref() != keep {
                ended += sqlx::query("DELETE FROM sessions WHERE id = $1")
                    .bind(id)
                    .execute(database.pool())
                    .await?
                    .rows_affected();
            }
        }
        Ok(ended)
    }

    /// Ends the session of `user` with the handle `handle`; whether there was one.
    pub async fn end_one_of(database: &Database, user: &str, handle: &str) -> anyhow::Result<bool> {
        for (id, data, _) in Self::rows_of(database, user).await? {
            if user_of(&data).is_some_and(|user| user.handle == handle) {
                sqlx::query("DELETE FROM sessions WHERE id = $1")
                    .bind(id)
                    .execute(database.pool())
                    .await?;
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The sessions of `user` that have not expired, newest first; `current` is the handle of the
    /// asking session.
    pub async fn list_of(
        database: &Database,
        user: &str,
        current: &str,
    ) -> anyhow::Result<Vec<SessionInfo>> {
        let mut sessions: Vec<SessionInfo> = Self::rows_of(database, user)
            .await?
            .into_iter()
            .filter_map(|(_, data, expires_at)| {
                let user = user_of(&data)?;
                Some(SessionInfo {
                    current: user.handle == current,
                    handle: user.handle,
                    since: user.since,
                    last_active: user.refreshed,
                    expires_at: expires_at.saturating_mul(1000),
                    device: user.device,
                })
            })
            .collect();
        sessions.sort_by_key(|session| (!session.current, -session.last_active));
        Ok(sessions)
    }

    async fn rows_of(
        database: &Database,
        user: &str,
    ) -> anyhow::Result<Vec<(String, String, i64)>> {
        Ok(sqlx::query_as(
            "SELECT id, data, expires_at FROM sessions WHERE user_id = $1 AND expires_at > $2",
        )
        .bind(user)
        .bind(now_seconds())
        .fetch_all(database.pool())
        .await?)
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
            .bind(user_id_of(record))
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
        // An UPDATE, not an upsert: a session ended elsewhere (sign out everywhere, a new password)
        // while this request ran stays ended instead of coming back when the request saves it.
        // (tower-sessions calls `create`, not `save`, for a session it has not stored yet.)
        sqlx::query("UPDATE sessions SET data = $2, expires_at = $3, user_id = $4 WHERE id = $1")
            .bind(record.id.to_string())
            .bind(data)
            .bind(record.expiry_date.unix_timestamp())
            .bind(user_id_of(record))
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

    #[test]
    fn devices_are_named_by_browser_and_system_only() {
        let cases = [
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
                "Edge, Windows",
            ),
            (
                "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
                "Firefox, Linux",
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
                "Chrome, Android",
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
                "Safari, iOS",
            ),
            ("curl/8.5.0", ""),
        ];
        for (agent, expected) in cases {
            assert_eq!(device(agent), expected, "{agent}");
        }
    }

    #[test]
    fn a_teachers_session_is_shorter_than_a_students() {
        assert!(lifetime(Role::Teacher) < lifetime(Role::Student));
        assert!(STUDENT_SESSION < time::Duration::days(7));
        assert!(REFRESH_EVERY < TEACHER_SESSION);
    }
}
