//! Saving attempts with group commit: requests hand their attempts to one writer task, which
//! stores everything waiting in a single transaction and then answers each request. On SQLite,
//! where one writer at a time may commit, this turns thousands of tiny commits a second into a few
//! hundred larger ones; a request is answered only after its commit, so an acknowledged save
//! survives a crash of the server.
//!
//! The writer also keeps each user's stored totals (`users.stored_attempts`,
//! `users.stored_code_chars`) in the same transaction and refuses a save that would take a user
//! past [`MAX_STORED_ATTEMPTS`] or [`MAX_STORED_CODE_CHARS`]: one read a commit, not a count a save.

use anyhow::Context as _;
use darbnica_api::classes::SyncResult;
use tokio::sync::{mpsc, oneshot};

use crate::database::{Database, DatabaseKind};

/// One attempt, checked and ready to store; serialised as the INSERT reads it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AttemptRow {
    pub id: String,
    pub user_id: String,
    pub item: String,
    pub code: String,
    pub passed: bool,
    pub at: i64,
    pub received_at: i64,
    /// The pastes' sizes, comma separated.
    pub pasted: String,
}

/// The most attempts one account keeps: a hundred runs a day for more than a year.
pub const MAX_STORED_ATTEMPTS: i64 = 50_000;
/// The most code one account keeps, in characters (about 50 MB).
pub const MAX_STORED_CODE_CHARS: i64 = 50_000_000;

/// Why a save was not stored.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(
        "the account has reached its storage limit ({MAX_STORED_ATTEMPTS} runs, {MAX_STORED_CODE_CHARS} characters of code)"
    )]
    QuotaFull,
    #[error("saving attempts: {0}")]
    Failed(String),
}

struct Job {
    attempts: Vec<AttemptRow>,
    done: oneshot::Sender<Result<SyncResult, SaveError>>,
}

/// The handle requests use; cheap to clone.
#[derive(Debug, Clone)]
pub struct Saver {
    jobs: mpsc::Sender<Job>,
}

/// At most this many attempts go into one transaction.
const MAX_ROWS_PER_COMMIT: usize = 1000;

impl Saver {
    /// Starts the writer task on `database`.
    pub fn start(database: Database) -> Saver {
        let (jobs, receiver) = mpsc::channel(4096);
        tokio::spawn(write_loop(database, receiver));
        Saver { jobs }
    }

    /// Stores `attempts` (skipping ids already stored) and says how many were new, once they are
    /// committed.
    pub async fn save(&self, attempts: Vec<AttemptRow>) -> Result<SyncResult, SaveError> {
        let (done, answer) = oneshot::channel();
        self.jobs
            .send(Job { attempts, done })
            .await
            .map_err(|_| SaveError::Failed("the attempt writer has stopped".into()))?;
        answer
            .await
            .context("the attempt writer dropped a save")
            .map_err(|error| SaveError::Failed(format!("{error:#}")))?
    }
}

async fn write_loop(database: Database, mut receiver: mpsc::Receiver<Job>) {
    while let Some(first) = receiver.recv().await {
        let mut rows = first.attempts.len();
        let mut batch = vec![first];
        while rows < MAX_ROWS_PER_COMMIT {
            match receiver.try_recv() {
                Ok(job) => {
                    rows += job.attempts.len();
                    batch.push(job);
                }
                Err(_) => break,
            }
        }
        match commit(&database, &batch).await {
            Ok(results) => {
                for (job, result) in batch.into_iter().zip(results) {
                    let _ = job.done.send(result);
                }
            }
            Err(error) => {
                // One bad job must not fail the others: store each on its own.
                tracing::warn!(
                    error = format!("{error:#}"),
                    jobs = batch.len(),
                    "a group commit failed; saving its jobs one by one"
                );
                for job in batch {
                    let result = match commit(&database, std::slice::from_ref(&job)).await {
                        Ok(mut results) => results.remove(0),
                        Err(error) => Err(SaveError::Failed(format!("{error:#}"))),
                    };
                    let _ = job.done.send(result);
                }
            }
        }
    }
}

/// Rows in one INSERT statement, so that one statement's JSON stays a few megabytes at most.
const ROWS_PER_STATEMENT: usize = 250;

/// Stores the rows of its one parameter, a JSON array of [`AttemptRow`]s, skipping ids already
/// stored, and returns the ids it stored. One parameter, not seven a row: the statement is the
/// same whatever the batch's size, so it is prepared once per connection, and SQLite does not
/// parse and bind thousands of numbered parameters for each commit.
fn insert_sql(kind: DatabaseKind) -> &'static str {
    match kind {
        // `WHERE true` tells SQLite's parser that ON CONFLICT belongs to the INSERT; JSON's
        // true and false come out of json_extract as 1 and 0.
        DatabaseKind::Sqlite => {
            "INSERT INTO attempts (id, user_id, item, code, passed, at, received_at, pasted) \
             SELECT json_extract(value, '$.id'), json_extract(value, '$.user_id'), \
             json_extract(value, '$.item'), json_extract(value, '$.code'), \
             json_extract(value, '$.passed'), json_extract(value, '$.at'), \
             json_extract(value, '$.received_at'), json_extract(value, '$.pasted') \
             FROM json_each($1) WHERE true \
             ON CONFLICT (id) DO NOTHING RETURNING id"
        }
        DatabaseKind::Postgres => {
            "INSERT INTO attempts (id, user_id, item, code, passed, at, received_at, pasted) \
             SELECT id, user_id, item, code, CASE WHEN passed THEN 1 ELSE 0 END, at, received_at, \
             pasted FROM json_to_recordset($1::json) AS r(id TEXT, user_id TEXT, item TEXT, \
             code TEXT, passed BOOLEAN, at BIGINT, received_at BIGINT, pasted TEXT) \
             ON CONFLICT (id) DO NOTHING RETURNING id"
        }
    }
}

/// The stored totals of the users whose ids are in the JSON array `$1`.
fn usage_sql(kind: DatabaseKind) -> &'static str {
    match kind {
        DatabaseKind::Sqlite => {
            "SELECT id, stored_attempts, stored_code_chars FROM users \
             WHERE id IN (SELECT value FROM json_each($1))"
        }
        DatabaseKind::Postgres => {
            "SELECT id, stored_attempts, stored_code_chars FROM users \
             WHERE id IN (SELECT json_array_elements_text($1::json))"
        }
    }
}

/// Adds to users' stored totals from the JSON array `$1` of `{user_id, attempts, chars}`.
fn add_usage_sql(kind: DatabaseKind) -> &'static str {
    match kind {
        DatabaseKind::Sqlite => {
            "UPDATE users SET stored_attempts = stored_attempts + u.attempts, \
             stored_code_chars = stored_code_chars + u.chars \
             FROM (SELECT json_extract(value, '$.user_id') AS user_id, \
             json_extract(value, '$.attempts') AS attempts, json_extract(value, '$.chars') AS chars \
             FROM json_each($1)) AS u WHERE users.id = u.user_id"
        }
        DatabaseKind::Postgres => {
            "UPDATE users SET stored_attempts = stored_attempts + u.attempts, \
             stored_code_chars = stored_code_chars + u.chars \
             FROM json_to_recordset($1::json) AS u(user_id TEXT, attempts BIGINT, chars BIGINT) \
             WHERE users.id = u.user_id"
        }
    }
}

/// Stores every job's attempts in one transaction, a few INSERTs that skip ids already stored and
/// return the ids they did store; then counts, for each job, the new and the known. A job that
/// would take its user past the storage limit is refused, alone.
async fn commit(
    database: &Database,
    jobs: &[Job],
) -> anyhow::Result<Vec<Result<SyncResult, SaveError>>> {
    use std::collections::{HashMap, HashSet};
    let kind = database.kind();
    let mut transaction = database.pool().begin().await?;
    let users: HashSet<&str> = jobs
        .iter()
        .flat_map(|job| job.attempts.iter().map(|attempt| attempt.user_id.as_str()))
        .collect();
    let users: Vec<&str> = users.into_iter().collect();
    let mut usage: HashMap<String, (i64, i64)> =
        sqlx::query_as::<_, (String, i64, i64)>(usage_sql(kind))
            .bind(serde_json::to_string(&users)?)
            .fetch_all(&mut *transaction)
            .await?
            .into_iter()
            .map(|(user, attempts, chars)| (user, (attempts, chars)))
            .collect();
    // Which jobs fit, counting what the jobs before them in this commit would add.
    let fits: Vec<bool> = jobs
        .iter()
        .map(|job| {
            let Some(first) = job.attempts.first() else {
                return true;
            };
            let (attempts, chars) = usage.entry(first.user_id.clone()).or_default();
            let added_chars: i64 = job
                .attempts
                .iter()
                .map(|attempt| i64::try_from(attempt.code.chars().count()).unwrap_or(i64::MAX))
                .sum();
            let added = i64::try_from(job.attempts.len()).unwrap_or(i64::MAX);
            let fits = *attempts + added <= MAX_STORED_ATTEMPTS
                && *chars + added_chars <= MAX_STORED_CODE_CHARS;
            if fits {
                *attempts += added;
                *chars += added_chars;
            }
            fits
        })
        .collect();
    let rows: Vec<&AttemptRow> = jobs
        .iter()
        .zip(&fits)
        .filter(|(_, fits)| **fits)
        .flat_map(|(job, _)| &job.attempts)
        .collect();
    let mut stored = HashSet::with_capacity(rows.len());
    let sql = insert_sql(kind);
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let json = serde_json::to_string(chunk)?;
        stored.extend(
            sqlx::query_scalar::<_, String>(sql)
                .bind(json)
                .fetch_all(&mut *transaction)
                .await?,
        );
    }
    // The totals grow by what was stored (not by duplicates).
    let mut added: HashMap<&str, (i64, i64)> = HashMap::new();
    for row in &rows {
        if stored.contains(&row.id) {
            let entry = added.entry(row.user_id.as_str()).or_default();
            entry.0 += 1;
            entry.1 += i64::try_from(row.code.chars().count()).unwrap_or(i64::MAX);
        }
    }
    if !added.is_empty() {
        let json: Vec<serde_json::Value> = added
            .iter()
            .map(|(user, (attempts, chars))| {
                serde_json::json!({"user_id": user, "attempts": attempts, "chars": chars})
            })
            .collect();
        sqlx::query(add_usage_sql(kind))
            .bind(serde_json::to_string(&json)?)
            .execute(&mut *transaction)
            .await?;
    }
    transaction.commit().await?;
    Ok(jobs
        .iter()
        .zip(fits)
        .map(|(job, fits)| {
            if !fits {
                return Err(SaveError::QuotaFull);
            }
            let mut result = SyncResult {
                stored: 0,
                duplicates: 0,
            };
            for attempt in &job.attempts {
                // `remove`: an id sent twice in one group counts as new once.
                if stored.remove(&attempt.id) {
                    result.stored += 1;
                } else {
                    result.duplicates += 1;
                }
            }
            Ok(result)
        })
        .collect())
}
