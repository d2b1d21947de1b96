//! `cargo xtask bench runtime`: the Python runtime in headless Chromium against the real server.
//! Prints `runtime_wasm_bytes`, `runtime_wasm_brotli_bytes` (as served), `ready_ms` (from the first
//! Run to the runtime ready: download, compile, start) and `warm_run_ms` (median run of a beginner
//! program once warm, from posting it to the worker to its result) and `exercise_check_warm_ms`
//! (median run and check of a typical exercise once warm: a function exercise with fixed and
//! seeded random cases), from the app's performance measures. Figures inform; nothing passes or
//! fails.

use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

const PROGRAM: &str =
    "skaitli = [5, 3, 8, 1]\nfor s in sorted(skaitli):\n    print(s, s * s)\nprint(sum(skaitli))\n";
const WARM_RUNS: usize = 15;
/// A typical exercise: `is_prime`, checked with fixed cases, 1..100 and random cases.
const EXERCISE: &str = "/courses/programmesanas-pamati/pirmskaitlis";
const EXERCISE_ANSWER: &str = "def is_prime(n):\n    if n < 2:\n        return False\n    for d in range(2, n):\n        if n % d == 0:\n            return False\n    return True\n";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    browser.goto(&server.url("/playground")).await?;
    browser.editor_made().await?;
    browser.replace_text(".cm-content", PROGRAM).await?;
    for _ in 0..=WARM_RUNS {
        browser.click("#run-button").await?;
        browser
            .wait_for_text(".run-result", "Program finished.")
            .await?;
    }
    let ready_ms = browser
        .eval("performance.getEntriesByName('darbnica-python-ready')[0].duration")
        .await?;
    let (first_run_ms, warm_run_ms) = run_measures(&browser, WARM_RUNS + 1).await?;

    // Run and check an exercise, warm: a new page, so the measures start afresh.
    browser.goto(&server.url(EXERCISE)).await?;
    browser.editor_made().await?;
    browser.replace_text(".cm-content", EXERCISE_ANSWER).await?;
    for run in 1..=WARM_RUNS + 1 {
        browser.click("#run-button").await?;
        // Each run counts as a try: the count says this run, not the last one, has ended.
        let tries = if run == 1 {
            "1 try".to_owned()
        } else {
            format!("{run} tries")
        };
        browser.wait_for_text("#exercise-attempts", &tries).await?;
        browser
            .wait_for_text(".check-result--passed", "Correct!")
            .await?;
    }
    let (_, exercise_check_warm_ms) = run_measures(&browser, WARM_RUNS + 1).await?;

    let dist = std::path::PathBuf::from(std::env::var("DARBNICA_DIST_DIR")?);
    // The worker's files are named by their hash; `python-runtime.json` names them.
    let runtime: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dist.join("python-runtime.json"))?)?;
    let wasm = dist.join(
        runtime["wasm"]
            .as_str()
            .ok_or_else(|| anyhow::anyhow!("python-runtime.json names no wasm"))?
            .trim_start_matches('/'),
    );
    let wasm_bytes = std::fs::metadata(&wasm)?.len();
    let brotli_bytes = std::fs::metadata(wasm.with_extension("wasm.br"))?.len();
    browser.finish(&[]).await?;

    println!("first_run_ms={first_run_ms:.1}");
    println!("exercise_check_warm_ms={exercise_check_warm_ms:.1}");
    println!("runtime_wasm_bytes={wasm_bytes}");
    println!(
        "runtime_wasm_brotli_bytes={brotli_bytes} ready_ms={:.0} warm_run_ms={warm_run_ms:.1}",
        ready_ms.as_f64().unwrap_or(f64::NAN)
    );
    Ok(())
}

/// The first of the page's `count` run measures, and the median of the others (the warm runs).
async fn run_measures(browser: &TestBrowser, count: usize) -> anyhow::Result<(f64, f64)> {
    let mut runs: Vec<f64> = serde_json::from_value(
        browser
            .eval(
                "performance.getEntriesByName('darbnica-python-run').map(entry => entry.duration)",
            )
            .await?,
    )?;
    anyhow::ensure!(
        runs.len() == count,
        "expected {count} runs, measured {}",
        runs.len()
    );
    let first = runs.remove(0);
    runs.sort_by(f64::total_cmp);
    Ok((first, runs[runs.len() / 2]))
}
