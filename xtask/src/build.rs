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
    externalize_inline_scripts(&dist)?;
    write_runtime_manifest(&dist)?;
    precompress(&dist)
}

/// Moves the scripts Trunk writes inline into `index.html` (the app's start-up) into files of their
/// own, `darbnica-start-<hash>.js`, so that the Content-Security-Policy can forbid inline scripts
/// altogether.
fn externalize_inline_scripts(dist: &Path) -> anyhow::Result<()> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).context("reading dist/index.html")?;
    let (html, scripts) = split_inline_scripts(&html);
    for (name, source) in scripts {
        std::fs::write(dist.join(&name), source).with_context(|| format!("writing {name}"))?;
    }
    std::fs::write(&index, html).context("writing dist/index.html")
}

/// `html` with every `<script …>…</script>` that has no `src` replaced by one that loads its
/// text from a file, and those files' (name, text).
fn split_inline_scripts(html: &str) -> (String, Vec<(String, String)>) {
    use std::hash::{Hash as _, Hasher as _};
    let mut out = String::with_capacity(html.len());
    let mut files = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(open_end) = rest[start..].find('>').map(|end| start + end + 1) else {
            break;
        };
        let Some(close) = rest[open_end..].find("</script>").map(|end| open_end + end) else {
            break;
        };
        let open_tag = &rest[start..open_end];
        out.push_str(&rest[..start]);
        if open_tag.contains(" src=") {
            out.push_str(&rest[start..close + "</script>".len()]);
        } else {
            let source = rest[open_end..close].trim().to_owned();
            let mut hasher = std::hash::DefaultHasher::new();
            source.hash(&mut hasher);
            let name = format!("darbnica-start-{:016x}.js", hasher.finish());
            out.push_str(&format!(
                "{} src=\"/{name}\"></script>",
                open_tag.trim_end_matches('>')
            ));
            files.push((name, source));
        }
        rest = &rest[close + "</script>".len()..];
    }
    out.push_str(rest);
    (out, files)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_move_to_files_and_others_stay() {
        let html = "<head><script type=\"module\">import init from '/app.js';\nawait init();</script>\
            <script src=\"/x.js\"></script></head><body><script>go()</script></body>";
        let (out, files) = split_inline_scripts(html);
        assert_eq!(files.len(), 2);
        assert_eq!(files[0].1, "import init from '/app.js';\nawait init();");
        assert_eq!(files[1].1, "go()");
        assert!(files[0].0.starts_with("darbnica-start-") && files[0].0.ends_with(".js"));
        assert_eq!(
            out,
            format!(
                "<head><script type=\"module\" src=\"/{}\"></script><script src=\"/x.js\"></script>\
                 </head><body><script src=\"/{}\"></script></body>",
                files[0].0, files[1].0
            )
        );
        assert!(!out.contains("init()"));
    }
}
