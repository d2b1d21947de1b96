//! Without a mouse: every flow is reached with Tab and worked with the keys a keyboard user has
//! (Enter, Space, Escape, arrows, +). An exercise is written, run, checked and left for the next
//! one, whose hint is opened; a program that loops is stopped; a model's slider, 3D view, export
//! and share; a game written, started and played; the teacher's grid opens a student's code and
//! Escape closes it. Pointer clicks appear only where someone else acts (the student whose work
//! the teacher reads).

use darbnica_e2e::classroom::{
    FIRST, cell, join, solve_first, teacher_with_a_class, wait_for_cell,
};
use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

const EDITOR: &str = ".cm-content";
/// Enough presses of Tab to cross the header and a page's controls.
const PRESSES: usize = 60;

/// Writes `code` in the page's editor, reached by Tab, and leaves the editor the way its note
/// says (Escape, then Tab goes on).
async fn write_code(browser: &TestBrowser, code: &str) -> anyhow::Result<()> {
    browser.tab_to(EDITOR, PRESSES).await?;
    // Tab inside the editor indents and keeps the focus there.
    browser.press("Tab").await?;
    assert_eq!(
        browser
            .eval("document.activeElement.classList.contains('cm-content')")
            .await?,
        serde_json::Value::Bool(true)
    );
    browser.type_over(code).await?;
    // Escape closes the completions typing opened; the next Tab then leaves the editor.
    browser.press("Escape").await
}

#[tokio::test]
async fn an_exercise_from_code_to_the_next_one_by_keyboard() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    browser
        .goto(&server.url(&format!("/courses/{FIRST}")))
        .await?;
    // On the first page the code stands as text; the keyboard's focus coming to it makes the
    // editor, and the focus goes on into it.
    write_code(&browser, "print(\"Hello, world!\")").await?;
    // The editor says how to leave it.
    let note = browser
        .eval_string(
            "document.getElementById(document.querySelector('.cm-content')\
         .getAttribute('aria-describedby'))?.textContent ?? ''",
        )
        .await?;
    assert!(note.contains("Esc"), "{note}");
    browser.tab_to("#run-button", 10).await?;
    browser.press("Enter").await?;
    browser.text(".check-result--passed").await?;
    // The result is said in the live region too.
    browser
        .wait_until("document.querySelector('#run-announcement')?.textContent.trim().length > 0")
        .await?;

    let first = browser.eval_string("location.pathname").await?;
    browser.tab_to("#next-exercise", PRESSES).await?;
    browser.press("Enter").await?;
    browser
        .wait_until(&format!("location.pathname !== '{first}'"))
        .await?;
    browser.text(".code-editor[data-loaded=true]").await?;
    browser.tab_to("#hint-button", PRESSES).await?;
    browser.press("Enter").await?;
    browser.text(".hint").await?;

    // A program that never ends is stopped from the keyboard.
    write_code(&browser, "while True:\n    pass").await?;
    browser.tab_to("#run-button", 10).await?;
    browser.press("Enter").await?;
    browser
        .wait_until("!document.querySelector('#stop-button').disabled")
        .await?;
    browser.tab_to("#stop-button", 10).await?;
    browser.press("Enter").await?;
    browser
        .wait_for_text(".run-result", "Program stopped.")
        .await?;
    browser.finish(&[]).await
}

#[tokio::test]
async fn a_model_and_a_game_by_keyboard() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    let downloads = tempfile::tempdir()?;
    browser.allow_downloads(downloads.path()).await?;
    const TRIANGLES: &str =
        "Number(document.querySelector('.viewport__canvas')?.dataset.triangles ?? 0)";

    browser.goto(&server.url("/models/zobrats")).await?;
    // The sliders come with the page; the model is built as the keyboard's focus comes to them.
    browser.text(".sliders").await?;
    browser
        .tab_to(".sliders input[type=range]", PRESSES)
        .await?;
    browser.wait_until(&format!("{TRIANGLES} > 0")).await?;
    // A slider: its value moves with the arrow keys, and the model is built again.
    let label = browser
        .eval_string("document.activeElement.labels?.[0]?.textContent.trim() ?? ''")
        .await?;
    assert!(!label.is_empty(), "the slider has no label");
    let before = browser.eval_string("document.activeElement.value").await?;
    let facts = browser.text("#model-facts").await?;
    browser.press("ArrowRight").await?;
    let after = browser.eval_string("document.activeElement.value").await?;
    assert_ne!(before, after, "the arrow key did not move the slider");
    browser
        .wait_until(&format!(
            "document.querySelector('#model-facts')?.textContent !== {}",
            serde_json::to_string(&facts)?
        ))
        .await?;

    // The 3D view: the focus makes the live view in the thumbnail's place; + zooms in, the
    // picture changes; it says what it shows.
    browser.tab_to(".viewport__canvas", PRESSES).await?;
    browser
        .wait_until("document.querySelector('.viewport__placeholder') === null")
        .await?;
    let label = browser
        .eval_string("document.activeElement.getAttribute('aria-label') ?? ''")
        .await?;
    assert!(label.contains("trijstūr"), "{label}");
    let picture = browser.element_png(".viewport__canvas").await?;
    browser.press("+").await?;
    browser.press("+").await?;
    let zoomed = browser.element_png(".viewport__canvas").await?;
    assert_ne!(picture, zoomed, "+ did not zoom the 3D view");

    // Export and share.
    browser.tab_to("[data-format=\"stl\"]", PRESSES).await?;
    browser.press("Enter").await?;
    let stl = darbnica_e2e::downloaded(downloads.path(), "stl").await?;
    assert!(
        !stl_io::read_stl(&mut std::fs::File::open(&stl)?)?
            .faces
            .is_empty()
    );
    browser.tab_to("#share-button", PRESSES).await?;
    browser.press("Enter").await?;
    browser
        .wait_until("document.querySelector('#share-link')?.value.includes('/models/zobrats')")
        .await?;

    // A game, written and played without a mouse.
    browser.goto(&server.url("/studio")).await?;
    browser.text(".code-editor[data-loaded=true]").await?;
    write_code(
        &browser,
        "from game import *\nplayer = Entity(model='cube', color='orange')\n\
         coin = Entity(model='sphere', color='gold', x=3, collider='sphere')\n\
         score = Text('0', size=0.1)\ndef update():\n    if held_keys['right']:\n\
         \x20       player.x += 4 * time.dt\n    if coin and player.intersects(coin):\n\
         \x20       destroy(coin)\n        score.text = '1'\n",
    )
    .await?;
    browser.tab_to("#game-play", PRESSES).await?;
    browser.press("Enter").await?;
    browser
        .wait_until("Number(document.querySelector('.game-view__canvas')?.dataset.frame ?? 0) >= 3")
        .await?;
    // The game has the focus once it starts.
    browser.key_down("ArrowRight").await?;
    browser.wait_for_text(".game-view__text", "1").await?;
    browser.key_up("ArrowRight").await?;
    // Space presses the pause button, reached by Tab.
    browser.tab_to("#game-pause", PRESSES).await?;
    browser.press(" ").await?;
    browser
        .wait_until(
            "document.querySelector('#game-pause')?.getAttribute('aria-pressed') === 'true'",
        )
        .await?;
    browser.finish(&[]).await
}

#[tokio::test]
async fn the_teachers_grid_by_keyboard() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let teacher = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    let code = teacher_with_a_class(&teacher, &server, "ieva@skola.lv", "5.a").await?;
    let student = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    join(&student, &server, &code, "Anna Liepa").await?;
    solve_first(&student, &server).await?;
    wait_for_cell(&teacher, FIRST, "solved").await?;

    let cell_button = format!("{} button", cell(FIRST));
    teacher.tab_to(&cell_button, 2 * PRESSES).await?;
    teacher.press("Enter").await?;
    teacher
        .wait_for_text("#student-code", "print(\"Sveika, pasaule!\")")
        .await?;
    teacher.press("Escape").await?;
    teacher
        .wait_until("!document.querySelector('#code-dialog').open")
        .await?;
    // The focus comes back to the cell it was opened from.
    assert_eq!(
        teacher
            .eval(&format!(
                "document.activeElement === document.querySelector({})",
                serde_json::to_string(&cell_button)?
            ))
            .await?,
        serde_json::Value::Bool(true)
    );
    teacher.finish(&[]).await?;
    student.finish(&[]).await
}
