//! Exercises in a real browser against the real server and content: a course page leads to an
//! exercise; a wrong answer is checked and told what to fix, a hint is revealed, a right answer
//! passes; the progress is in IndexedDB, so a reload (and the course page) still shows it. An
//! error gets its friendly explanation with the line highlighted. In Latvian and English.

use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

const EDITOR: &str = ".cm-content";
const COURSE: &str = "/courses/programmesanas-pamati";

async fn open(
    server: &TestServer,
    language: &'static str,
    path: &str,
) -> anyhow::Result<TestBrowser> {
    let browser = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
    browser.goto(&server.url(path)).await?;
    Ok(browser)
}

async fn wait_for_editor(browser: &TestBrowser) -> anyhow::Result<()> {
    browser.editor_made().await?;
    Ok(())
}

#[tokio::test]
async fn a_latvian_student_fails_gets_a_hint_solves_and_keeps_the_progress() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = open(&server, "lv", COURSE).await?;

    // The course page: lessons in order, nothing started yet.
    browser.wait_for_text("h1", "Programmēšanas pamati").await?;
    let lessons = browser.texts(".lesson__title").await?;
    assert_eq!(lessons.len(), 9, "{lessons:?}");
    assert_eq!(lessons[0], "Teksts ekrānā");
    assert_eq!(
        browser.text("#course-progress").await?,
        "Atrisināti 0 no 39 uzdevumiem"
    );
    browser.screenshot("course-lv-start").await?;

    browser.click("[data-exercise-id=sveika-pasaule] a").await?;
    browser.wait_for_text("h1", "Sveika, pasaule!").await?;
    wait_for_editor(&browser).await?;
    assert_eq!(
        browser.text(EDITOR).await?.trim_end(),
        "# Uzraksti savu programmu šeit"
    );
    assert_eq!(browser.text("#exercise-status").await?, "Vēl nav sākts");

    // A wrong answer: the checks say what was expected and what the program printed.
    browser
        .replace_text(EDITOR, "print(\"Sveika pasaule\")")
        .await?;
    browser.click("#run-button").await?;
    let failed = browser
        .wait_for_text(".check-result--failed", "Vēl ne gluži")
        .await?;
    assert!(
        failed.contains(
            "1. rindā jābūt „Sveika, pasaule!”, bet tava programma izdrukāja „Sveika pasaule”."
        ),
        "{failed}"
    );
    assert_eq!(browser.text("#exercise-status").await?, "Iesākts");
    assert_eq!(browser.text("#exercise-attempts").await?, "1 mēģinājums");

    // A hint, one at a time.
    assert_eq!(browser.texts(".hint").await?.len(), 0);
    browser.click("#hint-button").await?;
    let hints = browser.texts(".hint").await?;
    assert_eq!(hints.len(), 1);
    assert!(hints[0].contains("print(...)"), "{hints:?}");
    assert_eq!(
        browser.text("#hint-button").await?,
        "Parādīt padomu (2. no 2)"
    );
    // The solution stays hidden until solved or tried enough.
    assert_eq!(
        browser
            .eval("document.querySelector('#solution-button').disabled")
            .await?,
        true
    );
    browser.screenshot("exercise-lv-failed-with-hint").await?;

    // The right answer passes.
    browser
        .replace_text(EDITOR, "print(\"Sveika, pasaule!\")")
        .await?;
    browser.click("#run-button").await?;
    browser
        .wait_for_text(
            ".check-result--passed",
            "Pareizi! Visas 2 pārbaudes izdevās.",
        )
        .await?;
    assert_eq!(browser.text("#exercise-status").await?, "Atrisināts");
    assert_eq!(browser.text("#exercise-attempts").await?, "2 mēģinājumi");
    assert_eq!(browser.text("#next-exercise").await?, "Nākamais uzdevums →");

    // Solved: the solution may be seen, highlighted like the editor.
    browser.click("#solution-button").await?;
    browser
        .wait_for_text(".solution .tok-string", "\"Sveika, pasaule!\"")
        .await?;
    browser.screenshot("exercise-lv-solved").await?;

    // A reload keeps the code, the status and the hint.
    browser.reload().await?;
    wait_for_editor(&browser).await?;
    browser
        .wait_for_text("#exercise-status", "Atrisināts")
        .await?;
    assert_eq!(
        browser.text(EDITOR).await?.trim_end(),
        "print(\"Sveika, pasaule!\")"
    );
    assert_eq!(browser.texts(".hint").await?.len(), 1);

    // The course page shows it too.
    browser.goto(&server.url(COURSE)).await?;
    browser
        .wait_for_text("#course-progress", "Atrisināti 1 no 39 uzdevumiem")
        .await?;
    assert_eq!(
        browser
            .eval(
                "document.querySelector('[data-exercise-id=sveika-pasaule] .badge').dataset.status"
            )
            .await?,
        "progress-solved"
    );
    browser.screenshot("course-lv-progress").await?;
    browser.finish(&[]).await
}

#[tokio::test]
async fn an_english_student_with_input_and_a_function_exercise() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = open(&server, "en", &format!("{COURSE}/divu-skaitlu-summa")).await?;
    wait_for_editor(&browser).await?;

    // The classic mistake: text from input() added as text. The example input is answered by
    // itself and shown in the output; the checks feed their own inputs.
    browser
        .replace_text(
            EDITOR,
            "a = input(\"First: \")\nb = input(\"Second: \")\nprint(a + b)",
        )
        .await?;
    browser.click("#run-button").await?;
    let failed = browser
        .wait_for_text(".check-result--failed", "Not quite yet")
        .await?;
    assert!(failed.contains("With input"), "{failed}");
    assert!(failed.contains("should be"), "{failed}");
    assert!(
        browser
            .text("#run-output-text")
            .await?
            .starts_with("First: ")
    );
    assert_eq!(browser.texts(".run-output__input").await?.len(), 2);

    browser.click("#hint-button").await?;
    assert_eq!(browser.texts(".hint").await?.len(), 1);
    browser.screenshot("exercise-en-failed-with-hint").await?;

    browser
        .replace_text(
            EDITOR,
            "a = int(input(\"First: \"))\nb = int(input(\"Second: \"))\nprint(a + b)",
        )
        .await?;
    browser.click("#run-button").await?;
    browser
        .wait_for_text(".check-result--passed", "Correct!")
        .await?;
    assert_eq!(browser.text("#exercise-status").await?, "Solved");

    // A function exercise: an error gets its explanation and the line is highlighted.
    browser
        .goto(&server.url(&format!("{COURSE}/kvadrats")))
        .await?;
    wait_for_editor(&browser).await?;
    browser
        .replace_text(
            EDITOR,
            "def square(n):\n    return n * n\n\nprint(sqare(3))",
        )
        .await?;
    browser.click("#run-button").await?;
    let error = browser
        .wait_for_text(".run-result--error", "NameError")
        .await?;
    assert!(
        error.contains("Python doesn’t know the name sqare. Did you mean square?"),
        "{error}"
    );
    // The names in the explanation are shown as code.
    assert_eq!(
        browser.texts(".run-result__explanation code").await?,
        ["sqare", "square"]
    );
    browser.text(".cm-error-line").await?;
    assert_eq!(
        browser.text(".check-result--waiting").await?,
        "Once the error is fixed, your program can be checked."
    );
    browser.screenshot("exercise-en-error").await?;

    // After a reload the course page shows one solved and one started.
    browser.goto(&server.url(COURSE)).await?;
    browser
        .wait_for_text("#course-progress", "1 of 39 exercises solved")
        .await?;
    let status = |id: &str| {
        format!("document.querySelector('[data-exercise-id={id}] .badge').dataset.status")
    };
    assert_eq!(
        browser.eval(&status("divu-skaitlu-summa")).await?,
        "progress-solved"
    );
    assert_eq!(browser.eval(&status("kvadrats")).await?, "progress-tried");
    browser.screenshot("course-en-progress").await?;
    browser.finish(&[]).await
}

#[tokio::test]
async fn an_unknown_exercise_says_so_in_the_students_language() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = open(&server, "lv", &format!("{COURSE}/nav-tada")).await?;
    browser
        .wait_for_text(".error-state", "Uzdevumu neizdevās ielādēt")
        .await?;
    assert!(
        browser
            .text(".error-state")
            .await?
            .contains("Šāda satura nav")
    );
    browser.finish(&["404"]).await
}

#[tokio::test]
async fn the_exercise_page_fits_a_phone_in_both_languages() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (language, title, check) in [
        ("lv", "Divu skaitļu summa", "Pareizi!"),
        ("en", "The sum of two numbers", "Correct!"),
    ] {
        let browser = TestBrowser::launch(BrowserOptions::phone(language)).await?;
        browser
            .goto(&server.url(&format!("{COURSE}/divu-skaitlu-summa")))
            .await?;
        browser.wait_for_text("h1", title).await?;
        wait_for_editor(&browser).await?;
        // The server's Link header had the browser fetch the exercise while the app loaded, and
        // the app used that answer: one request, and not the app's own fetch.
        let requests = browser
            .eval(
                "performance.getEntriesByType('resource').filter(entry => entry.name \
                 .endsWith('/api/courses/programmesanas-pamati/exercises/divu-skaitlu-summa')) \
                 .map(entry => entry.initiatorType)",
            )
            .await?;
        let requests = requests.as_array().cloned().unwrap_or_default();
        assert!(
            requests.len() == 1 && requests[0] != "fetch",
            "{language}: {requests:?}"
        );
        browser
            .replace_text(EDITOR, "a = int(input())\nb = int(input())\nprint(a + b)")
            .await?;
        browser.click("#run-button").await?;
        browser
            .wait_for_text(".check-result--passed", check)
            .await?;
        let no_sideways_scroll = "document.documentElement.scrollWidth <= window.innerWidth";
        assert_eq!(browser.eval(no_sideways_scroll).await?, true, "{language}");
        browser
            .screenshot(&format!("exercise-{language}-phone"))
            .await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}

#[tokio::test]
async fn an_exercise_opened_from_outside_shows_its_code_as_text_until_the_student_turns_to_it()
-> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (language, first_line) in [
        ("lv", "# Ciklā izvadi mainīgo i"),
        ("en", "# Print the variable i inside the loop"),
    ] {
        // The server's copy first, then the app; still after the page has gone quiet (it has
        // registered its service worker by then), the code is text and the editor's bundle has
        // not been asked for, nor the task's code highlighted with it.
        let browser = open(&server, language, &format!("{COURSE}/skaitisana")).await?;
        browser
            .wait_until(
                "navigator.serviceWorker.getRegistration().then(registration => !!registration)",
            )
            .await?;
        let code = browser.text(".code-snapshot").await?;
        assert_eq!(code.lines().next(), Some(first_line), "{language}");
        let editor_asked = "performance.getEntriesByType('resource')\
             .some(entry => entry.name.includes('/editor/'))";
        assert_eq!(browser.eval(editor_asked).await?, false, "{language}");
        assert_eq!(
            browser
                .eval("document.querySelector('.cm-content') === null")
                .await?,
            true
        );
        let plain_blocks = "document.querySelectorAll('.task-text pre code.language-python:not([data-highlighted])').length";
        assert!(
            browser.eval(plain_blocks).await?.as_u64() > Some(0),
            "{language}"
        );

        // The pointer over the task (not yet the code): the editor, with the same code, and
        // the task's code highlighted.
        browser.hover(".task-text").await?;
        browser.text(".code-editor[data-loaded=true]").await?;
        assert_eq!(
            browser.text(EDITOR).await?.lines().next(),
            Some(first_line),
            "{language}"
        );
        browser.wait_until(&format!("{plain_blocks} === 0")).await?;
        assert_eq!(browser.eval(editor_asked).await?, true, "{language}");
        browser.finish(&[]).await?;
    }
    Ok(())
}
