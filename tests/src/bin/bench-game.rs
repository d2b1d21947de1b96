//! `cargo xtask bench game`: the game studio in headless Chromium (WebGL2 through SwiftShader, on
//! the CPU) against the real server.
//!
//! First the worker's part of a frame for 50, 200 and 1,000 entities moving with colliders, each
//! asking every frame whether it meets the player, bouncing off the edges (the game's `update()`
//! in Python, the engine's moves and what changed):
//!
//! `entities=200 update_p50_ms=… update_p95_ms=… round_trip_p50_ms=… frame_p50_ms=… frame_p95_ms=…`
//!
//! - update: the worker playing one frame (from the page's message to its answer, in the worker);
//! - round trip: from the page sending a frame to holding its answer;
//! - frame: between two frames drawn on the page.
//!
//! Then the sample game (the studio's starter) for 10 s with the arrow keys pressed now and then:
//!
//! `game=amber frame_p50_ms=… frame_p95_ms=… input_to_frame_p50_ms=… input_to_frame_max_ms=…`
//!
//! - input to frame: from a key going down to the frame drawn with it.
//!
//! Figures inform; nothing passes or fails.

use std::time::{Duration, Instant};

use darbnica_e2e::measures::{count, durations, percentile, wait_until};
use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

const FRAME: &str = "Number(document.querySelector('.game-view__canvas')?.dataset.frame ?? 0)";
const MEASURED_FRAMES: u32 = 300;

fn crowd(entities: usize) -> String {
    format!(
        r#"from game import *
import random
player = Entity(model="cube", color="orange")
movers = [Entity(model="sphere", scale=0.3, collider="sphere",
                 x=random.uniform(-8, 8), z=random.uniform(-8, 2),
                 velocity=(random.uniform(-2, 2), 0, random.uniform(-2, 2)))
          for _ in range({entities})]
hits = 0

def update():
    global hits
    for mover in movers:
        vx, vy, vz = mover.velocity
        if abs(mover.x) > 8:
            mover.velocity = (-vx, vy, vz)
        if mover.z > 2 or mover.z < -8:
            mover.velocity = (vx, vy, -vz)
        if mover.intersects(player):
            hits += 1
"#
    )
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    for entities in [50, 200, 1_000] {
        start(&browser, &server, &crowd(entities)).await?;
        let from = frame(&browser).await?;
        wait_until(&browser, &format!("{FRAME} >= {}", from + MEASURED_FRAMES)).await?;
        let update = durations(&browser, "darbnica-game-update").await?;
        let round_trip = durations(&browser, "darbnica-game-round-trip").await?;
        let frames = durations(&browser, "darbnica-game-frame").await?;
        println!(
            "entities={entities} update_p50_ms={:.2} update_p95_ms={:.2} round_trip_p50_ms={:.2} frame_p50_ms={:.1} frame_p95_ms={:.1} frames={}",
            percentile(&update, 0.5),
            percentile(&update, 0.95),
            percentile(&round_trip, 0.5),
            percentile(&frames, 0.5),
            percentile(&frames, 0.95),
            frames.len()
        );
    }

    // The sample game, with keys.
    let starter = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/studio/game.en.py"),
    )?;
    start(&browser, &server, &starter).await?;
    let began = Instant::now();
    let mut presses = 0;
    while began.elapsed() < Duration::from_secs(10) {
        let key = if presses % 2 == 0 {
            "ArrowRight"
        } else {
            "ArrowLeft"
        };
        let before = count(&browser, "darbnica-game-input").await?;
        browser.key_down(key).await?;
        wait_until(
            &browser,
            &format!("performance.getEntriesByName('darbnica-game-input').length > {before}"),
        )
        .await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        browser.key_up(key).await?;
        tokio::time::sleep(Duration::from_millis(200)).await;
        presses += 1;
    }
    let frames = durations(&browser, "darbnica-game-frame").await?;
    let input = durations(&browser, "darbnica-game-input").await?;
    println!(
        "game=amber frame_p50_ms={:.1} frame_p95_ms={:.1} input_to_frame_p50_ms={:.1} input_to_frame_max_ms={:.1} frames={} presses={presses}",
        percentile(&frames, 0.5),
        percentile(&frames, 0.95),
        percentile(&input, 0.5),
        input.iter().copied().fold(f64::NAN, f64::max),
        frames.len()
    );
    browser.finish(&[]).await?;
    Ok(())
}

/// A fresh studio playing `code`, the measures recorded from its 40th frame (past the warm-up).
async fn start(browser: &TestBrowser, server: &TestServer, code: &str) -> anyhow::Result<()> {
    browser.goto(&server.url("/studio")).await?;
    browser.text("#game-play").await?;
    browser.replace_text(".cm-content", code).await?;
    browser.click("#game-play").await?;
    wait_until(browser, &format!("{FRAME} >= 40")).await?;
    browser
        .eval("window.darbnicaBench = true; performance.clearMeasures(); 1")
        .await?;
    Ok(())
}

async fn frame(browser: &TestBrowser) -> anyhow::Result<u32> {
    Ok(browser.eval(FRAME).await?.as_f64().unwrap_or(0.0) as u32)
}
