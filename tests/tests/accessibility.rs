//! Every page, in Latvian and English, checked by axe-core (npm) in Chromium: no serious or
//! critical violations; and each page has a title of its own, its heading.

use darbnica_e2e::axe::{audit, axe_source};
use darbnica_e2e::classroom::{self, teacher_with_a_class};
use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

/// Opens `path` and waits until its heading (and `ready`, when given) is there.
async fn open(
    browser: &TestBrowser,
    server: &TestServer,
    path: &str,
    ready: Option<&str>,
) -> anyhow::Result<()> {
    browser.goto(&server.url(path)).await?;
    browser.text("#main h1").await?;
    match ready {
        // The editor, once the student has turned to it.
        Some(EDITOR_MADE) => browser.editor_made().await?,
        Some(ready) => {
            browser.text(ready).await?;
        }
        None => {}
    }
    Ok(())
}

const EDITOR_MADE: &str = ".code-editor[data-loaded=true]";

const EXERCISE: &str = "/courses/programmesanas-pamati/sveika-pasaule";

/// The pages anyone may open, with what shows that each has loaded.
const PUBLIC_PAGES: &[(&str, Option<&str>)] = &[
    ("/", None),
    ("/courses/programmesanas-pamati", None),
    (EXERCISE, Some(EDITOR_MADE)),
    ("/playground", Some(EDITOR_MADE)),
    ("/sandbox", Some(EDITOR_MADE)),
    ("/models", None),
    // Its sliders come once the model has been built.
    ("/models/zobrats", Some(".slider__value")),
    ("/studio", Some(EDITOR_MADE)),
    ("/games", None),
    ("/games/pongs", None),
    ("/workshops", None),
    ("/workshops/3d-spelu-izstrade", None),
    ("/signin", None),
    ("/signup", None),
    ("/join", None),
    ("/privacy", None),
    ("/no-such-page", None),
];

/// Opens one of [`PUBLIC_PAGES`] and waits until it has loaded.
async fn open_public(browser: &TestBrowser, server: &TestServer, path: &str) -> anyhow::Result<()> {
    let (_, ready) = PUBLIC_PAGES
        .iter()
        .find(|(public, _)| *public == path)
        .ok_or_else(|| anyhow::anyhow!("{path} is not one of the public pages"))?;
    open(browser, server, path, *ready).await
}

async fn check_every_page(language: &'static str) -> anyhow::Result<()> {
    let axe = axe_source()?;
    let server = TestServer::start()?;
    let mut problems = Vec::new();
    let mut titles = std::collections::BTreeMap::new();
    let mut record = |path: &str, (violations, title): (Vec<String>, String)| {
        for violation in violations {
            problems.push(format!("{path}: {violation}"));
        }
        titles.insert(path.to_owned(), title);
    };

    let visitor = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
    for (path, ready) in PUBLIC_PAGES {
        open(&visitor, &server, path, *ready).await?;
        record(path, audit(&visitor, &axe).await?);
        if *path == "/models/zobrats" {
            // Each slider's number box is named after its parameter, not only "Value".
            let named = visitor
                .eval(
                    "[...document.querySelectorAll('.slider')].length > 0 && \
                     [...document.querySelectorAll('.slider')].every(slider => \
                       slider.querySelector('.slider__value').getAttribute('aria-label') \
                         .startsWith(slider.querySelector('label').innerText.trim() + ':'))",
                )
                .await?;
            assert_eq!(named, true, "a number box without its parameter's name");
        }
        if *path == "/playground" {
            // The editor's focus ring and its note on the keys.
            visitor.click(".cm-content").await?;
            visitor
                .screenshot(&format!("editor-focused-{language}"))
                .await?;
        }
    }
    // The unknown page is answered with a 404, which Chromium logs.
    visitor
        .finish(&["404 (Not Found) http://127.0.0.1:"])
        .await?;

    // A teacher's pages, with a class that has work assigned, and a student's.
    let teacher = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
    let code = teacher_with_a_class(&teacher, &server, "ieva@skola.lv", "7.b").await?;
    record("/classes/{id}", audit(&teacher, &axe).await?);
    for path in ["/classes", "/account", "/my-exercises", "/my-exercises/new"] {
        open(&teacher, &server, path, None).await?;
        record(path, audit(&teacher, &axe).await?);
    }
    let student = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
    classroom::join(&student, &server, &code, "Jānis").await?;
    open(&student, &server, "/assignments", Some("#main li")).await?;
    record("/assignments", audit(&student, &axe).await?);
    teacher.finish(&[]).await?;
    student.finish(&[]).await?;

    assert!(
        problems.is_empty(),
        "axe-core, {language}:\n{}",
        problems.join("\n")
    );
    // Each page is named by its heading; no two pages share a title.
    let mut seen = std::collections::BTreeMap::new();
    for (path, title) in &titles {
        assert!(
            title.ends_with("Darbnīca") || title.starts_with("Darbnīca"),
            "{path}: {title}"
        );
        if let Some(other) = seen.insert(title.clone(), path.clone()) {
            panic!("{path} and {other} are both titled {title:?}");
        }
    }
    Ok(())
}

#[tokio::test]
async fn every_page_passes_axe_core_and_has_its_own_title_in_latvian() -> anyhow::Result<()> {
    check_every_page("lv").await
}

#[tokio::test]
async fn every_page_passes_axe_core_and_has_its_own_title_in_english() -> anyhow::Result<()> {
    check_every_page("en").await
}

/// The body's background colour, as the page paints it.
async fn background(browser: &TestBrowser) -> anyhow::Result<String> {
    browser
        .eval_string("getComputedStyle(document.body).backgroundColor")
        .await
}

/// Whether `rgb(r, g, b)` is a dark colour.
fn is_dark(colour: &str) -> bool {
    let channels: Vec<f64> = colour
        .trim_start_matches("rgba(")
        .trim_start_matches("rgb(")
        .trim_end_matches(')')
        .split(',')
        .take(3)
        .filter_map(|channel| channel.trim().parse().ok())
        .collect();
    channels.len() == 3 && channels.iter().sum::<f64>() / 3.0 < 80.0
}

#[tokio::test]
async fn dark_mode_follows_the_system_the_toggle_overrides_it_and_axe_core_passes()
-> anyhow::Result<()> {
    let axe = axe_source()?;
    let server = TestServer::start()?;
    let mut problems = Vec::new();
    for (language, options) in [
        ("en", BrowserOptions::desktop("en")),
        ("lv", BrowserOptions::phone("lv")),
    ] {
        let browser = TestBrowser::launch(options).await?;
        browser.prefer_dark(true).await?;
        open_public(&browser, &server, "/").await?;
        // The system asks for dark: the page is dark, and the toggle says so.
        assert!(
            is_dark(&background(&browser).await?),
            "{language}: not dark"
        );
        assert_eq!(
            browser
                .eval("document.querySelector('#theme-toggle').getAttribute('aria-pressed')")
                .await?,
            "true"
        );
        for path in ["/", EXERCISE, "/models/zobrats", "/studio", "/signin"] {
            open_public(&browser, &server, path).await?;
            let (violations, _) = audit(&browser, &axe).await?;
            problems.extend(
                violations
                    .into_iter()
                    .map(|violation| format!("{language} dark {path}: {violation}")),
            );
        }
        // The 3D view's bed follows the page: another picture in light than in dark.
        let device = if language == "en" { "desktop" } else { "phone" };
        open_public(&browser, &server, "/models/zobrats").await?;
        // The live view, not the thumbnail: as the pointer comes over it.
        browser.hover(".viewport__canvas").await?;
        browser
            .wait_until(
                "Number(document.querySelector('.viewport__canvas')?.dataset.triangles ?? 0) > 0",
            )
            .await?;
        browser
            .wait_until("document.querySelector('.viewport__placeholder') === null")
            .await?;
        browser
            .screenshot(&format!("dark-model-{language}-{device}"))
            .await?;
        let dark_view = browser.element_png(".viewport__canvas").await?;
        browser.click("#theme-toggle").await?;
        browser
            .wait_until("document.documentElement.dataset.theme === 'light'")
            .await?;
        browser
            .wait_until("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))")
            .await?;
        let light_view = browser.element_png(".viewport__canvas").await?;
        assert_ne!(
            dark_view, light_view,
            "{language}: the 3D view did not follow"
        );
        // Back to the system's (dark).
        browser.click("#theme-toggle").await?;
        browser
            .wait_until("document.documentElement.dataset.theme === undefined")
            .await?;

        open_public(&browser, &server, EXERCISE).await?;
        browser
            .screenshot(&format!("dark-exercise-{language}-{device}"))
            .await?;

        // The toggle chooses light against the system's dark, and the choice is kept.
        browser.click("#theme-toggle").await?;
        browser
            .wait_until("document.documentElement.dataset.theme === 'light'")
            .await?;
        assert!(!is_dark(&background(&browser).await?));
        browser.reload().await?;
        browser.text("#main h1").await?;
        browser
            .wait_until("document.documentElement.dataset.theme === 'light'")
            .await?;
        assert!(!is_dark(&background(&browser).await?));
        // Back to dark, which is the system's: the page follows the system again.
        browser.click("#theme-toggle").await?;
        browser
            .wait_until("document.documentElement.dataset.theme === undefined")
            .await?;
        assert!(is_dark(&background(&browser).await?));
        browser.prefer_dark(false).await?;
        browser
            .wait_until("getComputedStyle(document.body).backgroundColor !== '' && document.querySelector('#theme-toggle').getAttribute('aria-pressed') === 'false'")
            .await?;
        assert!(!is_dark(&background(&browser).await?));
        browser.finish(&[]).await?;
    }
    assert!(
        problems.is_empty(),
        "axe-core in dark mode:\n{}",
        problems.join("\n")
    );
    Ok(())
}
