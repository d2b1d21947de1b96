//! Building the browser app into a `dist` folder: the code editor's bundle (esbuild), the app
//! (Trunk), the Python worker (cargo, wasm-bindgen and wasm-opt, here rather than in Trunk so that
//! it is rebuilt only when it changed), the runtime's manifest, and a brotli and a gzip twin of each
//! text and wasm file, which the server sends to browsers that accept them.
//!
//! Every slow step is skipped when its inputs are the ones it last ran on: cargo decides whether
//! the wasm changed; the worker's finished files are kept by the hash of its wasm, Trunk's output
//! by the hash of everything it reads, each compressed twin by the hash of its file. An unchanged
//! tree builds in seconds (`cargo xtask run`), a changed app file in the time Trunk takes.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use sha2::{Digest as _, Sha256};

use crate::shell::Shell;

/// The wasm-opt settings of every release wasm (the app's are in `app/index.html`, for Trunk).
const WASM_OPT_ARGS: &[&str] = &[
    "-Oz",
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// How the app is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// What users get, CI tests and the benchmarks measure: `wasm-release`, wasm-opt, compressed.
    Release,
    /// `cargo xtask dev`: the app in cargo's dev profile, no wasm-opt, no compression, and a script
    /// that reloads the page when a new build is there. The Python worker stays a release build, so
    /// programs behave and take the time they do for users.
    Dev,
}

impl Mode {
    fn dist(self, shell: &Shell) -> PathBuf {
        match self {
            Mode::Release => shell.root.join("dist"),
            Mode::Dev => shell.root.join("dist-dev"),
        }
    }
}

/// Builds the app in release mode into `dist/`.
pub fn app(shell: &Shell) -> anyhow::Result<()> {
    build(shell, Mode::Release).map(|_| ())
}

/// Builds the app into its mode's folder, which it gives back.
pub fn build(shell: &Shell, mode: Mode) -> anyhow::Result<PathBuf> {
    let dist = mode.dist(shell);
    // `wasm-bindgen 0.2.130`: part of both the worker's and the app's keys.
    let bindgen = shell
        .output(shell.command("wasm-bindgen").arg("--version"))
        .context("wasm-bindgen is not installed")?;
    let editor = bundle_editor(shell)?;
    let worker = python_worker(shell, &bindgen)?;
    trunk(shell, mode, &dist, &bindgen)?;
    install_worker(&worker, &dist)?;
    externalize_inline_scripts(&dist)?;
    name_the_editor(&dist, &editor)?;
    write_runtime_manifest(&dist)?;
    draw_icons(&shell.root.join("public/icons/logo.svg"), &dist)?;
    match mode {
        Mode::Release => {
            crate::service_worker::build(shell, &dist)?;
            precompress(shell, &dist)?;
        }
        // A service worker would answer from its copy instead of the build just made.
        Mode::Dev => {
            crate::service_worker::remove(&dist)?;
            write_reload_script(&dist)?;
        }
    }
    Ok(dist)
}

/// Bundles the JavaScript module `source` with what it imports from npm, minified (esbuild, from
/// `node_modules`), as `format` (`esm`, `iife`); gives the bundle's path under the target dir.
pub fn esbuild(
    shell: &Shell,
    source: &str,
    format: &str,
    extra: &[&str],
) -> anyhow::Result<PathBuf> {
    let name = Path::new(source)
        .file_name()
        .context("a source file to bundle")?;
    let bundle = shell.target_dir.join("darbnica-build").join(name);
    let esbuild = shell.root.join("node_modules/.bin/esbuild");
    shell.run(
        shell
            .command(&esbuild.to_string_lossy())
            .args([
                source,
                "--bundle",
                "--minify",
                &format!("--format={format}"),
            ])
            .args(extra)
            .args([
                "--log-level=warning",
                &format!("--outfile={}", bundle.display()),
            ]),
    )?;
    Ok(bundle)
}

/// The code editor (CodeMirror from npm), bundled where index.html's copy-dir takes it from, as
/// `editor-<hash>.js` (named by its contents, so browsers may keep it for a year); returns that
/// name, which `name_the_editor` puts into `index.html` for the app.
fn bundle_editor(shell: &Shell) -> anyhow::Result<String> {
    let editor_dir = shell.root.join("app/generated/editor");
    std::fs::create_dir_all(&editor_dir)?;
    let bundle = esbuild(shell, "editor/editor.js", "esm", &[])?;
    let code = std::fs::read(&bundle).context("reading the editor's bundle")?;
    let name = format!("editor-{}.js", &hex(&Sha256::digest(&code))[..16]);
    for path in files(&editor_dir)? {
        if file_name(&path) != name {
            std::fs::remove_file(&path)?;
        }
    }
    let target = editor_dir.join(&name);
    if !target.is_file() {
        std::fs::write(&target, code).with_context(|| format!("writing {name}"))?;
    }
    Ok(name)
}

/// Tells the app the editor bundle's name: `<meta name="darbnica-editor">` in `index.html`
/// (`app/src/running/code_editor.rs` reads it), replacing the one of an earlier build.
fn name_the_editor(dist: &Path, editor: &str) -> anyhow::Result<()> {
    set_meta(dist, "darbnica-editor", Some(&format!("/editor/{editor}")))
}

/// Puts `<meta name="{name}" content="{content}">` into `dist/index.html`, instead of the one of
/// an earlier build; `None` takes it out.
pub fn set_meta(dist: &Path, name: &str, content: Option<&str>) -> anyhow::Result<()> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).context("reading dist/index.html")?;
    let meta = content
        .map(|content| format!("<meta name=\"{name}\" content=\"{content}\">"))
        .unwrap_or_default();
    let html = match html.find(&format!("<meta name=\"{name}\"")) {
        Some(start) => {
            let end = start + html[start..].find('>').context("an unclosed meta")? + 1;
            format!("{}{meta}{}", &html[..start], &html[end..])
        }
        None => html.replacen("</head>", &format!("{meta}</head>"), 1),
    };
    std::fs::write(&index, html).context("writing dist/index.html")
}

/// The app with Trunk, unless `dist` already holds the build of these very inputs.
fn trunk(shell: &Shell, mode: Mode, dist: &Path, bindgen: &str) -> anyhow::Result<()> {
    let (profile, folder) = match mode {
        Mode::Release => ("wasm-release", "wasm-release"),
        Mode::Dev => ("dev", "debug"),
    };
    // Cargo knows whether the app's wasm is up to date: build it first (Trunk's own cargo run then
    // finds it fresh), and key Trunk's output by it and by everything else Trunk reads.
    shell.run(shell.cargo().args([
        "build",
        "--package",
        "darbnica-app",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        profile,
        "--locked",
    ]))?;
    let wasm = shell
        .target_dir
        .join("wasm32-unknown-unknown")
        .join(folder)
        .join("darbnica-app.wasm");
    let mut key = Sha256::new();
    key.update(format!("{mode:?} {bindgen}\n"));
    // What `externalize_inline_scripts` adds to Trunk's output.
    key.update(PAINT_FIRST);
    for input in [
        wasm,
        shell.root.join("app/index.html"),
        shell.root.join("Trunk.toml"),
        shell.root.join("package-lock.json"),
        shell.root.join("public"),
        shell.root.join("app/generated/editor"),
    ] {
        hash_path(&mut key, &input)?;
    }
    let key = hex(&key.finalize());
    let stamp = dist.join(".darbnica-build");
    if std::fs::read_to_string(&stamp).is_ok_and(|built| built == key) {
        println!("app: {} is up to date", dist.display());
        return Ok(());
    }
    let version = bindgen
        .split_whitespace()
        .nth(1)
        .context("odd wasm-bindgen --version")?;
    let mut trunk = shell.command("trunk");
    trunk
        .arg("build")
        .arg(format!("--dist={}", dist.display()))
        .env("TRUNK_TOOLS_WASM_BINDGEN", version)
        .env("NO_COLOR", "true");
    if mode == Mode::Release {
        trunk.arg("--release");
    }
    shell.run(&mut trunk)?;
    std::fs::write(&stamp, key).context("writing the build stamp")
}

/// The Python worker's files: wasm-bindgen's glue (a classic script) and the optimised wasm, both
/// named by the wasm's hash.
struct WorkerFiles {
    dir: PathBuf,
    names: Vec<String>,
}

/// Builds the worker (release) and makes its files, or finds them made for this very wasm.
fn python_worker(shell: &Shell, bindgen: &str) -> anyhow::Result<WorkerFiles> {
    let messages = shell.run_captured(shell.cargo().args([
        "build",
        "--package",
        "darbnica-worker",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-release",
        "--locked",
        "--message-format=json-render-diagnostics",
    ]))?;
    let library = on_demand_library(&messages)?;
    let wasm = shell
        .target_dir
        .join("wasm32-unknown-unknown/wasm-release/darbnica-worker.wasm");
    let wasm_opt = shell.root.join("node_modules/.bin/wasm-opt");
    let wasm_opt_version = shell
        .output(shell.command(&wasm_opt.to_string_lossy()).arg("--version"))
        .context("wasm-opt is not installed")?;
    let mut key = Sha256::new();
    key.update(format!(
        "{bindgen}\n{wasm_opt_version}\n{WASM_OPT_ARGS:?}\n"
    ));
    hash_path(&mut key, &wasm)?;
    let key = hex(&key.finalize());
    let dir = shell
        .target_dir
        .join("darbnica-build/worker")
        .join(&key[..16]);
    let done = dir.join(".done");
    if !done.is_file() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        shell.run(
            shell
                .command("wasm-bindgen")
                .args(["--target", "no-modules", "--no-typescript"])
                .args(["--out-name", "darbnica-worker", "--out-dir"])
                .arg(&dir)
                .arg(&wasm),
        )?;
        let bound = dir.join("darbnica-worker_bg.wasm");
        let optimised = dir.join("optimised.wasm");
        shell.run(
            shell
                .command(&wasm_opt.to_string_lossy())
                .args(WASM_OPT_ARGS)
                .arg(&bound)
                .arg("-o")
                .arg(&optimised),
        )?;
        std::fs::remove_file(&bound)?;
        // Named by their contents, so that browsers may keep them for ever.
        let stem = format!(
            "darbnica-worker-{}",
            &hex(&Sha256::digest(std::fs::read(&optimised)?))[..16]
        );
        std::fs::rename(&optimised, dir.join(format!("{stem}_bg.wasm")))?;
        std::fs::rename(
            dir.join("darbnica-worker.js"),
            dir.join(format!("{stem}.js")),
        )?;
        std::fs::copy(&library.path, dir.join(&library.name))
            .context("copying the on-demand Python library")?;
        std::fs::write(&done, &stem)?;
    } else {
        println!("python worker: up to date ({})", &key[..16]);
    }
    let stem = std::fs::read_to_string(&done)?;
    Ok(WorkerFiles {
        dir,
        names: vec![
            format!("{stem}.js"),
            format!("{stem}_bg.wasm"),
            library.name,
        ],
    })
}

/// The on-demand Python library (`crates/python/build.rs`): where the build wrote it, and the
/// file name the worker asks the portal for.
struct OnDemandLibrary {
    path: PathBuf,
    name: String,
}

/// Finds the library in the output folder of darbnica-python's build script, which cargo names
/// among its JSON messages.
fn on_demand_library(messages: &str) -> anyhow::Result<OnDemandLibrary> {
    let out_dir = messages
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["reason"] == "build-script-executed")
        .filter(|message| {
            message["package_id"]
                .as_str()
                .is_some_and(|id| id.contains("darbnica-python"))
        })
        .find_map(|message| message["out_dir"].as_str().map(PathBuf::from))
        .context("cargo did not say where darbnica-python's build script wrote its files")?;
    let name = std::fs::read_to_string(out_dir.join("on-demand.name"))
        .context("reading the on-demand library's name")?;
    Ok(OnDemandLibrary {
        path: out_dir.join("on-demand.bin"),
        name,
    })
}

/// Puts the worker's files into `dist`, instead of any older ones.
fn install_worker(worker: &WorkerFiles, dist: &Path) -> anyhow::Result<()> {
    for path in files(dist)? {
        let name = file_name(&path);
        if (name.starts_with("darbnica-worker-") || name.starts_with("darbnica-pylib-"))
            && !worker.names.iter().any(|n| name.starts_with(n.as_str()))
        {
            std::fs::remove_file(&path)?;
        }
    }
    for name in &worker.names {
        let target = dist.join(name);
        if !target.is_file() {
            std::fs::copy(worker.dir.join(name), &target)
                .with_context(|| format!("copying {name}"))?;
        }
    }
    Ok(())
}

/// The PNG icons that installers and home screens want, drawn from the SVG logo (which
/// `manifest.webmanifest` also names) into `dist/icons/`: 192 and 512 pixels; a maskable 512 (the
/// logo within the middle 80%, its background colour to the edges, for launchers that cut icons
/// into shapes); and Apple's 180. And `dist/favicon.ico`, which browsers ask for by themselves.
fn draw_icons(logo: &Path, dist: &Path) -> anyhow::Result<()> {
    let icons = dist.join("icons");
    use resvg::tiny_skia::{Color, Pixmap, Transform};
    let svg = std::fs::read(logo).with_context(|| format!("reading {}", logo.display()))?;
    let tree = resvg::usvg::Tree::from_data(&svg, &resvg::usvg::Options::default())
        .with_context(|| format!("reading {}", logo.display()))?;
    std::fs::create_dir_all(&icons)?;
    // (file, size in pixels, the logo's share of it: below 1 on a full background)
    let sizes = [
        ("icons/icon-192.png", 192, 1.0),
        ("icons/icon-512.png", 512, 1.0),
        ("icons/icon-maskable-512.png", 512, 0.8),
        ("icons/apple-touch-icon.png", 180, 0.86),
        ("favicon.ico", 32, 1.0),
    ];
    for (name, size, share) in sizes {
        let mut pixmap = Pixmap::new(size, size).context("an icon's pixmap")?;
        if share < 1.0 {
            // The logo's own background colour (`#0f6f66`).
            pixmap.fill(Color::from_rgba8(0x0f, 0x6f, 0x66, 0xff));
        }
        let side = size as f32 * share;
        let scale = side / tree.size().width().max(tree.size().height());
        let offset = (size as f32 - side) / 2.0;
        resvg::render(
            &tree,
            Transform::from_scale(scale, scale).post_translate(offset, offset),
            &mut pixmap.as_mut(),
        );
        let png = pixmap.encode_png().context("encoding an icon")?;
        let bytes = if name.ends_with(".ico") {
            ico_of_png(&png, size)
        } else {
            png
        };
        let path = dist.join(name);
        if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
        }
    }
    Ok(())
}

/// An `.ico` file holding one PNG image of `size` pixels (the ICO directory, then the PNG), as
/// every browser reads it.
fn ico_of_png(png: &[u8], size: u32) -> Vec<u8> {
    let side = u8::try_from(size).unwrap_or(0); // 0 means 256 in an ICO directory
    let length = u32::try_from(png.len()).expect("an icon under 4 GB");
    let mut ico = vec![0, 0, 1, 0, 1, 0]; // reserved, type 1 (icon), one image
    ico.extend_from_slice(&[side, side, 0, 0]); // width, height, no palette, reserved
    ico.extend_from_slice(&1u16.to_le_bytes()); // colour planes
    ico.extend_from_slice(&32u16.to_le_bytes()); // bits per pixel
    ico.extend_from_slice(&length.to_le_bytes());
    ico.extend_from_slice(&22u32.to_le_bytes()); // the image starts after these 22 bytes
    ico.extend_from_slice(png);
    ico
}

/// Moves the scripts Trunk writes inline into `index.html` (the app's start-up) into files of their
/// own, `darbnica-start-<hash>.js`, so that the Content-Security-Policy can forbid inline scripts
/// altogether. (An `index.html` already done has none left.) The app's start waits for the first
/// paint when the page came with the server's copy ([`PAINT_FIRST`]).
fn externalize_inline_scripts(dist: &Path) -> anyhow::Result<()> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).context("reading dist/index.html")?;
    let (html, scripts) = split_inline_scripts(&html);
    for (name, source) in scripts {
        std::fs::write(dist.join(&name), source).with_context(|| format!("writing {name}"))?;
    }
    std::fs::write(&index, html).context("writing dist/index.html")
}

/// Put before the app's start-up (the script that fetches its wasm): when the server sent a copy of
/// the page (`darbnica_api::prerendered`), the app's code is fetched after the copy has painted
/// (the frame after its stylesheet arrived), so that the copy does not share a slow connection with
/// 650 KB of wasm (the server drops the wasm's preload from such pages). A tab opened in the
/// background paints nothing: it does not wait.
const PAINT_FIRST: &str = "if(document.getElementById(\"prerendered\")&&document.visibilityState!==\"hidden\")\
await new Promise(done=>requestAnimationFrame(()=>setTimeout(done)));\n";

/// `html` with every `<script …>…</script>` that has no `src` replaced by one that loads its
/// text from a file, and those files' (name, text).
fn split_inline_scripts(html: &str) -> (String, Vec<(String, String)>) {
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
            let mut source = rest[open_end..close].trim().to_owned();
            if source.contains("await init(") {
                source.insert_str(0, PAINT_FIRST);
            }
            let name = format!(
                "darbnica-start-{}.js",
                &hex(&Sha256::digest(source.as_bytes()))[..16]
            );
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

/// Dev builds only: `dev-reload.js` asks for `dev-build.txt` every second and reloads the page
/// when it changed, so an edit shows in the browser by itself.
fn write_reload_script(dist: &Path) -> anyhow::Result<()> {
    let build = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|since| since.as_millis())
        .unwrap_or_default();
    std::fs::write(dist.join("dev-build.txt"), build.to_string())?;
    std::fs::write(
        dist.join("dev-reload.js"),
        "// cargo xtask dev: reload when a new build is there.\n\
         let seen = null;\n\
         setInterval(async () => {\n\
         \x20 try {\n\
         \x20   const build = await (await fetch('/dev-build.txt', { cache: 'no-store' })).text();\n\
         \x20   if (seen !== null && build !== seen) location.reload();\n\
         \x20   seen = build;\n\
         \x20 } catch (_) {}\n\
         }, 1000);\n",
    )?;
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index)?;
    if !html.contains("/dev-reload.js") {
        let html = html.replacen(
            "</head>",
            "<script src=\"/dev-reload.js\" defer></script></head>",
            1,
        );
        std::fs::write(&index, html)?;
    }
    Ok(())
}

/// The Python worker's wasm file in `dist/`.
pub fn python_runtime_wasm(dist: &Path) -> anyhow::Result<PathBuf> {
    wasm_file(dist, "darbnica-worker")
}

/// The app's wasm file in `dist/`.
pub fn app_wasm(dist: &Path) -> anyhow::Result<PathBuf> {
    wasm_file(dist, "darbnica-app")
}

/// The wasm file Trunk made in `dist/` for the crate `name`: `<name>-<hash>_bg.wasm`.
fn wasm_file(dist: &Path, name: &str) -> anyhow::Result<PathBuf> {
    files(dist)?
        .into_iter()
        .find(|path| file_name(path).starts_with(name) && file_name(path).ends_with("_bg.wasm"))
        .with_context(|| format!("no {name}*_bg.wasm in {}", dist.display()))
}

pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Writes `file.br` and `file.gz` beside each text and wasm file, from a cache of earlier
/// compressions keyed by the file's hash (brotli at quality 11 takes most of a minute for the
/// worker), and drops twins whose file is gone.
fn precompress(shell: &Shell, dist: &Path) -> anyhow::Result<()> {
    let cache = shell.target_dir.join("darbnica-build/compressed");
    std::fs::create_dir_all(&cache)?;
    let all = files(dist)?;
    for path in &all {
        let extension = path.extension().and_then(|extension| extension.to_str());
        if let Some("br" | "gz") = extension
            && !path.with_extension("").is_file()
        {
            std::fs::remove_file(path)?;
        }
        // The server's copies of the pages: read by the server, never sent as they are.
        let compressible = matches!(
            extension,
            Some("wasm" | "js" | "css" | "html" | "svg" | "webmanifest" | "json" | "bin")
        ) && file_name(path) != darbnica_api::prerendered::FILE;
        if !compressible {
            continue;
        }
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        let hash = hex(&Sha256::digest(&bytes));
        for (extension, compress) in [
            ("br", brotli_bytes as fn(&[u8]) -> anyhow::Result<Vec<u8>>),
            ("gz", gzip_bytes),
        ] {
            let cached = cache.join(format!("{hash}.{extension}"));
            if !cached.is_file() {
                let partial = cache.join(format!("{hash}.{extension}.partial"));
                std::fs::write(&partial, compress(&bytes)?)?;
                std::fs::rename(&partial, &cached)?;
            }
            let mut twin = path.as_os_str().to_owned();
            twin.push(".");
            twin.push(extension);
            std::fs::copy(&cached, &twin)
                .with_context(|| format!("writing {}", PathBuf::from(&twin).display()))?;
        }
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

fn gzip_bytes(bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(bytes)?;
    Ok(gzip.finish()?)
}

/// Adds a file's name and contents, or every file's under a folder, to `hasher`.
pub fn hash_path(hasher: &mut Sha256, path: &Path) -> anyhow::Result<()> {
    let paths = if path.is_dir() {
        files(path)?
    } else {
        vec![path.to_path_buf()]
    };
    for path in paths {
        hasher.update(path.to_string_lossy().as_bytes());
        hasher.update(std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?);
    }
    Ok(())
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

pub fn files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
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
    fn the_editors_name_goes_into_index_html_once() {
        let dist = tempfile::tempdir().unwrap();
        let index = dist.path().join("index.html");
        std::fs::write(
            &index,
            "<html><head><title>D</title></head><body></body></html>",
        )
        .unwrap();
        name_the_editor(dist.path(), "editor-0000000000000001.js").unwrap();
        name_the_editor(dist.path(), "editor-0000000000000002.js").unwrap();
        let html = std::fs::read_to_string(&index).unwrap();
        assert_eq!(
            html,
            "<html><head><title>D</title><meta name=\"darbnica-editor\" \
             content=\"/editor/editor-0000000000000002.js\"></head><body></body></html>"
        );
    }

    #[test]
    fn inline_scripts_move_to_files_and_others_stay() {
        let html = "<head><script type=\"module\">import init from '/app.js';\nawait init();</script>\
            <script src=\"/x.js\"></script></head><body><script>go()</script></body>";
        let (out, files) = split_inline_scripts(html);
        assert_eq!(files.len(), 2);
        // The app's start-up waits for the copy's first paint; other scripts are as they were.
        assert_eq!(
            files[0].1,
            format!("{PAINT_FIRST}import init from '/app.js';\nawait init();")
        );
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
        // Done twice, nothing changes.
        assert_eq!(split_inline_scripts(&out), (out.clone(), Vec::new()));
    }

    #[test]
    fn compressed_twins_come_from_the_cache_and_follow_their_files() {
        let dir = tempfile::tempdir().unwrap();
        let dist = dir.path().join("dist");
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("a.js"), "console.log('a');".repeat(100)).unwrap();
        std::fs::write(dist.join("gone.js.br"), "old").unwrap();
        std::fs::write(dist.join("picture.png"), [0u8; 10]).unwrap();
        let shell = Shell::for_tests(dir.path());
        precompress(&shell, &dist).unwrap();
        let br = std::fs::read(dist.join("a.js.br")).unwrap();
        let mut plain = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut plain).unwrap();
        assert_eq!(plain, std::fs::read(dist.join("a.js")).unwrap());
        assert!(dist.join("a.js.gz").is_file());
        assert!(!dist.join("gone.js.br").exists());
        assert!(!dist.join("picture.png.br").exists());
        // A changed file gets a new twin, not the cached one of its old contents.
        std::fs::write(dist.join("a.js"), "console.log('b');").unwrap();
        precompress(&shell, &dist).unwrap();
        let br = std::fs::read(dist.join("a.js.br")).unwrap();
        let mut plain = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut plain).unwrap();
        assert_eq!(plain, b"console.log('b');");
    }
}
