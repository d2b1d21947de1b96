//! The database: an embedded SQLite file by default, PostgreSQL when `DATABASE_URL` starts with
//! `postgres://`. One set of migrations (`server/migrations/`) serves both, so every query the
//! server makes must be SQL that both understand.

use std::path::Path;
use std::str::FromStr as _;
use std::time::Duration;

use anyhow::Context as _;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor as _};

/// Which database engine the server talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseKind {
    Sqlite,
    Postgres,
}

impl DatabaseKind {
    pub fn name(self) -> &'static str {
        match self {
            DatabaseKind::Sqlite => "sqlite",
            DatabaseKind::Postgres => "postgres",
        }
    }
}

/// A pool of connections; cheap to clone.
#[derive(Debug, Clone)]
pub struct Database {
    pool: AnyPool,
    kind: DatabaseKind,
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

impl Database {
    /// Connects to `url`. For SQLite the file (and its folder) is created when missing, and each
    /// connection runs in WAL mode with foreign keys enforced.
    pub async fn connect(url: &str) -> anyhow::Result<Database> {
        sqlx::any::install_default_drivers();
        let kind = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            DatabaseKind::Postgres
        } else if let Some(path) = url.strip_prefix("sqlite://") {
            create_parent_folder(path)?;
            DatabaseKind::Sqlite
        } else {
            anyhow::bail!("DATABASE_URL must start with sqlite:// or postgres://");
        };
        let url = match kind {
            DatabaseKind::Sqlite if !url.contains('?') => format!("{url}?mode=rwc"),
            _ => url.to_owned(),
        };
        let options = AnyConnectOptions::from_str(&url)
            .context("DATABASE_URL is not a valid database URL")?;
        let pool = AnyPoolOptions::new()
            .max_connections(if kind == DatabaseKind::Sqlite { 8 } else { 16 })
            .acquire_timeout(Duration::from_secs(10))
            // A ping before each use finds PostgreSQL connections the network or a restart broke.
            // A SQLite connection is a file in this process: the ping would only double each
            // query's round trip to the connection's thread.
            .test_before_acquire(kind == DatabaseKind::Postgres)
            .after_connect(move |connection, _metadata| {
                Box::pin(async move {
                    if kind == DatabaseKind::Sqlite {
                        // WAL lets readers work while one writer commits; the busy timeout makes
                        // writers queue instead of failing at once; the log is cut back to 64 MiB
                        // after a checkpoint, so a burst never leaves a huge file behind.
                        connection
                            .execute(&*format!(
                                "PRAGMA journal_mode = WAL; PRAGMA synchronous = {}; \
                                 PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                                 PRAGMA wal_autocheckpoint = 0; \
                                 PRAGMA journal_size_limit = 67108864;",
                                sqlite_synchronous()
                            ))
                            .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .with_context(|| format!("connecting to the {} database", kind.name()))?;
        if kind == DatabaseKind::Sqlite {
            tokio::spawn(checkpoint_wal(pool.clone()));
        }
        Ok(Database { pool, kind })
    }

    /// Brings the schema up to date; safe to run at every start.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        MIGRATOR
            .run(&self.pool)
            .await
            .context("running database migrations")
    }

    pub fn kind(&self) -> DatabaseKind {
        self.kind
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// When this database was created (by the first migration): a cheap query that proves the
    /// database answers and its schema is in place.
    pub async fn created_at(&self) -> anyhow::Result<String> {
        sqlx::query_scalar("SELECT value FROM instance_info WHERE key = 'database_created_at'")
            .fetch_one(&self.pool)
            .await
            .context("reading instance_info")
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// SQLite's `synchronous` setting: `FULL` by default, so that a commit (and the save acknowledged
/// after it) survives a power cut, not only a crash of the process; `DARBNICA_SQLITE_SYNCHRONOUS=
/// normal` trades that for speed. With group commit there is one fsync a commit, not a save
/// (`cargo xtask bench load`; the figures are in the closing note).
fn sqlite_synchronous() -> &'static str {
    match std::env::var("DARBNICA_SQLITE_SYNCHRONOUS")
        .unwrap_or_default()
        .to_ascii_lowercase()
        .as_str()
    {
        "normal" => "NORMAL",
        _ => "FULL",
    }
}

impl Database {
    /// Writes a consistent copy of the SQLite database to `file` while it is in use (`VACUUM
    /// INTO`: one read transaction, so saves go on meanwhile and the copy holds every commit
    /// made before it began), then checks the copy's integrity.
    pub async fn back_up_to(&self, file: &Path) -> anyhow::Result<()> {
        anyhow::ensure!(
            self.kind == DatabaseKind::Sqlite,
            "for PostgreSQL, use pg_dump: `pg_dump --format=custom --file=darbnica.dump \"$DATABASE_URL\"`, \
             and pg_restore to bring it back"
        );
        anyhow::ensure!(
            !file.exists(),
            "{} exists already; choose a new file",
            file.display()
        );
        sqlx::query("VACUUM INTO $1")
            .bind(file.to_string_lossy().into_owned())
            .execute(&self.pool)
            .await
            .with_context(|| format!("backing up into {}", file.display()))?;
        check_integrity(file).await
    }

    /// Replaces everything in this SQLite database with what the backup `file` holds, in one
    /// transaction (a server using the database meanwhile waits for it, then sees the restored
    /// data). The backup must be of the same schema version.
    pub async fn restore_from(&self, file: &Path) -> anyhow::Result<u64> {
        anyhow::ensure!(
            self.kind == DatabaseKind::Sqlite,
            "for PostgreSQL, use pg_restore with the dump pg_dump made"
        );
        check_integrity(file).await?;
        let mut connection = self.pool.acquire().await?;
        sqlx::query("PRAGMA foreign_keys = OFF")
            .execute(&mut *connection)
            .await?;
        let result = async {
            sqlx::query("ATTACH DATABASE $1 AS backup")
                .bind(file.to_string_lossy().into_owned())
                .execute(&mut *connection)
                .await?;
            let versions = |schema: &str| {
                format!("SELECT COALESCE(MAX(version), 0) FROM {schema}._sqlx_migrations")
            };
            let ours: i64 = sqlx::query_scalar(&versions("main"))
                .fetch_one(&mut *connection)
                .await?;
            let theirs: i64 = sqlx::query_scalar(&versions("backup"))
                .fetch_one(&mut *connection)
                .await?;
            anyhow::ensure!(
                ours == theirs,
                "the backup is of schema version {theirs}, this database of {ours}: restore it \
                 with the server version that made it"
            );
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name",
            )
            .fetch_all(&mut *connection)
            .await?;
            sqlx::query("BEGIN IMMEDIATE")
                .execute(&mut *connection)
                .await?;
            let mut rows = 0;
            for table in &tables {
                sqlx::query(&format!("DELETE FROM main.\"{table}\""))
                    .execute(&mut *connection)
                    .await?;
                rows += sqlx::query(&format!(
                    "INSERT INTO main.\"{table}\" SELECT * FROM backup.\"{table}\""
                ))
                .execute(&mut *connection)
                .await?
                .rows_affected();
            }
            sqlx::query("COMMIT").execute(&mut *connection).await?;
            anyhow::Ok(rows)
        }
        .await;
        if result.is_err() {
            let _ = sqlx::query("ROLLBACK").execute(&mut *connection).await;
        }
        let _ = sqlx::query("DETACH DATABASE backup")
            .execute(&mut *connection)
            .await;
        sqlx::query("PRAGMA foreign_keys = ON")
            .execute(&mut *connection)
            .await?;
        result
    }
}

/// `PRAGMA integrity_check` of the SQLite file `file`, opened read-only: an error unless `ok`.
pub async fn check_integrity(file: &Path) -> anyhow::Result<()> {
    use sqlx::Connection as _;
    let url = format!("sqlite://{}?mode=ro", file.display());
    let mut connection = sqlx::AnyConnection::connect(&url)
        .await
        .with_context(|| format!("opening {}", file.display()))?;
    let verdict: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut connection)
        .await?;
    connection.close().await?;
    anyhow::ensure!(
        verdict == "ok",
        "{} fails its integrity check: {verdict}",
        file.display()
    );
    Ok(())
}

/// How often the SQLite write-ahead log is copied back into the database file. Often, so that
/// each copy is short (`cargo xtask bench load`, three runs each: p99 18–19.5 ms at 250 ms,
/// 10.6–28 ms at 1 s).
const CHECKPOINT_EVERY: Duration = Duration::from_millis(250);

/// Copies the SQLite write-ahead log back into the database file, every [`CHECKPOINT_EVERY`],
/// until the pool closes. SQLite would otherwise do it inside whichever commit fills the log past
/// 1,000 pages, and that commit (with every save waiting behind it) would wait for the copy and
/// its fsync. A passive checkpoint here runs beside the writer and blocks nobody.
async fn checkpoint_wal(pool: AnyPool) {
    let mut ticks = tokio::time::interval(CHECKPOINT_EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    ticks.tick().await;
    while !pool.is_closed() {
        ticks.tick().await;
        if let Err(error) = pool.execute("PRAGMA wal_checkpoint(PASSIVE)").await {
            if pool.is_closed() {
                break;
            }
            tracing::warn!(error = %error, "cannot checkpoint the SQLite write-ahead log");
        }
    }
}

fn create_parent_folder(sqlite_path: &str) -> anyhow::Result<()> {
    let path = Path::new(sqlite_path.split('?').next().unwrap_or_default());
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() && path.as_os_str() != ":memory:" => {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating the data folder {}", parent.display()))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_fresh_sqlite_file_is_created_and_migrated_and_reopens() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/nested/data/test.db", dir.path().display());
        let database = Database::connect(&url).await.unwrap();
        database.migrate().await.unwrap();
        let created_at = database.created_at().await.unwrap();
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(database.pool())
            .await
            .unwrap();
        assert_eq!(mode, "wal");
        database.close().await;

        let reopened = Database::connect(&url).await.unwrap();
        reopened.migrate().await.unwrap();
        assert_eq!(
            reopened.created_at().await.unwrap(),
            created_at,
            "a restart must not re-create the data"
        );
    }

    #[tokio::test]
    async fn commits_leave_the_log_to_the_background_checkpoint() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("test.db");
        let database = Database::connect(&format!("sqlite://{}", file.display()))
            .await
            .unwrap();
        let pool = database.pool();
        let autocheckpoint: i64 = sqlx::query_scalar("PRAGMA wal_autocheckpoint")
            .fetch_one(pool)
            .await
            .unwrap();
        assert_eq!(autocheckpoint, 0, "commits must not checkpoint");
        pool.execute("CREATE TABLE t (x TEXT NOT NULL)")
            .await
            .unwrap();
        // 2 MB, under the 1,000 pages (4 MB) at which SQLite's own automatic checkpoint would
        // start: the rows reach the database file only through the background checkpoint.
        for _ in 0..64 {
            sqlx::query("INSERT INTO t (x) VALUES ($1)")
                .bind("x".repeat(32 * 1024))
                .execute(pool)
                .await
                .unwrap();
        }
        let size = || std::fs::metadata(&file).unwrap().len();
        let mut waited = 0;
        while size() < 2 * 1024 * 1024 {
            assert!(
                waited < 100,
                "nothing checkpointed the log: {} bytes",
                size()
            );
            tokio::time::sleep(CHECKPOINT_EVERY).await;
            waited += 1;
        }
        database.close().await;
    }

    #[tokio::test]
    async fn an_unknown_database_is_a_clear_error() {
        let error = Database::connect("mysql://localhost/darbnica")
            .await
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "DATABASE_URL must start with sqlite:// or postgres://"
        );
    }
}
