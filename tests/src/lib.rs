//! The end-to-end harness every browser test uses: a real server process on a free port with a
//! fresh SQLite file ([`TestServer`]), and headless Debian Chromium driven over the DevTools
//! protocol ([`TestBrowser`]) that records every console error, so that a test fails on one.
//!
//! `cargo xtask test` builds the app and the server and points the harness at them with
//! `DARBNICA_SERVER_BIN`, `DARBNICA_DIST_DIR`, `DARBNICA_CONTENT_DIR`, `DARBNICA_SCREENSHOT_DIR`
//! and `CHROMIUM`.

pub mod axe;
mod browser;
pub mod classroom;
pub mod load;
pub mod measures;
mod server;

pub use browser::{BrowserOptions, TestBrowser};
pub use server::TestServer;

use std::path::{Path, PathBuf};

/// The built app the tests serve (`cargo xtask build`'s `dist/`).
pub fn dist_dir() -> PathBuf {
    path_from_env("DARBNICA_DIST_DIR", "dist")
}

/// `name` from the environment, or `default` (relative to the repository root).
fn path_from_env(name: &str, default: &str) -> PathBuf {
    std::env::var_os(name)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("..")
                .join(default)
        })
}

/// Waits for a finished download whose name ends in `.extension`.
pub async fn downloaded(dir: &Path, extension: &str) -> anyhow::Result<PathBuf> {
    for _ in 0..200 {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.extension().and_then(|e| e.to_str()) == Some(extension) {
                return Ok(path);
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    anyhow::bail!("no .{extension} file was downloaded")
}
