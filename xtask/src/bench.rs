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
    in_browser(shell, "bench-runtime")
}

/// The 3D sandbox in Chromium: slider move → new frame, mesh transfer, and orbit frame times for
/// each gallery model (`tests/src/bin/bench-sandbox.rs`).
pub fn sandbox(shell: &Shell) -> anyhow::Result<()> {
    in_browser(shell, "bench-sandbox")
}

/// The game studio in headless Chromium (`tests/src/bin/bench-game.rs`): the worker's update for
/// 50, 200 and 1,000 moving entities with collisions, then a reference game's frame times and key
/// press → frame drawn.
pub fn game(shell: &Shell) -> anyhow::Result<()> {
    in_browser(shell, "bench-game")
}

/// Lighthouse (npm) on the home page, an exercise, a model and a game, against the release build
/// (`tests/src/bin/bench-lighthouse.rs`): the category scores, LCP, TBT and bytes a page.
pub fn lighthouse(shell: &Shell) -> anyhow::Result<()> {
    in_browser(shell, "bench-lighthouse")
}

/// Builds the app and the server and runs `bench`, a binary of the e2e crate, against them.
fn in_browser(shell: &Shell, bench: &str) -> anyhow::Result<()> {
    tools::ensure_build_tools(shell)?;
    tools::ensure_test_tools(shell)?;
    build::app(shell)?;
    let server = crate::test::build_server(shell)?;
    crate::prerender::draw(shell, &shell.root.join("dist"), &server)?;
    shell.run(crate::test::with_e2e_env(
        shell,
        shell.cargo().args([
            "run",
            "--release",
            "--package",
            "darbnica-e2e",
            "--bin",
            bench,
        ]),
        &server,
    ))
}

/// The progress API under load against the release server on SQLite, then a SIGKILL in the
/// middle of it (`tests/src/bin/bench-load.rs`): prints `saves_per_s=… p50_ms=… p99_ms=…` and
/// `acknowledged=… lost=…`.
pub fn load(shell: &Shell) -> anyhow::Result<()> {
    load_on(shell, None)
}

/// Bursts of sign-ins with made-up emails from many loopback addresses, with real ones mixed in:
/// the server's peak memory and the real sign-ins' latency (`tests/src/bin/bench-signin.rs`).
pub fn load_signin(shell: &Shell) -> anyhow::Result<()> {
    run_against_release_server(shell, "bench-signin", &[])
}

/// Runs the load client `bin` of the e2e crate (release) against the release server, with `env`.
fn run_against_release_server(
    shell: &Shell,
    bin: &str,
    env: &[(&str, &str)],
) -> anyhow::Result<()> {
    shell.run(shell.cargo().args([
        "build",
        "--release",
        "--locked",
        "--package",
        "darbnica-server",
    ]))?;
    let server = shell.target_dir.join("release/darbnica-server");
    tools::require_file(&server, "the release build did not produce it")?;
    let mut command = shell.cargo();
    command.args([
        "run",
        "--release",
        "--locked",
        "--package",
        "darbnica-e2e",
        "--bin",
        bin,
    ]);
    command.envs(env.iter().copied());
    shell.run(crate::test::with_e2e_env(shell, &mut command, &server))
}

/// The same load on PostgreSQL: a throwaway cluster with PostgreSQL's durable defaults, on the
/// same two cores as the server and the load client.
pub fn load_postgres(shell: &Shell) -> anyhow::Result<()> {
    let cluster = crate::postgres::Cluster::start(shell, crate::postgres::Durability::Durable)?;
    load_on(shell, Some(&cluster.url()))
}

fn load_on(shell: &Shell, postgres: Option<&str>) -> anyhow::Result<()> {
    let env: Vec<(&str, &str)> = postgres
        .map(|url| ("DARBNICA_LOAD_POSTGRES_URL", url))
        .into_iter()
        .collect();
    run_against_release_server(shell, "bench-load", &env)
}

/// The pinned Manifold the kernel is measured against, from PyPI.
const MANIFOLD3D: &str = "manifold3d==3.5.4";
const NUMPY: &str = "numpy==2.4.6";

/// The geometry kernel's booleans against Manifold, on the same meshes: criterion for the kernel
/// (`crates/geometry/benches/booleans.rs`, which also writes the cases out), then
/// `xtask/bench/manifold_bench.py` with `manifold3d` from PyPI (in a virtualenv under the target
/// folder), both single-threaded. Prints a line a case.
pub fn geometry(shell: &Shell) -> anyhow::Result<()> {
    kernel_wasm_size(shell)?;
    let cases = shell.target_dir.join("geometry-bench");
    let _ = std::fs::remove_dir_all(&cases);
    shell.run(
        shell
            .cargo()
            .args([
                "bench",
                "--package",
                "darbnica-geometry",
                "--bench",
                "booleans",
            ])
            .env("DARBNICA_BENCH_DIR", &cases),
    )?;
    let python = manifold_python(shell)?;
    let script = shell.root.join("xtask/bench/manifold_bench.py");
    let output = shell
        .output(
            shell
                .command(&python.to_string_lossy())
                .arg(&script)
                .arg(&cases),
        )
        .ok_or_else(|| anyhow::anyhow!("{} failed", script.display()))?;
    for line in output.lines() {
        let fields: std::collections::HashMap<&str, &str> = line
            .split_whitespace()
            .filter_map(|field| field.split_once('='))
            .collect();
        let (Some(case), Some(manifold_ms)) = (fields.get("case"), fields.get("manifold_ms"))
        else {
            continue;
        };
        let manifold_ms: f64 = manifold_ms.parse()?;
        let estimates = shell
            .target_dir
            .join(format!("criterion/booleans/{case}/new/estimates.json"));
        let estimates: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&estimates)?)?;
        let darbnica_ms = estimates["median"]["point_estimate"]
            .as_f64()
            .unwrap_or(f64::NAN)
            / 1e6;
        let ours: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
            cases.join(format!("{case}.json")),
        )?)?;
        let our_volume = ours["darbnica"]["volume"].as_f64().unwrap_or(f64::NAN);
        let their_volume: f64 = fields
            .get("volume")
            .and_then(|v| v.parse().ok())
            .unwrap_or(f64::NAN);
        println!(
            "case={case} darbnica_ms={darbnica_ms:.2} manifold_ms={manifold_ms:.2} ratio={:.2} \
             watertight={} manifold_watertight={} volume={our_volume:.9} manifold_volume={their_volume:.9} \
             volume_difference={:.1e}",
            darbnica_ms / manifold_ms,
            ours["darbnica"]["watertight"],
            fields.get("watertight").unwrap_or(&"?"),
            (our_volume - their_volume).abs() / their_volume.abs().max(1e-300),
        );
    }
    Ok(())
}

/// What the kernel weighs in the browser: a wasm module using all of it
/// (`crates/geometry/examples/wasm_size.rs`), built with the lean `wasm-release` profile.
fn kernel_wasm_size(shell: &Shell) -> anyhow::Result<()> {
    shell.run(shell.cargo().args([
        "build",
        "--package",
        "darbnica-geometry",
        "--example",
        "wasm_size",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-release",
    ]))?;
    let wasm = shell
        .target_dir
        .join("wasm32-unknown-unknown/wasm-release/examples/wasm_size.wasm");
    let bytes = std::fs::read(&wasm)?;
    println!("kernel_wasm_bytes={}", bytes.len());
    println!(
        "kernel_wasm_brotli_bytes={}",
        build::brotli_bytes(&bytes)?.len()
    );
    Ok(())
}

/// Python with manifold3d, in a virtualenv made (once) under the target folder.
fn manifold_python(shell: &Shell) -> anyhow::Result<std::path::PathBuf> {
    let venv = shell.target_dir.join("manifold-venv");
    let python = venv.join("bin/python");
    let ready = shell
        .output(
            shell
                .command(&python.to_string_lossy())
                .args(["-c", "import manifold3d, numpy"]),
        )
        .is_some();
    if !ready {
        shell.run(shell.command("python3").args(["-m", "venv"]).arg(&venv))?;
        shell.run(
            shell
                .command(&python.to_string_lossy())
                .args(["-m", "pip", "install", "--quiet", MANIFOLD3D, NUMPY]),
        )?;
    }
    Ok(python)
}
