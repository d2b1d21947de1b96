//! Saving attempts with group commit: requests hand their attempts to one writer task, which
//! stores everything waiting in a single transaction and then answers each request. On SQLite,
//! where one writer at a time may commit, this turns thousands of tiny commits a second into a few
//! hundred larger ones; a request is answered only after its commit, so an acknowledged save
//! survives a crash of the server.

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
}

struct Job {
    attempts: Vec<AttemptRow>,
    done: oneshot::Sender<Result<SyncResult, String>>,
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
    pub async fn save(&self, attempts: Vec<AttemptRow>) -> anyhow::Result<SyncResult> {
        let (done, answer) = oneshot::channel();
        self.jobs
            .send(Job { attempts, done })
            .await
            .map_err(|_| anyhow::anyhow!("the attempt writer has stopped"))?;
        answer
            .await
            .context("the attempt writer dropped a save")?
            .map_err(|error| anyhow::anyhow!("saving attempts: {error}"))
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
                    let _ = job.done.send(Ok(result));
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
                    let result = commit(&database, std::slice::from_ref(&job))
                        .await
                        .map(|mut results| results.remove(0))
                        .map_err(|error| format!("{error:#}"));
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
            "INSERT INTO attempts (id, user_id, item, code, passed, at, received_at) \
             SELECT json_extract(value, '$.id'), json_extract(value, '$.user_id'), \
             json_extract(value, '$.item'), json_extract(value, '$.code'), \
             json_extract(value, '$.passed'), json_extract(value, '$.at'), \
             json_extract(value, '$.received_at') FROM json_each($1) WHERE true \
             ON CONFLICT (id) DO NOTHING RETURNING id"
        }
        DatabaseKind::Postgres => {
            "INSERT INTO attempts (id, user_id, item, code, passed, at, received_at) \
             SELECT id, user_id, item, code, CASE WHEN passed THEN 1 ELSE 0 END, at, received_at \
             FROM json_to_recordset($1::json) AS r(id TEXT, user_id TEXT, item TEXT, code TEXT, \
             passed BOOLEAN, at BIGINT, received_at BIGINT) \
             ON CONFLICT (id) DO NOTHING RETURNING id"
        }
    }
}

/// Stores every job's attempts in one transaction, a few INSERTs that skip ids already stored and
/// return the ids they did store; then counts, for each job, the new and the known.
async fn commit(database: &Database, jobs: &[Job]) -> anyhow::Result<Vec<SyncResult>> {
    let rows: Vec<&AttemptRow> = jobs.iter().flat_map(|job| &job.attempts).collect();
    let mut stored = std::collections::HashSet::with_capacity(rows.len());
    let sql = insert_sql(database.kind());
    let mut transaction = database.pool().begin().await?;
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let json = serde_json::to_string(chunk)?;
        stored.extend(
            sqlx::query_scalar::<_, String>(sql)
                .bind(json)
                .fetch_all(&mut *transaction)
                .await?,
        );
    }
    transaction.commit().await?;
    Ok(jobs
        .iter()
        .map(|job| {
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
            result
        })
        .collect())
}
