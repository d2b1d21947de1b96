//! Building the browser app with Trunk, then writing a brotli and a gzip twin of each text and wasm
//! file in `dist/`, which the server sends to browsers that accept them.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::shell::Shell;

/// Builds the app in release mode into `dist/` (Trunk with the pinned tools, offline).
pub fn app(shell: &Shell) -> anyhow::Result<()> {
    let bindgen = shell
        .output(shell.command("wasm-bindgen").arg("--version"))
        .and_then(|version| version.split_whitespace().nth(1).map(str::to_owned))
        .context("wasm-bindgen is not installed")?;
    // The code editor (CodeMirror from npm), bundled where index.html's copy-dir takes it from.
    let editor_dir = shell.root.join("app/generated/editor");
    std::fs::create_dir_all(&editor_dir)?;
    shell.run(
        shell
            .command(
                &shell
                    .root
                    .join("node_modules/.bin/esbuild")
                    .to_string_lossy(),
            )
            .args([
                "editor/editor.js",
                "--bundle",
                "--minify",
                "--format=esm",
                "--log-level=warning",
                &format!("--outfile={}", editor_dir.join("editor.js").display()),
            ]),
    )?;
    shell.run(
        shell
            .command("trunk")
            .args(["build", "--release"])
            .env("TRUNK_TOOLS_WASM_BINDGEN", bindgen)
            .env("NO_COLOR", "true"),
    )?;
    let dist = shell.root.join("dist");
    write_runtime_manifest(&dist)?;
    precompress(&dist)
}

/// `python-runtime.json`: the hashed names of the Python worker's files, which the app reads the
/// first time code runs, and the wasm's size for its progress bar.
fn write_runtime_manifest(dist: &Path) -> anyhow::Result<()> {
    let wasm = python_runtime_wasm(dist)?;
    let wasm_name = file_name(&wasm);
    let script = wasm_name
        .strip_suffix("_bg.wasm")
        .map(|stem| format!("{stem}.js"))
        .context("odd wasm name")?;
    anyhow::ensure!(
        dist.join(&script).is_file(),
        "the worker's script {script} is missing"
    );
    let manifest = format!(
        "{{\"script\":\"/{script}\",\"wasm\":\"/{wasm_name}\",\"wasm_bytes\":{}}}\n",
        std::fs::metadata(&wasm)?.len()
    );
    std::fs::write(dist.join("python-runtime.json"), manifest)
        .context("writing python-runtime.json")
}

/// The Python worker's wasm file in `dist/`.
pub fn python_runtime_wasm(dist: &Path) -> anyhow::Result<PathBuf> {
    files(dist)?
        .into_iter()
        .find(|path| {
            file_name(path).starts_with("darbnica-worker") && file_name(path).ends_with("_bg.wasm")
        })
        .with_context(|| format!("no darbnica-worker*_bg.wasm in {}", dist.display()))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The app's wasm file in `dist/`.
pub fn app_wasm(dist: &Path) -> anyhow::Result<PathBuf> {
    files(dist)?
        .into_iter()
        .find(|path| {
            file_name(path).starts_with("darbnica-app") && file_name(path).ends_with("_bg.wasm")
        })
        .with_context(|| format!("no *_bg.wasm in {}", dist.display()))
}

fn precompress(dist: &Path) -> anyhow::Result<()> {
    for path in files(dist)? {
        let compressible = matches!(
            path.extension().and_then(|extension| extension.to_str()),
            Some("wasm" | "js" | "css" | "html" | "svg" | "webmanifest" | "json")
        );
        if !compressible {
            continue;
        }
        let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        write_beside(&path, "br", &brotli_bytes(&bytes)?)?;
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gzip.write_all(&bytes)?;
        write_beside(&path, "gz", &gzip.finish()?)?;
    }
    Ok(())
}

/// Brotli at its best quality: what the server sends for the file.
pub fn brotli_bytes(bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut compressed = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 24,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut compressed, &params)
        .context("brotli compression")?;
    Ok(compressed)
}

fn write_beside(path: &Path, extension: &str, bytes: &[u8]) -> anyhow::Result<()> {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(extension);
    std::fs::write(&name, bytes)
        .with_context(|| format!("writing {}", PathBuf::from(&name).display()))
}

fn files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in
            std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))?
        {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path)
            } else {
                found.push(path)
            }
        }
    }
    found.sort();
    Ok(found)
}
