//! The server binary: reads its configuration from the environment and serves until SIGINT or
//! SIGTERM. Everything it wires lives in the library (`darbnica_server`).
//!
//! `darbnica-server backup FILE` writes a consistent copy of the SQLite database (safe while the
//! portal serves); `darbnica-server restore FILE` puts a backup's contents back. Both use the
//! same `DATABASE_URL` / `DARBNICA_DATA_DIR` as serving.

use std::path::Path;

use anyhow::Context as _;
use darbnica_server::config::Config;
use darbnica_server::database::Database;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    darbnica_server::logging::init();
    let config = Config::from_env().context("reading the server's configuration")?;
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let arguments: Vec<&str> = arguments.iter().map(String::as_str).collect();
    match arguments.as_slice() {
        [] => darbnica_server::serve(config, darbnica_server::shutdown_signal()).await,
        ["backup", file] => {
            let database = Database::connect(&config.database_url).await?;
            database.back_up_to(Path::new(file)).await?;
            database.close().await;
            println!("backed up to {file} (integrity check: ok)");
            Ok(())
        }
        ["restore", file] => {
            let database = Database::connect(&config.database_url).await?;
            database.migrate().await?;
            let rows = database.restore_from(Path::new(file)).await?;
            database.close().await;
            println!("restored {rows} rows from {file}");
            Ok(())
        }
        _ => anyhow::bail!("usage: darbnica-server [backup FILE | restore FILE]"),
    }
}
