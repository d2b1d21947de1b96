//! Backups, round trip, under load: students save back to back while `darbnica-server backup`
//! copies the live SQLite database; the copy passes its integrity check and holds every save
//! acknowledged before the backup began; `darbnica-server restore` puts it into a fresh portal,
//! which then answers with that work.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use darbnica_e2e::TestServer;
use darbnica_e2e::load::{
    Pace, enroll, integrity_check, missing_attempts, save_attempts, wait_for_attempts,
};

fn run(mut command: std::process::Command, what: &str) -> anyhow::Result<String> {
    let output = command.output()?;
    anyhow::ensure!(
        output.status.success(),
        "{what} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[tokio::test]
async fn a_backup_taken_under_load_restores_every_save_acknowledged_before_it() -> anyhow::Result<()>
{
    let server = TestServer::start()?;
    let mut first = enroll(server.address(), 40).await?;
    let second = first.split_off(20);
    // First a second of saves, all acknowledged before the backup begins.
    let before = save_attempts(
        first,
        Pace::BackToBack,
        Duration::ZERO,
        Duration::from_secs(1),
        Arc::new(AtomicBool::new(false)),
    )
    .await;
    assert!(
        before.acknowledged.len() > 50,
        "{}",
        before.acknowledged.len()
    );

    // Then saves go on while the backup runs.
    let during = tokio::spawn(save_attempts(
        second,
        Pace::BackToBack,
        Duration::ZERO,
        Duration::from_secs(2),
        Arc::new(AtomicBool::new(false)),
    ));
    // Once the server is storing them, the backup starts.
    wait_for_attempts(
        &server.database_url(),
        before.acknowledged.len() as i64 + 20,
    )
    .await?;
    let folder = tempfile::tempdir()?;
    let file = folder.path().join("darbnica-backup.db");
    let mut backup = server.command()?;
    backup.arg("backup").arg(&file);
    let said = run(backup, "backup")?;
    assert!(said.contains("integrity check: ok"), "{said}");
    let during = during.await?;
    assert!(!during.acknowledged.is_empty());
    assert_eq!(during.failures, 0, "saves failed while the backup ran");
    let backup_url = format!("sqlite://{}", file.display());
    assert_eq!(integrity_check(&backup_url).await?, "ok");
    assert_eq!(
        missing_attempts(&backup_url, &before.acknowledged).await?,
        Vec::<String>::new()
    );
    // A backup never overwrites a file.
    let mut again = server.command()?;
    again.arg("backup").arg(&file);
    assert!(again.output()?.status.code() != Some(0));

    // Into a fresh portal: the work acknowledged before the backup is there, and it serves.
    let mut fresh = TestServer::start()?;
    let mut restore = fresh.command()?;
    restore.arg("restore").arg(&file);
    let said = run(restore, "restore")?;
    assert!(said.starts_with("restored "), "{said}");
    fresh.restart()?;
    assert_eq!(
        missing_attempts(&fresh.database_url(), &before.acknowledged).await?,
        Vec::<String>::new()
    );
    assert_eq!(integrity_check(&fresh.database_url()).await?, "ok");
    Ok(())
}
