//! `cargo xtask bench <area>`: measurements that print `key=value` figures on their last lines.
//! They inform; they do not pass or fail.

use crate::build;
use crate::shell::Shell;
use crate::tools;

/// The app's wasm as the browser downloads it: raw, and brotli as the server sends it.
pub fn size(shell: &Shell) -> anyhow::Result<()> {
    tools::ensure_build_tools(shell)?;
    build::app(shell)?;
    let wasm = build::app_wasm(&shell.root.join("dist"))?;
    let bytes = std::fs::read(&wasm)?;
    let brotli = build::brotli_bytes(&bytes)?;
    println!("app_wasm_bytes={}", bytes.len());
    println!("app_wasm_brotli_bytes={}", brotli.len());
    Ok(())
}

/// The Python runtime in headless Chromium: its size as served, the time from the first Run to
/// ready, and a warm run (`tests/src/bin/bench-runtime.rs`).
pub fn runtime(shell: &Shell) -> anyhow::Result<()> {
    tools::ensure_build_tools(shell)?;
    tools::ensure_test_tools(shell)?;
    build::app(shell)?;
    let server = crate::test::build_server(shell)?;
    shell.run(crate::test::with_e2e_env(
        shell,
        shell.cargo().args([
            "run",
            "--release",
            "--package",
            "darbnica-e2e",
            "--bin",
            "bench-runtime",
        ]),
        &server,
    ))
}
