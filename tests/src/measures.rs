//! What the benchmarks under `cargo xtask bench` read from a page: the app's performance measures
//! (recorded while `window.darbnicaBench` is set), and the percentiles they print.

use std::time::Duration;

use crate::TestBrowser;

/// How many measures called `name` the page has.
pub async fn count(browser: &TestBrowser, name: &str) -> anyhow::Result<usize> {
    Ok(browser
        .eval(&format!("performance.getEntriesByName('{name}').length"))
        .await?
        .as_u64()
        .unwrap_or(0) as usize)
}

/// The durations of the measures called `name` (milliseconds).
pub async fn durations(browser: &TestBrowser, name: &str) -> anyhow::Result<Vec<f64>> {
    Ok(serde_json::from_value(
        browser
            .eval(&format!(
                "performance.getEntriesByName('{name}').map(entry => entry.duration)"
            ))
            .await?,
    )?)
}

/// Waits, looking every 5 ms (a benchmark, unlike a test, may poll fast), until `condition` is
/// true; at most a minute.
pub async fn wait_until(browser: &TestBrowser, condition: &str) -> anyhow::Result<()> {
    for _ in 0..12_000 {
        if browser.eval(condition).await?.as_bool() == Some(true) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    anyhow::bail!("timed out waiting for {condition}")
}

/// The value below which `fraction` of `values` fall (nearest rank); NaN when there are none.
pub fn percentile(values: &[f64], fraction: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = ((fraction * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}
