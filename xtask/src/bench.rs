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
