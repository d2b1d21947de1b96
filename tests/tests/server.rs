//! The server process itself, without a browser: it starts on a fresh data folder, keeps its data
//! across a restart, and stops cleanly when asked.

use darbnica_e2e::TestServer;
use darbnica_e2e::load::{enroll, missing_attempts};
use hyper::StatusCode;
use serde_json::json;

#[tokio::test]
async fn the_server_creates_its_database_keeps_it_and_stops_cleanly_on_sigterm()
-> anyhow::Result<()> {
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

    // Written before a restart: a student's saved run, and the student's account.
    server.restart()?;
    let mut student = enroll(server.address(), 1).await?.remove(0);
    let id = "0b5c9a52-7f3e-4d8e-9a41-3c2f1e0d9b77".to_owned();
    let batch = json!({"attempts": [{
        "id": id,
        "item": "programmesanas-pamati/sveika-pasaule",
        "code": "print(\"Sveika, pasaule!\")\n",
        "passed": true,
        "at": 1_765_000_000_000_i64,
    }]});
    let (status, _) = student.post("/api/progress", &batch).await?;
    assert_eq!(status, StatusCode::OK);
    assert!(server.terminate()?.success(), "{}", server.log());

    // Migrations run again at start and must find the schema in place, and the work is there:
    // in the database, and for the student through the API, on the same session.
    server.restart()?;
    assert_eq!(
        missing_attempts(&server.database_url(), std::slice::from_ref(&id)).await?,
        Vec::<String>::new()
    );
    let mut student = student.reconnect(server.address()).await?;
    let (status, body) = student.get("/api/progress").await?;
    assert_eq!(status, StatusCode::OK);
    let progress: serde_json::Value = serde_json::from_slice(&body)?;
    assert_eq!(
        progress[0]["item"], "programmesanas-pamati/sveika-pasaule",
        "{progress}"
    );
    assert!(server.terminate()?.success(), "{}", server.log());
    Ok(())
}
