//! Installing what the build and the tests need, only when missing or at the wrong version, and only
//! from the package registries: Trunk and wasm-bindgen-cli from crates.io, binaryen's wasm-opt from
//! npm (package.json), Chromium from Debian.

use std::path::Path;

use anyhow::{Context as _, bail};

use crate::shell::Shell;

const TRUNK_VERSION: &str = "0.22.1";
/// What Trunk.toml's `[tools] wasm_opt` names; package.json pins the same binaryen.
const WASM_OPT_VERSION: &str = "version 132";
pub const CHROMIUM: &str = "/usr/bin/chromium";
const CARGO_FUZZ_VERSION: &str = "0.13.2";

/// The wasm32 toolchain, Trunk, wasm-bindgen (exactly the locked version) and wasm-opt.
pub fn ensure_build_tools(shell: &Shell) -> anyhow::Result<()> {
    // rust-toolchain.toml lists the wasm32 target; this installs the pinned toolchain and target
    // when they are missing and does nothing otherwise.
    shell.run(shell.command("rustup").args(["toolchain", "install"]))?;

    let installed_trunk = shell
        .output(shell.command("trunk").arg("--version"))
        .unwrap_or_default();
    if installed_trunk.trim() != format!("trunk {TRUNK_VERSION}") {
        // Without default features Trunk has no update check, which would reach for the network.
        cargo_install(
            shell,
            "trunk",
            TRUNK_VERSION,
            &["--locked", "--no-default-features", "--features", "rustls"],
        )?;
    }

    let bindgen = wasm_bindgen_version(&shell.root.join("Cargo.lock"))?;
    let installed_bindgen = shell
        .output(shell.command("wasm-bindgen").arg("--version"))
        .unwrap_or_default();
    if installed_bindgen.split_whitespace().nth(1) != Some(bindgen.as_str()) {
        // Not `--locked`: wasm-bindgen-cli 0.2.130's own lock names a webpki-roots release that the
        // registry no longer has.
        cargo_install(shell, "wasm-bindgen-cli", &bindgen, &[])?;
    }

    let wasm_opt = shell.root.join("node_modules/.bin/wasm-opt");
    let installed_wasm_opt =
        shell.output(shell.command(&wasm_opt.to_string_lossy()).arg("--version"));
    // npm records what it installed in node_modules/.package-lock.json; a newer package-lock.json
    // means package.json changed since.
    let npm_stale = modified(&shell.root.join("node_modules/.package-lock.json"))
        < modified(&shell.root.join("package-lock.json"));
    if npm_stale || !installed_wasm_opt.is_some_and(|version| version.contains(WASM_OPT_VERSION)) {
        ensure_debian_packages(shell, &[("npm", "npm")])?;
        shell.run(shell.command("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    }
    // Trunk's `cargo metadata` does not run offline: fetch every crate first.
    shell.run(shell.cargo().args(["fetch", "--locked"]))
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path)
        .and_then(|metadata| metadata.modified())
        .ok()
}

/// Chromium for the end-to-end tests.
pub fn ensure_test_tools(shell: &Shell) -> anyhow::Result<()> {
    ensure_debian_packages(shell, &[(CHROMIUM, "chromium")])?;
    // cargo-fuzz, for the geometry kernel's short fuzz (it runs on the stable toolchain with
    // `--sanitizer none`; libFuzzer is built with the system's C++ compiler).
    let installed_fuzz = shell
        .output(shell.cargo().args(["fuzz", "--version"]))
        .unwrap_or_default();
    if installed_fuzz.trim() != format!("cargo-fuzz {CARGO_FUZZ_VERSION}") {
        cargo_install(shell, "cargo-fuzz", CARGO_FUZZ_VERSION, &["--locked"])?;
    }
    ensure_debian_packages(shell, &[("g++", "g++")])
}

/// Installs `package` at `version` from crates.io, with `more` arguments for `cargo install`.
/// `--force`: cargo may remember an install whose binary is gone or of another version.
fn cargo_install(shell: &Shell, package: &str, version: &str, more: &[&str]) -> anyhow::Result<()> {
    shell.run(
        shell
            .cargo()
            .env_remove("CARGO_TARGET_DIR")
            .args(["install", "--force", package, "--version", version])
            .args(more),
    )
}

/// Installs each Debian package whose program (a name on PATH or an absolute path) is missing.
pub fn ensure_debian_packages(shell: &Shell, needed: &[(&str, &str)]) -> anyhow::Result<()> {
    let missing: Vec<&str> = needed
        .iter()
        .filter(|(program, _)| !is_installed(shell, program))
        .map(|(_, package)| *package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let sudo = shell
        .output(shell.command("id").arg("-u"))
        .is_none_or(|uid| uid.trim() != "0");
    let apt = |args: &[&str]| {
        let mut command = shell.command(if sudo { "sudo" } else { "apt-get" });
        if sudo {
            command.arg("apt-get");
        }
        command.env("DEBIAN_FRONTEND", "noninteractive").args(args);
        command
    };
    shell.run(&mut apt(&["update", "-q"]))?;
    let mut install = apt(&["install", "-y", "-q", "--no-install-recommends"]);
    install.args(&missing);
    shell
        .run(&mut install)
        .with_context(|| format!("installing {} from Debian", missing.join(", ")))
}

fn is_installed(shell: &Shell, program: &str) -> bool {
    if program.starts_with('/') {
        Path::new(program).exists()
    } else {
        shell
            .output(
                shell
                    .command("sh")
                    .args(["-c", &format!("command -v {program}")]),
            )
            .is_some()
    }
}

/// The wasm-bindgen version in Cargo.lock: the CLI must be exactly this version.
fn wasm_bindgen_version(lock_file: &Path) -> anyhow::Result<String> {
    let lock = std::fs::read_to_string(lock_file)
        .with_context(|| format!("reading {}", lock_file.display()))?;
    locked_version(&lock, "wasm-bindgen")
        .with_context(|| format!("{} has no wasm-bindgen", lock_file.display()))
}

fn locked_version(lock: &str, package: &str) -> Option<String> {
    let name_line = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == name_line {
            let version = lines
                .next()?
                .strip_prefix("version = \"")?
                .strip_suffix('"')?;
            return Some(version.to_owned());
        }
    }
    None
}

/// Fails with a clear message when a file that a step needs is not where it should be.
pub fn require_file(path: &Path, how_to_get_it: &str) -> anyhow::Result<()> {
    if !path.exists() {
        bail!("{} is missing: {how_to_get_it}", path.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_locked_version_of_one_package() {
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.2.1\"\n\n\
                    [[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\nsource = \"registry\"\n";
        assert_eq!(
            locked_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(locked_version(lock, "leptos"), None);
    }
}
