//! A crash in the middle of saving loses nothing the server acknowledged: students save attempts
//! back to back, the server is killed with SIGKILL, started again on the same SQLite file, and
//! every acknowledged attempt is in the database. (`cargo xtask bench load` does the same at full
//! load and prints the figures.)

use darbnica_e2e::TestServer;
use darbnica_e2e::load::crash_mid_load;

#[tokio::test]
async fn a_killed_server_keeps_every_save_it_acknowledged() -> anyhow::Result<()> {
    let mut server = TestServer::start()?;
    let crash = crash_mid_load(&mut server, 40, 300).await?;
    assert!(
        crash.acknowledged > 100,
        "too few saves before the kill to prove anything: {crash:?}"
    );
    // Every student's connection broke with the kill.
    assert_eq!(crash.failures, 40);
    assert_eq!(crash.integrity, "ok");
    assert_eq!(
        crash.lost,
        Vec::<String>::new(),
        "{} of {} acknowledged saves are gone",
        crash.lost.len(),
        crash.acknowledged
    );
    Ok(())
}
