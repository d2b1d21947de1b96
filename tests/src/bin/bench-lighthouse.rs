//! `cargo xtask bench lighthouse`: Lighthouse (npm, `node_modules/.bin/lighthouse`) against the
//! release build of the app on the real server, in Debian's headless Chromium, with Lighthouse's
//! mobile defaults (a mid-range phone, simulated slow 4G). Prints a line a page: the category
//! scores (0–100). Figures inform; nothing passes or fails.

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
        println!(
            "page={page} performance={} accessibility={} best_practices={} seo={} \
             lcp_ms={} tbt_ms={} bytes={}",
            score("performance"),
            score("accessibility"),
            score("best-practices"),
            score("seo"),
            audit("largest-contentful-paint"),
            audit("total-blocking-time"),
            audit("total-byte-weight"),
        );
    }
    Ok(())
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
