//! The 3D sandbox in a real browser (WebGL2 through SwiftShader): a gallery project opens, its
//! model is built in the worker and drawn, a slider re-builds it, in Latvian and English.

use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

/// The triangle count the viewport draws.
const TRIANGLES: &str =
    "Number(document.querySelector('.viewport__canvas')?.dataset.triangles ?? 0)";

async fn wait_for_triangles(browser: &TestBrowser, not: f64) -> anyhow::Result<f64> {
    for _ in 0..300 {
        let count = browser.eval(TRIANGLES).await?.as_f64().unwrap_or(0.0);
        if count > 0.0 && count != not {
            return Ok(count);
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    anyhow::bail!("the model was not drawn (or did not change from {not} triangles)")
}

#[tokio::test]
async fn a_gallery_project_is_drawn_and_a_slider_rebuilds_it() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (language, gallery, slider_label) in [
        ("lv", "3D modeļi", "Zobu skaits"),
        ("en", "3D models", "Number of teeth"),
    ] {
        let browser = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        browser.goto(&server.url("/models")).await?;
        browser.wait_for_text("h1", gallery).await?;
        // The list arrives after the heading.
        browser.text("[data-model-id=zobrats] a").await?;
        assert!(browser.texts(".gallery__item").await?.len() >= 10);
        browser.click("[data-model-id=zobrats] a").await?;
        let first = wait_for_triangles(&browser, 0.0).await?;
        browser.text("#model-facts").await?;
        assert!(
            browser.text(".sliders").await?.contains(slider_label),
            "{language}"
        );
        browser
            .screenshot(&format!("sandbox-{language}-gear"))
            .await?;

        // More teeth: the worker builds a new gear and the view draws it.
        browser
            .eval(
                "(() => { const s = document.querySelector('input[type=range][data-param=teeth]'); \
                 s.value = String(Number(s.value) + 10); s.dispatchEvent(new Event('input', { bubbles: true })); return 1; })()",
            )
            .await?;
        let second = wait_for_triangles(&browser, first).await?;
        assert!(second > first, "{first} → {second}");
        browser
            .screenshot(&format!("sandbox-{language}-gear-more-teeth"))
            .await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}
