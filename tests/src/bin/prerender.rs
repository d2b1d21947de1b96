//! `prerender DIST`: opens every public page of the built app in `DIST` (the home page, the
//! lists, privacy, the editors' pages and every course, exercise, model, game and workshop of the
//! catalogue) in each language, in headless Chromium against the real server, and writes what
//! each shows into `DIST/prerendered.json` (`darbnica_api::prerendered`), for the server to send
//! before the app has started. Run after the build by `cargo xtask run`, `test` and `bench`
//! (`xtask/src/prerender.rs`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Context as _;
use darbnica_api::prerendered::{self, Snapshot, Snapshots};
use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

/// The pages that are not in the catalogue.
const FIXED: &[&str] = &[
    "/",
    "/models",
    "/games",
    "/workshops",
    "/privacy",
    "/playground",
    "/sandbox",
    "/studio",
];

const SNAPSHOT: &str = include_str!("prerender/snapshot.js");

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dist: PathBuf = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .context("usage: prerender DIST")?;
    // Copies of the last build must not be part of the pages this one draws.
    let file = dist.join(prerendered::FILE);
    match std::fs::remove_file(&file) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(error.into()),
        _ => {}
    }
    let server = TestServer::start_with_dist(dist.clone())?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    browser.goto(&server.url("/privacy")).await?;
    let pages = pages(&browser).await?;
    // Ready as the app counts it before it takes a copy's place: drawn, nothing coming.
    let ready = format!(
        "!!document.querySelector({}) && !document.querySelector({})",
        serde_json::to_string(prerendered::DRAWN)?,
        serde_json::to_string(prerendered::NOT_READY)?
    );

    let mut snapshots = Snapshots::default();
    for language in prerendered::LANGUAGES {
        browser
            .eval(&format!(
                // Where the app keeps the language chosen.
                "localStorage.setItem('darbnica-language', '{language}')"
            ))
            .await?;
        let mut drawn = BTreeMap::new();
        for page in &pages {
            browser.goto(&server.url(page)).await?;
            browser
                .wait_until(&ready)
                .await
                .with_context(|| format!("{page} in {language} did not finish loading"))?;
            let snapshot: Snapshot = serde_json::from_value(browser.eval(SNAPSHOT).await?)
                .with_context(|| format!("the copy of {page}"))?;
            anyhow::ensure!(
                snapshot.body.contains("<main"),
                "{page} in {language} drew no <main>"
            );
            anyhow::ensure!(
                !snapshot.body.contains("error-state"),
                "{page} in {language} could not load: {}",
                snapshot.body
            );
            drawn.insert(page.clone(), snapshot);
        }
        snapshots.languages.insert(language.to_owned(), drawn);
    }
    // A page that fails to load would have drawn its error state: nothing of that may be kept.
    browser.finish(&[]).await?;
    let bytes = serde_json::to_vec(&snapshots)?;
    std::fs::write(&file, &bytes)?;
    println!(
        "prerendered {} pages in {} languages ({} KB)",
        pages.len(),
        prerendered::LANGUAGES.len(),
        bytes.len() / 1024
    );
    Ok(())
}

/// Every page to draw, from the catalogue the server gives.
async fn pages(browser: &TestBrowser) -> anyhow::Result<Vec<String>> {
    let list =
        |api: &str| format!("fetch('{api}').then(r => r.ok ? r.json() : Promise.reject(r.status))");
    let ids = |value: serde_json::Value| -> Vec<String> {
        value
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|item| item["id"].as_str().map(str::to_owned))
            .collect()
    };
    let mut pages: Vec<String> = FIXED.iter().map(|page| (*page).to_owned()).collect();
    for course in ids(browser.eval(&list("/api/courses")).await?) {
        pages.push(format!("/courses/{course}"));
        let detail = browser
            .eval(&list(&format!("/api/courses/{course}")))
            .await?;
        for lesson in detail["lessons"].as_array().into_iter().flatten() {
            for exercise in ids(lesson["exercises"].clone()) {
                pages.push(format!("/courses/{course}/{exercise}"));
            }
        }
    }
    for (kind, api) in [
        ("models", "/api/models"),
        ("games", "/api/games"),
        ("workshops", "/api/workshops"),
    ] {
        for id in ids(browser.eval(&list(api)).await?) {
            pages.push(format!("/{kind}/{id}"));
        }
    }
    Ok(pages)
}
