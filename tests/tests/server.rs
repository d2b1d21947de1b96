//! The server process itself, without a browser: it starts on a fresh data folder, keeps its data
//! across a restart, and stops cleanly when asked.

use darbnica_e2e::TestServer;

#[test]
fn the_server_creates_its_database_keeps_it_and_stops_cleanly_on_sigterm() -> anyhow::Result<()> {
    let mut server = TestServer::start()?;
    assert!(
        server.database_file().is_file(),
        "no SQLite file at {}",
        server.database_file().display()
    );

    let status = server.terminate()?;
    assert!(
        status.success(),
        "exit status {status} after SIGTERM:\n{}",
        server.log()
    );
    assert!(
        server.log().contains("stopped"),
        "no clean stop in the log:\n{}",
        server.log()
    );

    // Migrations run again at start and must find the schema in place.
    server.restart()?;
    assert!(server.terminate()?.success(), "{}", server.log());
    Ok(())
}
