//! The Playground in a real browser: Python runs in the runtime worker, prints, asks for input,
//! reports errors with the line highlighted, and is stopped by Stop or the time limit without the
//! page freezing. In Latvian and English.

use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

const EDITOR: &str = ".cm-content";
const OUTPUT: &str = "#run-output-text";

async fn open_playground(
    server: &TestServer,
    accept_language: &'static str,
) -> anyhow::Result<TestBrowser> {
    let browser = TestBrowser::launch(BrowserOptions::desktop(accept_language)).await?;
    browser.goto(&server.url("/playground")).await?;
    browser.editor_made().await?;
    Ok(browser)
}

/// Puts `code` into the editor, runs it, waits for the result to say `result`, and returns the
/// output.
async fn run(browser: &TestBrowser, code: &str, result: &str) -> anyhow::Result<String> {
    browser.replace_text(EDITOR, code).await?;
    browser.click("#run-button").await?;
    browser.wait_for_text(".run-result", result).await?;
    browser.text(OUTPUT).await
}

#[tokio::test]
async fn code_runs_and_its_output_shows() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = open_playground(&server, "lv").await?;
    assert_eq!(browser.text("h1").await?, "Koda laukums");
    let code = "print('Sveiki!')\nfor i in range(4):\n    print(i * i)\n";
    let output = run(&browser, code, "Programma izpildīta.").await?;
    assert_eq!(output, "Sveiki!\n0\n1\n4\n9\n");
    let announced = browser
        .eval("document.querySelector('#run-announcement[aria-live=polite]').textContent")
        .await?;
    assert_eq!(announced, "Programma izpildīta.");
    browser.screenshot("playground-lv").await?;

    // Larger code text, for a projector: the editor and the output grow, and stay so.
    browser
        .eval(
            "const size = document.querySelector('.code-size select'); \
             size.value = 'large'; size.dispatchEvent(new Event('change'))",
        )
        .await?;
    let sizes = "[getComputedStyle(document.querySelector('.cm-editor')).fontSize, \
                  getComputedStyle(document.querySelector('#run-output-text')).fontSize].join()";
    assert_eq!(browser.eval(sizes).await?, "19.2px,19.2px");

    // The code survives a reload, and so does the size.
    browser.reload().await?;
    browser.wait_for_text(EDITOR, "print('Sveiki!')").await?;
    assert_eq!(
        browser
            .eval("document.querySelector('.code-size select').value")
            .await?,
        "large"
    );
    assert_eq!(
        browser
            .eval("getComputedStyle(document.querySelector('.cm-editor')).fontSize")
            .await?,
        "19.2px"
    );
    browser.finish(&[]).await
}

#[tokio::test]
async fn a_less_common_module_is_downloaded_on_its_first_import_and_works() -> anyhow::Result<()> {
    // `statistics` and `decimal` are not in the runtime's download: the worker fetches the
    // on-demand library (crates/python/src/on_demand.rs) from the portal when they are imported.
    let server = TestServer::start()?;
    let browser = open_playground(&server, "en").await?;
    let code = "import statistics, decimal\n\
                print(statistics.mean([1, 2, 3, 4]), decimal.Decimal('0.1') + decimal.Decimal('0.2'))";
    assert_eq!(run(&browser, code, "Program finished.").await?, "2.5 0.3\n");

    // A second run uses what was downloaded.
    let code = "import datetime\nprint(datetime.date(2026, 12, 3).isoformat())";
    assert_eq!(
        run(&browser, code, "Program finished.").await?,
        "2026-12-03\n"
    );
    browser.finish(&[]).await
}

#[tokio::test]
async fn an_endless_loop_is_stopped_with_stop_and_the_next_run_works() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = open_playground(&server, "en").await?;
    browser
        .replace_text(EDITOR, "print('looping')\nwhile True:\n    pass\n")
        .await?;
    browser.click("#run-button").await?;
    browser.wait_for_text(OUTPUT, "looping").await?;
    browser
        .wait_for_text(".runtime-status", "Your program is running")
        .await?;
    // The page still answers while the program loops.
    assert_eq!(browser.eval("1 + 1").await?, 2);
    browser.click("#stop-button").await?;
    browser
        .wait_for_text(".run-result", "Program stopped.")
        .await?;

    let output = run(&browser, "print('after the stop')", "Program finished.").await?;
    assert_eq!(output, "after the stop\n");
    browser.finish(&[]).await
}

#[tokio::test]
async fn input_asks_the_student_and_the_program_goes_on() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = open_playground(&server, "lv").await?;
    browser.replace_text(EDITOR, "vards = input('Kā tevi sauc? ')\nvecums = int(input('Cik tev gadu? '))\nprint(f'Sveiks, {vards}! Nākamgad tev būs {vecums + 1}.')").await?;
    browser.click("#run-button").await?;
    browser
        .wait_for_text(".input-line", "Programma gaida tavu atbildi")
        .await?;
    browser.type_text("#input-line", "Anna").await?;
    browser.press_enter("#input-line").await?;
    browser.wait_for_text(OUTPUT, "Cik tev gadu? ").await?;
    browser.type_text("#input-line", "12").await?;
    browser.press_enter("#input-line").await?;
    browser
        .wait_for_text(".run-result", "Programma izpildīta.")
        .await?;
    assert_eq!(
        browser.text(OUTPUT).await?,
        "Kā tevi sauc? Anna\nCik tev gadu? 12\nSveiks, Anna! Nākamgad tev būs 13.\n"
    );
    browser.screenshot("playground-lv-input").await?;
    browser.finish(&[]).await
}

#[tokio::test]
async fn stop_ends_a_program_that_waits_for_input() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = open_playground(&server, "en").await?;
    browser
        .replace_text(EDITOR, "name = input('Name? ')\nprint('Hello', name)")
        .await?;
    browser.click("#run-button").await?;
    browser.text("#input-line").await?;
    browser.click("#stop-button").await?;
    browser
        .wait_for_text(".run-result", "Program stopped.")
        .await?;
    assert_eq!(
        browser
            .eval("document.querySelector('#input-line') === null")
            .await?,
        true,
        "the input line is gone"
    );
    assert_eq!(
        browser
            .eval("document.querySelector('#stop-button').disabled")
            .await?,
        true
    );
    // And the next run works.
    let output = run(&browser, "print('again')", "Program finished.").await?;
    assert_eq!(output, "again\n");
    browser.finish(&[]).await
}

#[tokio::test]
async fn an_error_is_explained_and_its_line_highlighted_in_both_languages() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = open_playground(&server, "lv").await?;
    browser
        .replace_text(EDITOR, "vards = 'Anna'\nprint(vard)\n")
        .await?;
    browser.click("#run-button").await?;
    let report = browser
        .wait_for_text(".run-result--error", "NameError")
        .await?;
    assert!(report.contains("2. rinda"), "{report}");
    assert!(
        report.contains("Python nepazīst nosaukumu vard. Varbūt domāji vards?"),
        "{report}"
    );
    assert!(report.contains("Did you mean: 'vards'?"), "{report}");
    assert_eq!(browser.text(".cm-error-line").await?, "print(vard)");
    // Screen readers hear it briefly, from the live region that is always on the page.
    let announced = browser
        .eval("document.querySelector('#run-announcement[aria-live=polite]').textContent")
        .await?;
    assert_eq!(announced, "NameError · 2. rinda");
    browser.screenshot("playground-lv-error").await?;

    browser.click("button[lang=en]").await?;
    let report = browser
        .wait_for_text(
            ".run-result--error",
            "Python doesn’t know the name vard. Did you mean vards?",
        )
        .await?;
    assert!(report.contains("line 2"), "{report}");
    browser.screenshot("playground-en-error").await?;
    browser.finish(&[]).await
}

#[tokio::test]
async fn a_program_over_the_time_limit_is_stopped_by_the_page() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = open_playground(&server, "en").await?;
    browser
        .replace_text(EDITOR, "while True:\n    pass\n")
        .await?;
    browser.click("#run-button").await?;
    browser
        .wait_for_text(".run-result", "ran for more than 5 seconds")
        .await?;
    browser.replace_text(EDITOR, "print(6 * 7)").await?;
    browser.click("#run-button").await?;
    browser
        .wait_for_text(".run-result", "Program finished.")
        .await?;
    assert_eq!(browser.text(OUTPUT).await?, "42\n");
    browser.finish(&[]).await
}

#[tokio::test]
async fn the_playground_fits_a_phone_in_both_languages() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::phone("lv")).await?;
    browser.goto(&server.url("/playground")).await?;
    browser.editor_made().await?;
    browser
        .replace_text(EDITOR, "for i in range(1, 4):\n    print(i, '*' * i)\n")
        .await?;
    browser.click("#run-button").await?;
    browser
        .wait_for_text(".run-result", "Programma izpildīta.")
        .await?;
    let no_sideways_scroll = "document.documentElement.scrollWidth <= window.innerWidth";
    assert_eq!(browser.eval(no_sideways_scroll).await?, true);
    browser.screenshot("playground-lv-phone").await?;
    browser.click("button[lang=en]").await?;
    browser
        .wait_for_text(".run-result", "Program finished.")
        .await?;
    assert_eq!(browser.eval(no_sideways_scroll).await?, true);
    browser.screenshot("playground-en-phone").await?;
    browser.finish(&[]).await
}
