//! A crash in the middle of saving loses nothing the server acknowledged: students save attempts
//! back to back, the server is killed with SIGKILL, started again on the same SQLite file, and
//! every acknowledged attempt is in the database. (`cargo xtask bench load` does the same at full
//! load and prints the figures.)

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use darbnica_e2e::TestServer;
use darbnica_e2e::load::{Pace, enroll, missing_attempts, save_attempts};

#[tokio::test]
async fn a_killed_server_keeps_every_save_it_acknowledged() -> anyhow::Result<()> {
    let mut server = TestServer::start()?;
    let address: SocketAddr = server.url("").trim_start_matches("http://").parse()?;
    let connections = enroll(address, 40).await?;
    let load = tokio::spawn(save_attempts(
        connections,
        Pace::BackToBack,
        Duration::ZERO,
        Duration::from_secs(60),
        Arc::new(AtomicBool::new(false)),
    ));
    tokio::time::sleep(Duration::from_secs(2)).await;
    server.kill();
    let report = load.await?;
    assert!(
        report.acknowledged.len() > 100,
        "too few saves before the kill to prove anything: {}",
        report.acknowledged.len()
    );
    // Every student's connection broke with the kill.
    assert_eq!(report.failures, 40);

    server.restart()?;
    server.terminate()?;
    let lost = missing_attempts(&server.database_file(), &report.acknowledged).await?;
    assert_eq!(
        lost,
        Vec::<String>::new(),
        "{} of {} acknowledged saves are gone",
        lost.len(),
        report.acknowledged.len()
    );
    Ok(())
}
