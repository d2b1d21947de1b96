//! `cargo xtask test`: every check CI runs, in the order that fails fastest.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::build;
use crate::shell::Shell;
use crate::tools;

pub fn run(shell: &Shell) -> anyhow::Result<()> {
    tools::ensure_build_tools(shell)?;
    tools::ensure_test_tools(shell)?;

    shell.run(shell.cargo().args(["fmt", "--all", "--check"]))?;
    // Natively for the whole workspace; for wasm32, the crates that run in the browser.
    for target in [
        &["--workspace", "--all-targets"][..],
        &[
            "--package",
            "darbnica-app",
            "--package",
            "darbnica-python",
            "--package",
            "darbnica-worker",
            "--package",
            "darbnica-geometry",
            "--package",
            "darbnica-worker-protocol",
            "--target",
            "wasm32-unknown-unknown",
        ],
    ] {
        let mut clippy = shell.cargo();
        if target.contains(&"wasm32-unknown-unknown") {
            // The browser's own rules besides the workspace's (std's clocks panic there).
            clippy.env("CLIPPY_CONF_DIR", shell.root.join("xtask/clippy-wasm"));
        }
        shell.run(
            clippy
                .arg("clippy")
                .args(target)
                .args(["--locked", "--", "-D", "warnings"]),
        )?;
    }
    shell.run(shell.cargo().args([
        "test",
        "--workspace",
        "--exclude",
        "darbnica-e2e",
        "--locked",
    ]))?;
    // The server's integration suites once more, on PostgreSQL (the run above used SQLite).
    server_on_postgres(shell)?;
    crate::content_check(shell, None)?;
    fuzz_geometry(shell)?;

    // The end-to-end tests drive the release build of the app against a debug build of the server.
    build::app(shell)?;
    let server = build_server(shell)?;
    crate::prerender::draw(shell, &shell.root.join("dist"), &server)?;
    shell.run(with_e2e_env(
        shell,
        shell
            .cargo()
            .args(["test", "--package", "darbnica-e2e", "--locked"]),
        &server,
    ))?;
    println!(
        "screenshots: {}",
        shell.target_dir.join("e2e-screenshots").display()
    );
    Ok(())
}

/// `cargo xtask test server`: the server's tests on SQLite, then its integration suites on a
/// throwaway PostgreSQL cluster.
pub fn server(shell: &Shell) -> anyhow::Result<()> {
    shell.run(
        shell
            .cargo()
            .args(["test", "--package", "darbnica-server", "--locked"]),
    )?;
    server_on_postgres(shell)
}

fn server_on_postgres(shell: &Shell) -> anyhow::Result<()> {
    let cluster = crate::postgres::Cluster::start(shell, crate::postgres::Durability::Throwaway)?;
    shell.run(
        shell
            .cargo()
            .args([
                "test",
                "--package",
                "darbnica-server",
                "--locked",
                "--tests",
            ])
            .env("DARBNICA_TEST_POSTGRES_URL", cluster.url()),
    )
}

/// Seconds each geometry fuzz target runs in `cargo xtask test`: a smoke test that the targets
/// build and that the kernel survives some thousands of random inputs. Longer runs:
/// `cd crates/geometry/fuzz && cargo fuzz run booleans -s none`.
const FUZZ_SECONDS: &str = "15";

/// A short fuzz of the geometry kernel's booleans and polyhedron builder.
fn fuzz_geometry(shell: &Shell) -> anyhow::Result<()> {
    for target in ["booleans", "polyhedron"] {
        shell.run(
            shell
                .cargo()
                .current_dir(shell.root.join("crates/geometry/fuzz"))
                .env("CARGO_TARGET_DIR", shell.target_dir.join("fuzz"))
                .args(["fuzz", "run", target, "--sanitizer", "none", "--"])
                .arg(format!("-max_total_time={FUZZ_SECONDS}")),
        )?;
    }
    Ok(())
}

/// Builds the server (debug) and returns its binary.
pub fn build_server(shell: &Shell) -> anyhow::Result<PathBuf> {
    shell.run(
        shell
            .cargo()
            .args(["build", "--package", "darbnica-server", "--locked"]),
    )?;
    let server = shell.target_dir.join("debug/darbnica-server");
    tools::require_file(&server, "the server build did not produce it")?;
    Ok(server)
}

/// What the end-to-end harness needs to know: the server, the built app, content, where to put
/// screenshots, and the browser.
pub fn with_e2e_env<'a>(shell: &Shell, command: &'a mut Command, server: &Path) -> &'a mut Command {
    command
        .env("DARBNICA_SERVER_BIN", server)
        .env("DARBNICA_DIST_DIR", shell.root.join("dist"))
        .env("DARBNICA_CONTENT_DIR", shell.root.join("content"))
        .env(
            "DARBNICA_SCREENSHOT_DIR",
            shell.target_dir.join("e2e-screenshots"),
        )
        .env("CHROMIUM", tools::CHROMIUM)
}
