//! `cargo xtask`: the README's commands. Each installs what it needs that is missing, from the
//! package registries only (crates.io, npm, Debian), then does its job.
//!
//! - `cargo xtask run`: build the app and serve the portal on http://127.0.0.1:8080 (`PORT` overrides)
//! - `cargo xtask build`: build the app (release wasm and the Python runtime) into `dist/`
//! - `cargo xtask dev`: the portal for working on the app: a dev build that rebuilds when a file
//!   changes and reloads the page
//! - `cargo xtask test`: everything CI checks: fmt, clippy (native and wasm32), tests, the wasm
//!   build, content, end-to-end tests in headless Chromium; the server's suites on SQLite and
//!   on a throwaway PostgreSQL cluster
//! - `cargo xtask test server`: only the server's tests, on SQLite and PostgreSQL
//! - `cargo xtask bench size`: the app's wasm size, raw and brotli
//! - `cargo xtask bench runtime`: the Python runtime's size, ready time and warm run, in Chromium
//! - `cargo xtask bench geometry`: the geometry kernel's booleans against Manifold
//! - `cargo xtask bench sandbox`: the 3D sandbox in Chromium: slider → frame, mesh transfer, orbit
//! - `cargo xtask bench game`: the game studio in Chromium: the worker's update for 50, 200 and
//!   1,000 entities, frame times and key press → frame drawn
//! - `cargo xtask bench lighthouse`: Lighthouse (npm) on the home page, an exercise, a model and a
//!   game, against the release build: category scores, LCP, TBT and bytes
//! - `cargo xtask bench load`: 200 students saving progress against SQLite, then a crash mid-load
//! - `cargo xtask bench load postgres`: the same against a local PostgreSQL
//! - `cargo xtask backup FILE`, `cargo xtask restore FILE`: an online SQLite backup, and putting
//!   one back
//! - `cargo xtask bench load signin`: bursts of 500 sign-ins: the server's peak memory, real
//!   sign-ins' p99
//! - `cargo xtask content check`: load `content/` and report each problem as `file:line: message`
//! - `cargo xtask py FILE.py`: run a Python file natively with the portal's runtime
//! - `cargo xtask model FILE.py [--param NAME=VALUE]... [--export OUT]`: build a model natively
//! - `cargo xtask thumbnails`: draw each gallery model's `thumbnail.png` and write its `facts.json`
//!   from the model itself

// Counts the memory each Python run holds, so that `py`, `model` and the content check stop a
// run over its budget as the browser does.
#[global_allocator]
static ALLOCATOR: darbnica_python::CountingAllocator = darbnica_python::CountingAllocator;

mod architecture;
mod bench;
mod build;
mod dev;
mod postgres;
mod prerender;
mod python;
mod service_worker;
mod shell;
mod test;
mod tools;

use std::process::ExitCode;

use anyhow::{Context as _, bail};

use crate::shell::Shell;

/// Prints a failure as its chain of causes, without a backtrace: the commands' own output above
/// it says what failed, and CI shows only the end of the log.
fn main() -> ExitCode {
    match run_command() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run_command() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let shell = Shell::new()?;
    match args.as_slice() {
        ["run"] => run(&shell),
        ["build"] => build::app(&shell),
        ["dev"] => dev::run(&shell),
        ["test"] => test::run(&shell),
        ["test", "server"] => test::server(&shell),
        ["bench", "size"] => bench::size(&shell),
        ["bench", "runtime"] => bench::runtime(&shell),
        ["bench", "geometry"] => bench::geometry(&shell),
        ["bench", "sandbox"] => bench::sandbox(&shell),
        ["bench", "game"] => bench::game(&shell),
        ["bench", "lighthouse"] => bench::lighthouse(&shell),
        ["bench", "load"] => bench::load(&shell),
        ["bench", "load", "postgres"] => bench::load_postgres(&shell),
        ["bench", "load", "signin"] => bench::load_signin(&shell),
        ["backup", file] => server_command(&shell, &["backup", file]),
        ["restore", file] => server_command(&shell, &["restore", file]),
        ["bench", area] => {
            bail!(
                "unknown benchmark area `{area}`; known: size, runtime, geometry, sandbox, game, \
                 lighthouse, load"
            )
        }
        ["content", "check"] => content_check(&shell, None),
        ["content", "check", only] => content_check(&shell, Some(only)),
        ["py", file] => python::run_file(file),
        ["model", file, options @ ..] => python::model(file, options),
        ["thumbnails"] => python::thumbnails(&shell.root.join("content")),
        _ => {
            eprintln!("{}", USAGE);
            bail!("unknown command: {}", args.join(" "));
        }
    }
}

const USAGE: &str = "usage: cargo xtask <command>
  run             build the app and serve the portal on http://127.0.0.1:8080 (PORT overrides)
  build           build the app (release wasm, Python runtime) into dist/
  dev             serve a dev build of the app that rebuilds when a file changes and
                  reloads the page (http://127.0.0.1:8080, PORT overrides)
  test            run every check CI runs (fmt, clippy, tests, wasm build, end-to-end),
                  the server's suites on SQLite and on a throwaway PostgreSQL cluster
  test server     the server's tests only, on SQLite and on PostgreSQL
  bench size      print the app's wasm size (raw and brotli)
  bench runtime   the Python runtime in Chromium: size, ready time, warm run time
  bench geometry  the geometry kernel's booleans against Manifold (manifold3d from PyPI)
  bench sandbox   the 3D sandbox in Chromium: slider move → new frame (p50, p95), mesh
                  transfer and orbit frame times, a line a gallery model
  bench game      the game studio in Chromium: the worker's update (p50, p95) for 50, 200
                  and 1,000 moving entities, a reference game's frame times and key → frame
  bench lighthouse  Lighthouse (npm) on the home page, an exercise, a model and a game:
                  the category scores, LCP, TBT and bytes, a line a page
  bench load      200 students saving progress against the release server on SQLite:
                  saves/s, p50, p99; then kill -9 mid-load: acknowledged and lost saves
  bench load postgres
                  the same against a local PostgreSQL cluster (durable settings)
  content check [PART]
                  check the files under content/, running every exercise (PART: only
                  problems in files whose path contains it)
  py FILE.py      run a Python file with the portal's runtime (stdin passed through)
  model FILE.py [--param NAME=VALUE]... [--export OUT.stl|.3mf|.obj|.glb]
                  build a model script natively: its parameters, measures, and a file
  thumbnails      draw each gallery model's thumbnail.png (320 × 240) from the model";

fn run(shell: &Shell) -> anyhow::Result<()> {
    tools::ensure_build_tools(shell)?;
    content_check_unless_done(shell)?;
    build::app(shell)?;
    // The server's copies of the pages are drawn in Chromium, with the server that will serve them.
    tools::ensure_debian_packages(shell, &[(tools::CHROMIUM, "chromium")])?;
    shell.run(shell.cargo().args([
        "build",
        "--release",
        "--package",
        "darbnica-server",
        "--locked",
    ]))?;
    // Without them the pages still work, only without content before the app has loaded: a
    // failure here is said, and the portal starts (`cargo xtask test` fails on it instead).
    if let Err(error) = prerender::draw(
        shell,
        &shell.root.join("dist"),
        &shell.target_dir.join("release/darbnica-server"),
    ) {
        eprintln!(
            "\nThe pages' copies were not drawn ({error:#}); the portal serves pages without them."
        );
    }
    println!(
        "\nStarting the portal on http://127.0.0.1:{} (Ctrl+C stops it)\n",
        shell.env_or("PORT", "8080")
    );
    shell.run(
        shell
            .cargo()
            .args(["run", "--release", "--package", "darbnica-server"]),
    )
}

/// `cargo xtask backup FILE` and `restore FILE`: the server binary's own commands, on the
/// database `cargo xtask run` uses (or `DATABASE_URL`). A backup is safe while the portal serves.
fn server_command(shell: &Shell, arguments: &[&str]) -> anyhow::Result<()> {
    shell.run(
        shell
            .cargo()
            .args(["run", "--release", "--package", "darbnica-server", "--"])
            .args(arguments),
    )
}

/// The content check, unless it passed before on the same content with this very runtime (the
/// xtask binary, which has the runtime in it): running every exercise takes a while.
fn content_check_unless_done(shell: &Shell) -> anyhow::Result<()> {
    use sha2::Digest as _;
    let mut key = sha2::Sha256::new();
    key.update(std::fs::read(std::env::current_exe()?)?);
    build::hash_path(&mut key, &shell.root.join("content"))?;
    let key = build::hex(&key.finalize());
    let stamp = shell.target_dir.join("darbnica-build/content-checked");
    if std::fs::read_to_string(&stamp).is_ok_and(|checked| checked == key) {
        println!("content: checked before, unchanged");
        return Ok(());
    }
    content_check(shell, None)?;
    std::fs::create_dir_all(stamp.parent().context("the stamp has a folder")?)?;
    std::fs::write(&stamp, key)?;
    Ok(())
}

fn content_check(shell: &Shell, only: Option<&str>) -> anyhow::Result<()> {
    let content_dir = shell.root.join("content");
    let runner = darbnica_python::native::NativeRunner::new();
    match darbnica_python::content::load_and_validate(&content_dir, &runner) {
        Ok(content) => {
            println!(
                "content: {} courses, {} exercises, {} models, {} games, {} workshops, no problems \
                 (every solution passes its checks, every known-wrong answer fails them, every \
                 starter runs, every model builds at every slider end and matches its thumbnail, \
                 every game plays)",
                content.courses.len(),
                content.exercise_count(),
                content.models.len(),
                content.games.len(),
                content.workshops.len()
            );
            Ok(())
        }
        Err(problems) => {
            let problems = match only {
                Some(part) => problems.filtered(part),
                None => problems,
            };
            if problems.is_empty() {
                println!("content: no problems in files under {}", only.unwrap_or(""));
                return Ok(());
            }
            eprint!("{problems}");
            bail!("content/ has {} problem(s)", problems.len())
        }
    }
}
