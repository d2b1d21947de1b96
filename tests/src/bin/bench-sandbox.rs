//! `cargo xtask bench sandbox`: the 3D sandbox in headless Chromium (WebGL2 through SwiftShader,
//! on the CPU) against the real server. For each gallery model it moves the model's first slider
//! back and forth between two values, then drags it (a new value each move), and prints one line:
//!
//! `model=<id> slider_p50_ms=… slider_p95_ms=… drag_p50_ms=… drag_p95_ms=… program_p50_ms=… model_p50_ms=… transfer_p50_ms=… orbit_frame_p50_ms=… orbit_frame_p95_ms=… triangles=…`
//!
//! - slider, drag: from the slider's input event to the start of the frame after the one that drew
//!   the new model (so the new picture is on screen): the run in the worker, the mesh's trip to the
//!   page, the upload to WebGL and the draw. Back and forth, the booleans kept from earlier runs
//!   serve every move; a drag needs anew what the moved value changes (a slider with fewer steps
//!   than the moves comes round to values it had);
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
        // A gallery model is built when the student turns to it.
        browser.hover(".viewport__canvas").await?;
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
        // One warm-up move, then the measured ones, alternating between two settings (what
        // a run keeps from the last one serves them all), then a drag: a new value each move.
        move_slider(&browser, &slider, Moves::Alternate).await?;
        let mut slider_ms = durations(&browser, "darbnica-slider-frame").await?;
        slider_ms.remove(0);
        browser
            .eval("performance.clearMeasures('darbnica-slider-frame'); 1")
            .await?;
        move_slider(&browser, &slider, Moves::Drag).await?;
        let mut drag_ms = durations(&browser, "darbnica-slider-frame").await?;
        drag_ms.remove(0);
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
            "model={id} slider_p50_ms={:.1} slider_p95_ms={:.1} drag_p50_ms={:.1} drag_p95_ms={:.1} program_p50_ms={:.1} model_p50_ms={:.1} transfer_p50_ms={:.2} orbit_frame_p50_ms={:.1} orbit_frame_p95_ms={:.1} orbit_frames={} triangles={}",
            percentile(&slider_ms, 0.5),
            percentile(&slider_ms, 0.95),
            percentile(&drag_ms, 0.5),
            percentile(&drag_ms, 0.95),
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

#[derive(Clone, Copy, PartialEq)]
enum Moves {
    /// Back and forth between two values.
    Alternate,
    /// One step further each move, turning at the slider's ends.
    Drag,
}

/// One warm-up move and [`MOVES`] measured ones of the slider `slider`, each waited for until its
/// frame is on screen.
async fn move_slider(browser: &TestBrowser, slider: &str, moves: Moves) -> anyhow::Result<()> {
    for step in 0..=MOVES {
        let before = count(browser, "darbnica-slider-frame").await?;
        let direction = if step % 2 == 0 { 1 } else { -1 };
        let next = match moves {
            // From the value, one step up or (at the top) down.
            Moves::Alternate => format!(
                "Number(s.value) + ({direction}) * (Number(s.value) + step <= Number(s.max) ? step : -step)"
            ),
            // One step up, from the bottom again past the top: a value not seen for a while.
            Moves::Drag => "Number(s.min) + (Number(s.value) - Number(s.min) + step) % (Number(s.max) - Number(s.min) + step)".to_owned(),
        };
        browser
            .eval(&format!(
                "(() => {{ const s = document.querySelector('input[type=range][data-param=\"{slider}\"]'); \
                 const step = Number(s.step) || (Number(s.max) - Number(s.min)) / 100; \
                 s.value = String({next}); \
                 s.dispatchEvent(new Event('input', {{ bubbles: true }})); return 1; }})()"
            ))
            .await?;
        wait_until(
            browser,
            &format!("performance.getEntriesByName('darbnica-slider-frame').length > {before}"),
        )
        .await?;
    }
    Ok(())
}
