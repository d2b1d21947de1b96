//! The server binary: reads its configuration from the environment and serves until SIGINT or
//! SIGTERM. Everything it wires lives in the library (`darbnica_server`).

use anyhow::Context as _;
use darbnica_server::config::Config;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    darbnica_server::logging::init();
    let config = Config::from_env().context("reading the server's configuration")?;
    darbnica_server::serve(config, darbnica_server::shutdown_signal()).await
}
