//! axe-core (npm) in the page: its serious and critical violations.

use crate::TestBrowser;

/// axe-core's script, from `node_modules` (package.json).
pub fn axe_source() -> anyhow::Result<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .map_err(|error| anyhow::anyhow!("reading {}: {error}", path.display()))
}

/// Runs axe-core on the page as it is; returns its serious and critical violations, one line each
/// (rule, impact, the elements), and the page's title.
pub async fn audit(browser: &TestBrowser, axe: &str) -> anyhow::Result<(Vec<String>, String)> {
    if browser.eval("typeof window.axe === 'undefined'").await? == true {
        browser.eval(axe).await?;
    }
    let found = browser
        .eval(
            "axe.run(document).then(results => results.violations \
               .filter(v => v.impact === 'serious' || v.impact === 'critical') \
               .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).slice(0, 4).join(', ')}`))",
        )
        .await?;
    let violations = found
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|line| line.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let title = browser.eval("document.title").await?;
    Ok((violations, title.as_str().unwrap_or_default().to_owned()))
}
