//! The game studio in a real browser (WebGL2 through SwiftShader): a game written in the editor is
//! played by the worker frame by frame and drawn on the page; held keys move the player, a
//! collision changes the score on the screen, pause and one frame forward work, the inspector
//! lists what is left; an error in `update()` points at its line, and an `update()` that never
//! returns is stopped by the page; on a phone the touch buttons play it. Latvian and English.

use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

const EDITOR: &str = ".cm-content";
/// Frames the page has drawn.
const FRAME: &str = "Number(document.querySelector('.game-view__canvas')?.dataset.frame ?? 0)";

const COIN_GAME: &str = r#"from game import *
player = Entity(model='cube', color='orange')
coin = Entity(model='sphere', color='gold', x=3, collider='sphere')
score = Text('0', size=0.1)
def update():
    if held_keys['right']:
        player.x += 4 * time.dt
    if coin and player.intersects(coin):
        destroy(coin)
        play_sound('coin')
        score.text = '1'
"#;

async fn frame(browser: &TestBrowser) -> anyhow::Result<f64> {
    Ok(browser.eval(FRAME).await?.as_f64().unwrap_or(0.0))
}

/// Presses Share and gives the link it makes.
async fn share_link(browser: &TestBrowser) -> anyhow::Result<String> {
    browser.click("#share-button").await?;
    browser
        .wait_until("document.querySelector('#share-link')?.value.includes('/studio#code=')")
        .await?;
    browser
        .eval_string("document.querySelector('#share-link').value")
        .await
}

async fn play(browser: &TestBrowser, code: &str) -> anyhow::Result<()> {
    browser.replace_text(EDITOR, code).await?;
    browser.click("#game-play").await?;
    Ok(())
}

#[tokio::test]
async fn held_keys_move_the_player_and_a_collision_scores() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (language, title, pause, resume) in [
        ("lv", "Spēļu studija", "Pauze", "▶ Turpināt"),
        ("en", "Game studio", "Pause", "▶ Go on"),
    ] {
        let browser = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        browser.goto(&server.url("/studio")).await?;
        browser.wait_for_text("h1", title).await?;
        play(&browser, COIN_GAME).await?;
        browser.wait_until(&format!("{FRAME} >= 3")).await?;
        browser.wait_for_text(".game-view__text", "0").await?;
        let before = browser.element_png(".game-view__canvas").await?;
        browser
            .screenshot(&format!("studio-{language}-start"))
            .await?;

        // The game has the focus once it starts: the keys go to it.
        browser.key_down("ArrowRight").await?;
        browser.wait_for_text(".game-view__text", "1").await?;
        browser.key_up("ArrowRight").await?;
        let after = browser.element_png(".game-view__canvas").await?;
        assert_ne!(before, after, "{language}: the player moved on the screen");
        browser
            .screenshot(&format!("studio-{language}-scored"))
            .await?;

        // Paused, the frames stop; one frame forward plays exactly one.
        browser.wait_for_text("#game-pause", pause).await?;
        browser.click("#game-pause").await?;
        browser.wait_for_text("#game-pause", resume).await?;
        let paused_at = frame(&browser).await?;
        browser.click("#game-step").await?;
        browser
            .wait_until(&format!("{FRAME} === {}", paused_at + 1.0))
            .await?;
        // The inspector lists the player alone (the coin is gone), where the game put it.
        browser.click("#game-inspector summary").await?;
        assert_eq!(
            browser.texts("#game-inspector tbody tr").await?.len(),
            1,
            "{language}"
        );
        let x: f64 = browser
            .text("#game-inspector tbody tr td:nth-child(2)")
            .await?
            .parse()?;
        assert!(x > 2.0, "{language}: the player is at x = {x}");
        browser.click("#game-pause").await?;
        browser
            .wait_until(&format!("{FRAME} > {}", paused_at + 3.0))
            .await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}

#[tokio::test]
async fn an_error_in_update_points_at_its_line_and_a_loop_without_end_is_stopped()
-> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (language, error_text, loop_text) in [
        (
            "lv",
            "TypeError",
            "Viens spēles kadrs aizņēma vairāk nekā 1 sekundi",
        ),
        (
            "en",
            "TypeError",
            "One frame of the game took more than 1 second",
        ),
    ] {
        let browser = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        browser.goto(&server.url("/studio")).await?;
        play(
            &browser,
            "from game import *\nplayer = Entity()\ndef update():\n    if time.frame == 5:\n        player.x += 'far'\n",
        )
        .await?;
        browser
            .wait_for_text(".run-result--error", error_text)
            .await?;
        assert_eq!(
            browser.text(".cm-error-line").await?.trim(),
            "player.x += 'far'"
        );
        browser
            .screenshot(&format!("studio-{language}-error"))
            .await?;

        play(
            &browser,
            "from game import *\nEntity()\ndef update():\n    while True:\n        pass\n",
        )
        .await?;
        browser.wait_for_text(".run-result", loop_text).await?;
        // The page goes on: the next game plays.
        play(&browser, COIN_GAME).await?;
        browser.wait_until(&format!("{FRAME} >= 3")).await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}

#[tokio::test]
async fn on_a_phone_the_touch_buttons_play_the_game() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    for language in ["lv", "en"] {
        let browser = TestBrowser::launch(BrowserOptions::phone(language)).await?;
        browser.goto(&server.url("/studio")).await?;
        play(&browser, COIN_GAME).await?;
        browser.wait_until(&format!("{FRAME} >= 3")).await?;
        browser
            .screenshot(&format!("studio-{language}-phone"))
            .await?;
        // A finger on ▶ holds "right" until it lifts.
        browser
            .eval(
                "(() => { const b = document.querySelector('.touch-controls__key[data-key=ArrowRight]'); \
                 b.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true})); return 1; })()",
            )
            .await?;
        browser.wait_for_text(".game-view__text", "1").await?;
        browser
            .eval(
                "(() => { const b = document.querySelector('.touch-controls__key[data-key=ArrowRight]'); \
                 b.dispatchEvent(new PointerEvent('pointerup', {bubbles: true})); return 1; })()",
            )
            .await?;
        assert!(
            browser
                .eval(
                    "getComputedStyle(document.querySelector('.touch-controls')).display !== 'none'"
                )
                .await?
                .as_bool()
                == Some(true),
            "{language}: the buttons show on a touch screen"
        );
        browser.finish(&[]).await?;
    }
    Ok(())
}

#[tokio::test]
async fn a_shared_game_opens_with_its_code_and_waits_for_play() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (language, notice) in [
        ("lv", "Nekas vēl nav palaists"),
        ("en", "Nothing has run yet"),
    ] {
        let browser = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        browser.goto(&server.url("/studio")).await?;
        browser.replace_text(EDITOR, COIN_GAME).await?;
        let link = share_link(&browser).await?;
        let friend = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        friend.goto(&link).await?;
        friend.wait_for_text("#studio-shared", notice).await?;
        assert!(
            friend.text(EDITOR).await?.contains("coin = Entity"),
            "{language}"
        );
        assert_eq!(
            frame(&friend).await?,
            0.0,
            "{language}: nothing plays by itself"
        );
        friend.click("#game-play").await?;
        friend.wait_until(&format!("{FRAME} >= 3")).await?;
        friend.finish(&[]).await?;

        // A link cut short opens the studio as it was, and says so.
        let damaged = &link[..link.len() - 20];
        let cut = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        cut.goto(damaged).await?;
        cut.text("#studio-shared-damaged").await?;
        cut.finish(&[]).await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}

const SPEED_GAME: &str = r#"from game import *
speed = param('speed', 2, 1, 9, step=1, label={'lv': 'Ātrums', 'en': 'Speed'})
shown = Text(f'speed {speed}', size=0.1)
player = Entity(model='cube', color='orange')
def update():
    player.x += speed * time.dt
"#;

#[tokio::test]
async fn a_games_slider_plays_it_again_with_the_new_value_and_goes_in_the_share_link()
-> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (language, label) in [("lv", "Ātrums"), ("en", "Speed")] {
        let browser = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        browser.goto(&server.url("/studio")).await?;
        play(&browser, SPEED_GAME).await?;
        browser.wait_for_text(".game-view__text", "speed 2").await?;
        browser
            .wait_for_text(".studio__game .sliders", label)
            .await?;
        browser.wait_until(&format!("{FRAME} >= 3")).await?;
        browser
            .screenshot(&format!("studio-{language}-slider-before"))
            .await?;

        browser.move_slider("speed", 5.0).await?;
        // The game starts again with the new value: its text says so and its frames count anew.
        browser.wait_for_text(".game-view__text", "speed 7").await?;
        browser.wait_until(&format!("{FRAME} >= 3")).await?;
        browser
            .screenshot(&format!("studio-{language}-slider-after"))
            .await?;

        let link = share_link(&browser).await?;
        let friend = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        friend.goto(&link).await?;
        friend.click("#game-play").await?;
        friend.wait_for_text(".game-view__text", "speed 7").await?;
        friend.finish(&[]).await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}

#[tokio::test]
async fn a_gallery_model_built_with_its_values_is_an_entitys_model() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    for language in ["lv", "en"] {
        let browser = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        browser.goto(&server.url("/studio")).await?;
        // The worker asks the portal for the gear's code; 10 teeth of module 2 reach 12 mm out.
        play(
            &browser,
            "from game import *\n\
             gear = gallery_model('zobrats', teeth=10)\n\
             wheel = Entity(model=gear, scale=0.1, color='gold')\n\
             Text('zobrats ' + str(round(gear.bounds[1][0])), size=0.1)\n\
             def update():\n    wheel.rotation = (0, time.elapsed * 90, 0)\n",
        )
        .await?;
        tokio::time::sleep(std::time::Duration::from_secs(4)).await;
        eprintln!(
            "DEBUG {:?}",
            browser
                .eval("document.querySelector('.studio__game').innerText")
                .await?
        );
        browser
            .wait_for_text(".game-view__text", "zobrats 12")
            .await?;
        browser.wait_until(&format!("{FRAME} >= 3")).await?;
        browser
            .screenshot(&format!("studio-{language}-gallery-model"))
            .await?;
        play(
            &browser,
            "from game import *\nEntity(model=gallery_model('nav-tada'))\n",
        )
        .await?;
        browser
            .wait_for_text(
                ".run-result--error",
                "there is no gallery model called 'nav-tada'",
            )
            .await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}

#[tokio::test]
async fn a_gallery_game_and_a_game_exercise_play_in_the_page() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (language, games, done) in [("lv", "Spēles", "Pareizi"), ("en", "Games", "Correct")] {
        let browser = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        browser.goto(&server.url("/games")).await?;
        browser.wait_for_text("h1", games).await?;
        // The list arrives after the heading.
        browser.text("[data-game-id=pongs]").await?;
        assert!(browser.texts(".game-card").await?.len() >= 5, "{language}");
        browser.screenshot(&format!("games-{language}")).await?;
        // A gallery game opens in the studio and waits for Play, a button in the middle of it;
        // then the keys go to the game.
        browser.click("[data-game-id=pongs] h2 a").await?;
        browser.text("#game-controls-text").await?;
        let play = browser.text("#game-start").await?;
        assert_eq!(
            play,
            if language == "lv" {
                "▶ Spēlēt"
            } else {
                "▶ Play"
            }
        );
        assert_eq!(browser.eval(FRAME).await?.as_f64(), Some(0.0));
        browser
            .screenshot(&format!("games-{language}-pong-waiting"))
            .await?;
        browser.click("#game-start").await?;
        browser.wait_until(&format!("{FRAME} >= 30")).await?;
        assert_eq!(
            browser.eval_string("document.activeElement.id").await?,
            "game-view"
        );
        assert!(
            browser
                .eval("document.querySelector('#game-start') === null")
                .await?
                .as_bool()
                == Some(true)
        );
        browser
            .screenshot(&format!("games-{language}-pong"))
            .await?;

        // The course's first game exercise: the solution passes its checks, then plays.
        browser
            .goto(&server.url("/courses/3d-speles/speletajs-un-monete"))
            .await?;
        browser.text(EDITOR).await?;
        let solution = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
                "../content/courses/3d-speles/pirmie-soli/speletajs-un-monete/solution.{language}.py"
            )),
        )?;
        browser.replace_text(EDITOR, &solution).await?;
        browser.click("#run-button").await?;
        browser.wait_for_text(".check-result--passed", done).await?;
        browser.wait_until(&format!("{FRAME} >= 3")).await?;
        browser
            .screenshot(&format!("game-exercise-{language}"))
            .await?;

        // The 3D game development workshop ties the course and the games together.
        browser
            .goto(&server.url("/workshops/3d-spelu-izstrade"))
            .await?;
        browser.text("#workshop-games [data-game-id=pongs]").await?;
        assert_eq!(
            browser.texts("#workshop-games .game-card").await?.len(),
            5,
            "{language}"
        );
        assert!(
            browser.texts("#workshop-exercises li").await?.len() >= 10,
            "{language}"
        );
        browser
            .screenshot(&format!("workshop-games-{language}"))
            .await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}

#[tokio::test]
async fn the_level_is_saved_as_glb_for_a_game_engine() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let downloads = tempfile::tempdir()?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    browser.allow_downloads(downloads.path()).await?;
    browser.goto(&server.url("/studio")).await?;
    play(&browser, COIN_GAME).await?;
    browser.wait_until(&format!("{FRAME} >= 3")).await?;
    browser.click(".export__button[data-format=glb]").await?;
    let file = darbnica_e2e::downloaded(downloads.path(), "glb").await?;
    let gltf = gltf::Gltf::from_slice(&std::fs::read(&file)?)?;
    let primitive = gltf
        .meshes()
        .next()
        .expect("a mesh")
        .primitives()
        .next()
        .expect("a primitive");
    let positions = primitive
        .get(&gltf::Semantic::Positions)
        .expect("positions");
    let max: Vec<f64> = serde_json::from_value(positions.max().expect("the bounds"))?;
    // The cube at the origin and the coin at x = 3, in metres, Y up.
    assert!((max[0] - 3.5).abs() < 0.01, "{max:?}");
    assert!((max[1] - 0.5).abs() < 0.01, "{max:?}");
    browser.finish(&[]).await?;
    Ok(())
}

#[tokio::test]
async fn a_gallery_games_code_is_text_until_the_student_turns_to_it() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (language, first_words) in [("lv", "# 3D pongs: tu"), ("en", "# 3D pong: you")] {
        let browser = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        // Opened from outside (the server's copy first, then the app): the game waits for Play
        // and its code shows as text, still after the page has gone quiet (it has registered its
        // service worker by then).
        browser.goto(&server.url("/games/pongs")).await?;
        browser.text("#game-start").await?;
        browser
            .wait_until(
                "navigator.serviceWorker.getRegistration().then(registration => !!registration)",
            )
            .await?;
        let code = browser.text(".code-snapshot").await?;
        assert!(code.starts_with(first_words), "{language}: {code}");
        assert_eq!(
            browser
                .eval("document.querySelector('.cm-content') === null")
                .await?,
            true
        );
        // The pointer over it: the editor, with the same code.
        browser.hover(".code-snapshot").await?;
        browser.text(".code-editor[data-loaded=true]").await?;
        let edited = browser.text(EDITOR).await?;
        assert_eq!(edited.lines().next(), code.lines().next(), "{language}");
        assert_eq!(
            browser
                .eval("document.querySelector('.code-snapshot') === null")
                .await?,
            true
        );
        browser.finish(&[]).await?;
    }
    Ok(())
}
