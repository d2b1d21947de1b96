//! `cargo xtask dev`: the portal for working on the app. The app is built in cargo's dev profile
//! (no wasm-opt, no compression) into `dist-dev/`, served by a debug build of the server; a change
//! to a file the app is made of rebuilds it, and the open page reloads itself when the new build is
//! there. The Python worker stays a release build (and is rebuilt only when its code changed).
//! What CI checks and users get is the release build of `cargo xtask run` and `cargo xtask test`.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use notify::{RecursiveMode, Watcher as _};

use crate::build::{self, Mode};
use crate::shell::Shell;

/// What the app (and the worker) are made of: a change under these rebuilds.
const WATCHED: &[&str] = &[
    "app/src",
    "app/locales",
    "app/index.html",
    "app/Cargo.toml",
    "public",
    "editor",
    "crates/api/src",
    "crates/worker-protocol/src",
    "crates/python/src",
    "crates/python/py",
    "crates/geometry/src",
    "worker/src",
];

/// Edits come in bursts (an editor saves several files, formats, writes a backup): wait this long
/// after the last one before building.
const SETTLE: Duration = Duration::from_millis(200);

pub fn run(shell: &Shell) -> anyhow::Result<()> {
    crate::tools::ensure_build_tools(shell)?;
    let dist = build::build(shell, Mode::Dev)?;
    shell.run(
        shell
            .cargo()
            .args(["build", "--package", "darbnica-server", "--locked"]),
    )?;
    let port = shell.env_or("PORT", "8080");
    let mut server = shell
        .command(
            &shell
                .target_dir
                .join("debug/darbnica-server")
                .to_string_lossy(),
        )
        .env("DARBNICA_DIST_DIR", &dist)
        .env("PORT", &port)
        .spawn()
        .context("starting the server")?;
    println!(
        "\nDarbnīca (dev) on http://127.0.0.1:{port}: edit the app and the page reloads with the \
         new build. Ctrl+C stops it.\n"
    );

    let (changes, changed) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && !matches!(event.kind, notify::EventKind::Access(_))
        {
            let _ = changes.send(event.paths);
        }
    })
    .context("watching the app's files")?;
    for path in WATCHED {
        let path = shell.root.join(path);
        let mode = match path.is_dir() {
            true => RecursiveMode::Recursive,
            false => RecursiveMode::NonRecursive,
        };
        watcher
            .watch(&path, mode)
            .with_context(|| format!("watching {}", path.display()))?;
    }

    loop {
        if let Some(status) = server.try_wait()? {
            anyhow::bail!("the server stopped: {status}");
        }
        let Ok(mut paths) = changed.recv_timeout(Duration::from_secs(1)) else {
            continue;
        };
        while let Ok(more) = changed.recv_timeout(SETTLE) {
            paths.extend(more);
        }
        let paths: Vec<PathBuf> = paths.into_iter().filter(|path| !ignored(path)).collect();
        // Named by a file still there (editors and tools write and rename temporary ones).
        let Some(first) = paths.iter().find(|path| path.exists()).or(paths.first()) else {
            continue;
        };
        println!("\nchanged: {}", shown(&shell.root, first));
        let started = Instant::now();
        match build::build(shell, Mode::Dev) {
            Ok(_) => println!(
                "built in {:.1} s: the page reloads",
                started.elapsed().as_secs_f64()
            ),
            // Keep serving the last good build; the next save tries again.
            Err(error) => eprintln!("the build failed: {error:#}"),
        }
    }
}

/// Editors' temporary and backup files.
fn ignored(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy())
        .unwrap_or_default();
    name.starts_with(".#") || name.ends_with('~') || name.ends_with(".swp") || name == "4913"
}

fn shown(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}
