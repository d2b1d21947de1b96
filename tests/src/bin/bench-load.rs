//! `cargo xtask bench load`: the progress API under load, then a crash in the middle of it.
//!
//! 1. Load: 200 students (each a keep-alive connection with a session) save attempts against the
//!    release server on a fresh SQLite file; after a 2 s warm-up, 10 s are measured.
//!    - At the budget's rate, 5,000 saves a second in all, latencies counted from when each
//!      save was due: prints `saves_per_s=<n> p50_ms=<x> p99_ms=<y>`.
//!    - Back to back, as fast as the server answers: prints `max_saves_per_s=<n> max_p50_ms=<x>
//!      max_p99_ms=<y>` (with 200 clients always waiting, latency there is mostly queue).
//! 2. Crash: the same load on a fresh server, killed with SIGKILL once 10,000 saves are stored;
//!    the server is started again on the same file, and every attempt it had acknowledged is
//!    looked up. Prints
//!    `acknowledged=<n> lost=<n>`.
//!
//! `DARBNICA_LOAD_CLIENTS`, `DARBNICA_LOAD_RATE` and `DARBNICA_LOAD_SECONDS` change the load.
//! With `DARBNICA_LOAD_POSTGRES_URL` (a PostgreSQL cluster's admin URL, as `cargo xtask bench load
//! postgres` gives it), each server gets a fresh PostgreSQL database there instead of SQLite.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use anyhow::Context as _;
use darbnica_e2e::TestServer;
use darbnica_e2e::load::{LoadReport, Pace, crash_mid_load, enroll, save_attempts};

fn setting(name: &str, default: u64) -> anyhow::Result<u64> {
    std::env::var(name).map_or(Ok(default), |value| {
        value
            .parse()
            .with_context(|| format!("{name}={value} is not a whole number"))
    })
}

/// A server on a fresh database: SQLite, or a new database in the PostgreSQL cluster at
/// `DARBNICA_LOAD_POSTGRES_URL`.
async fn fresh_server(run: usize) -> anyhow::Result<TestServer> {
    let Ok(admin_url) = std::env::var("DARBNICA_LOAD_POSTGRES_URL") else {
        return TestServer::start();
    };
    use sqlx::Connection as _;
    let name = format!("load_{}_{run}", std::process::id());
    let mut admin = sqlx::PgConnection::connect(&admin_url)
        .await
        .with_context(|| format!("connecting to {admin_url}"))?;
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await?;
    admin.close().await?;
    let (cluster, _) = admin_url
        .rsplit_once('/')
        .context("DARBNICA_LOAD_POSTGRES_URL has no database name")?;
    TestServer::start_on(Some(format!("{cluster}/{name}")))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let clients = usize::try_from(setting("DARBNICA_LOAD_CLIENTS", 200)?)?;
    let seconds = setting("DARBNICA_LOAD_SECONDS", 10)?;
    let rate = setting("DARBNICA_LOAD_RATE", 5000)?;

    let database = if std::env::var_os("DARBNICA_LOAD_POSTGRES_URL").is_some() {
        "postgresql"
    } else {
        "sqlite"
    };
    println!("database={database}");
    for (run, (pace, prefix)) in [(Pace::Total(rate as f64), ""), (Pace::BackToBack, "max_")]
        .into_iter()
        .enumerate()
    {
        let server = fresh_server(run).await?;
        let connections = enroll(server.address(), clients).await?;
        let report: LoadReport = save_attempts(
            connections,
            pace,
            Duration::from_secs(2),
            Duration::from_secs(seconds),
            Arc::new(AtomicBool::new(false)),
        )
        .await;
        eprintln!(
            "load ({pace:?}): {clients} clients, {seconds} s measured, {} saves, {} failed requests",
            report.latencies_us.len(),
            report.failures
        );
        println!(
            "{prefix}saves_per_s={:.0} {prefix}p50_ms={:.2} {prefix}p99_ms={:.2}",
            report.saves_per_second(),
            report.quantile_ms(0.5),
            report.quantile_ms(0.99)
        );
    }

    let mut server = fresh_server(2).await?;
    let crash = crash_mid_load(&mut server, clients, 10_000).await?;
    eprintln!(
        "crash: SIGKILL after 10,000 stored saves, restarted; lost ids: {:?}",
        &crash.lost[..crash.lost.len().min(10)]
    );
    println!(
        "acknowledged={} lost={}",
        crash.acknowledged,
        crash.lost.len()
    );
    Ok(())
}
