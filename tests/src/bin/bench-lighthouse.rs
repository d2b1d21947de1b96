//! `cargo xtask bench lighthouse`: Lighthouse (npm, `node_modules/.bin/lighthouse`) against the
//! release build of the app on the real server, in Debian's headless Chromium, with Lighthouse's
//! mobile defaults (a mid-range phone, simulated slow 4G). Prints a line a page: the category
//! scores (0–100), the paint and blocking times, the largest paint's element, and where the full
//! report is saved. Figures inform; nothing passes or fails.

use std::path::Path;
use std::process::Command;

use darbnica_e2e::TestServer;

/// The home page, an exercise, a gallery model and a game.
const PAGES: &[&str] = &[
    "/",
    "/courses/programmesanas-pamati/sveika-pasaule",
    "/models/zobrats",
    "/games/pongs",
];

fn main() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let lighthouse = root.join("node_modules/.bin/lighthouse");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    for page in PAGES {
        // Lighthouse sometimes loses the page load's trace on a cold machine ("NO_NAVSTART") and
        // asks to be run again: once more, then it is an error.
        let mut output = lighthouse_run(&lighthouse, &chromium, &server.url(page))?;
        if !output.status.success()
            && String::from_utf8_lossy(&output.stderr).contains("NO_NAVSTART")
        {
            output = lighthouse_run(&lighthouse, &chromium, &server.url(page))?;
        }
        if !output.status.success() {
            anyhow::bail!(
                "lighthouse failed on {page}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        // The whole report, for a closer look (open it in the Lighthouse viewer).
        let reports = reports_dir();
        std::fs::create_dir_all(&reports)?;
        let slug = page.trim_matches('/').replace('/', "_");
        let saved = reports.join(format!(
            "{}.json",
            if slug.is_empty() { "home" } else { &slug }
        ));
        std::fs::write(&saved, &output.stdout)?;
        let report: serde_json::Value = serde_json::from_slice(&output.stdout)?;
        let score = |category: &str| {
            report["categories"][category]["score"]
                .as_f64()
                .map_or_else(|| "n/a".to_owned(), |score| format!("{:.0}", score * 100.0))
        };
        let audit = |id: &str| {
            report["audits"][id]["numericValue"]
                .as_f64()
                .map_or_else(|| "n/a".to_owned(), |value| format!("{value:.0}"))
        };
        // Lighthouse 13 names the element in its LCP breakdown, beside the breakdown's table.
        let lcp_element: String = report["audits"]["lcp-breakdown-insight"]["details"]["items"]
            .as_array()
            .and_then(|items| items.iter().find(|item| item["type"] == "node"))
            .and_then(|node| node["selector"].as_str())
            .unwrap_or("n/a")
            .chars()
            .take(80)
            .collect();
        println!(
            "page={page} performance={} accessibility={} best_practices={} seo={} \
             fcp_ms={} lcp_ms={} tbt_ms={} cls={} bytes={} lcp_element={lcp_element:?} report={}",
            score("performance"),
            score("accessibility"),
            score("best-practices"),
            score("seo"),
            audit("first-contentful-paint"),
            audit("largest-contentful-paint"),
            audit("total-blocking-time"),
            report["audits"]["cumulative-layout-shift"]["numericValue"]
                .as_f64()
                .map_or_else(|| "n/a".to_owned(), |value| format!("{value:.3}")),
            audit("total-byte-weight"),
            saved.display(),
        );
    }
    Ok(())
}

/// Where the full reports go: `$CARGO_TARGET_DIR/lighthouse` (or `target/lighthouse`).
fn reports_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
            Into::into,
        )
        .join("lighthouse")
}

/// One Lighthouse run on `url` in a fresh Chromium profile.
fn lighthouse_run(
    lighthouse: &Path,
    chromium: &str,
    url: &str,
) -> anyhow::Result<std::process::Output> {
    let profile = tempfile::tempdir()?;
    Ok(Command::new(lighthouse)
        .arg(url)
        .args([
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            "--only-categories=performance,accessibility,best-practices,seo",
        ])
        .arg(format!(
            "--chrome-flags=--headless --no-sandbox --disable-gpu \
             --disable-background-networking --disable-component-update --disable-sync \
             --no-first-run --enable-unsafe-swiftshader --user-data-dir={}",
            profile.path().display()
        ))
        .env("CHROME_PATH", chromium)
        .output()?)
}
