//! `cargo xtask bench sandbox`: the 3D sandbox in headless Chromium (WebGL2 through SwiftShader,
//! on the CPU) against the real server. For each gallery model it moves the model's first slider
//! back and forth and prints one line:
//!
//! `model=<id> slider_p50_ms=… slider_p95_ms=… transfer_p50_ms=… orbit_frame_p50_ms=… orbit_frame_p95_ms=… triangles=…`
//!
//! - slider: from the slider's input event to the start of the frame after the one that drew the
//!   new model (so the new picture is on screen): the run in the worker, the mesh's trip to the
//!   page, the upload to WebGL and the draw;
//! - program, model: the worker's time running the script (making its solids) and building the
//!   mesh from them (the booleans);
//! - transfer: from the worker posting the mesh to the page holding it as arrays;
//! - orbit frame: drawing one frame while the view is dragged round.
//!
//! Figures inform; nothing passes or fails.

use darbnica_e2e::measures::{count, durations, percentile, wait_until};
use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

const MOVES: usize = 20;
const ORBIT_FRAMES: usize = 60;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    browser.goto(&server.url("/models")).await?;
    browser.text("[data-model-id] a").await?;
    let ids: Vec<String> = serde_json::from_value(
        browser
            .eval("Array.from(document.querySelectorAll('[data-model-id]')).map(e => e.dataset.modelId)")
            .await?,
    )?;
    for id in ids {
        browser.goto(&server.url(&format!("/models/{id}"))).await?;
        wait_until(
            &browser,
            "Number(document.querySelector('.viewport__canvas')?.dataset.triangles ?? 0) > 0",
        )
        .await?;
        browser
            .eval("window.darbnicaBench = true; performance.clearMeasures(); 1")
            .await?;
        let slider = browser
            .eval("document.querySelector('input[type=range][data-param]')?.dataset.param ?? null")
            .await?;
        let Some(slider) = slider.as_str().map(str::to_owned) else {
            println!("model={id} (no slider)");
            continue;
        };
        // One warm-up move, then the measured ones, alternating between two settings.
        for step in 0..=MOVES {
            let before = count(&browser, "darbnica-slider-frame").await?;
            let direction = if step % 2 == 0 { 1 } else { -1 };
            browser
                .eval(&format!(
                    "(() => {{ const s = document.querySelector('input[type=range][data-param=\"{slider}\"]'); \
                     const step = Number(s.step) || (Number(s.max) - Number(s.min)) / 100; \
                     const up = Number(s.value) + step <= Number(s.max); \
                     s.value = String(Number(s.value) + ({direction}) * (up ? step : -step)); \
                     s.dispatchEvent(new Event('input', {{ bubbles: true }})); return 1; }})()"
                ))
                .await?;
            wait_until(
                &browser,
                &format!("performance.getEntriesByName('darbnica-slider-frame').length > {before}"),
            )
            .await?;
        }
        let mut slider_ms = durations(&browser, "darbnica-slider-frame").await?;
        slider_ms.remove(0);
        let transfer_ms = durations(&browser, "darbnica-mesh-transfer").await?;
        let program_ms = durations(&browser, "darbnica-worker-program").await?;
        let model_ms = durations(&browser, "darbnica-worker-model").await?;
        let triangles = browser
            .eval("Number(document.querySelector('.viewport__canvas').dataset.triangles)")
            .await?;

        // Orbit: drag across the view, one move a frame.
        browser
            .eval("performance.clearMeasures('darbnica-frame'); 1")
            .await?;
        browser
            .eval(&format!(
                "(async () => {{ const c = document.querySelector('.viewport__canvas'); const r = c.getBoundingClientRect(); \
                 const at = (x) => ({{ clientX: r.left + x, clientY: r.top + r.height / 2, pointerId: 7, button: 0, buttons: 1, bubbles: true, isPrimary: true, pointerType: 'mouse' }}); \
                 c.dispatchEvent(new PointerEvent('pointerdown', at(50))); \
                 for (let i = 0; i < {ORBIT_FRAMES}; i++) {{ c.dispatchEvent(new PointerEvent('pointermove', at(50 + i * 4))); \
                   await new Promise(requestAnimationFrame); }} \
                 c.dispatchEvent(new PointerEvent('pointerup', at(50 + {ORBIT_FRAMES} * 4))); \
                 await new Promise(requestAnimationFrame); return 1; }})()"
            ))
            .await?;
        let orbit_ms = durations(&browser, "darbnica-frame").await?;
        println!(
            "model={id} slider_p50_ms={:.1} slider_p95_ms={:.1} program_p50_ms={:.1} model_p50_ms={:.1} transfer_p50_ms={:.2} orbit_frame_p50_ms={:.1} orbit_frame_p95_ms={:.1} orbit_frames={} triangles={}",
            percentile(&slider_ms, 0.5),
            percentile(&slider_ms, 0.95),
            percentile(&program_ms, 0.5),
            percentile(&model_ms, 0.5),
            percentile(&transfer_ms, 0.5),
            percentile(&orbit_ms, 0.5),
            percentile(&orbit_ms, 0.95),
            orbit_ms.len(),
            triangles
        );
    }
    browser.finish(&[]).await?;
    Ok(())
}
