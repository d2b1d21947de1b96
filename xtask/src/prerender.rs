//! The server's copies of the public pages (`darbnica_api::prerendered`): after the app is built,
//! the e2e crate's `prerender` binary opens each page in each language in headless Chromium
//! against `server` and writes `dist/prerendered.json`. It takes about a minute, so it runs only
//! when the built files, the content or the server changed since the copies were drawn.

use std::path::Path;

use anyhow::Context as _;
use darbnica_api::prerendered::FILE;
use sha2::{Digest as _, Sha256};

use crate::build::{file_name, files, hash_path, hex};
use crate::shell::Shell;

/// Draws the copies into `dist` with `server` (a debug or release binary of the server), unless
/// they are there for this very build.
pub fn draw(shell: &Shell, dist: &Path, server: &Path) -> anyhow::Result<()> {
    let key = key(shell, dist, server)?;
    let stamp = dist.join(".darbnica-prerendered");
    if dist.join(FILE).is_file() && std::fs::read_to_string(&stamp).is_ok_and(|drawn| drawn == key)
    {
        println!("pages: the copies in {} are up to date", dist.display());
        return Ok(());
    }
    // Copies of another build are not sent, even if these cannot be drawn.
    match std::fs::remove_file(dist.join(FILE)) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(error.into()),
        _ => {}
    }
    shell.run(shell.cargo().args([
        "build",
        "--package",
        "darbnica-e2e",
        "--bin",
        "prerender",
        "--locked",
    ]))?;
    let binary = shell.target_dir.join("debug/prerender");
    let mut command = shell.command(&binary.to_string_lossy());
    shell.run(crate::test::with_e2e_env(shell, command.arg(dist), server))?;
    std::fs::write(&stamp, key).context("writing the copies' stamp")
}

/// What the copies are drawn from: every built file (but the copies and the stamps), the
/// content, and the server.
fn key(shell: &Shell, dist: &Path, server: &Path) -> anyhow::Result<String> {
    let mut key = Sha256::new();
    for path in files(dist)? {
        let name = file_name(&path);
        // The compressed twins follow their files.
        let derived = name.ends_with(".br") || name.ends_with(".gz");
        if derived || name == FILE || name == ".darbnica-prerendered" {
            continue;
        }
        hash_path(&mut key, &path)?;
    }
    hash_path(&mut key, &shell.root.join("content"))?;
    hash_path(&mut key, server)?;
    Ok(hex(&key.finalize()))
}
