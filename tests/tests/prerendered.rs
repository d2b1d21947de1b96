//! The server's copy of a page (`darbnica_api::prerendered`) on a slow connection: the content
//! shows before the app's wasm has arrived, in the reader's language and theme; the app then
//! takes its place without anything moving, and the largest paint stays the copy's.

use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

const EXERCISE: &str = "/courses/programmesanas-pamati/sveika-pasaule";

/// About 160 kbit/s: the HTML and the stylesheet arrive within a second or two, the app's wasm
/// (650 KB) only after half a minute.
const SLOW: f64 = 20_000.0;

/// Run in every page before its own scripts: adds up the layout shifts (but those right after
/// input), keeps the largest paint's time, and what the app showed when the copy went (its
/// page's heading; a loading state), for the test to read.
const WATCH_PAINTS: &str = "window.shifts = 0; window.largestPaint = null; \
     new PerformanceObserver(list => { for (const e of list.getEntries()) \
       if (!e.hadRecentInput) window.shifts += e.value; }) \
       .observe({type: 'layout-shift', buffered: true}); \
     new PerformanceObserver(list => { for (const e of list.getEntries()) \
       window.largestPaint = e.startTime; }) \
       .observe({type: 'largest-contentful-paint', buffered: true}); \
     new MutationObserver((_, observer) => { \
       if (document.querySelector('.app') && !document.getElementById('prerendered')) { \
         window.atSwap = {heading: !!document.querySelector('.app main h1'), \
           loading: !!document.querySelector('.app .loading-state')}; \
         observer.disconnect(); } }) \
       .observe(document, {childList: true, subtree: true});";

/// Opens `url` as a first visit on a slow connection (nothing in the HTTP cache) without waiting
/// for the app, until the copy has drawn with its stylesheet.
async fn open_slowly(browser: &TestBrowser, url: &str) -> anyhow::Result<()> {
    browser.clear_cache().await?;
    browser.throttle(Some(SLOW)).await?;
    browser
        .eval(&format!("location.href = {}", serde_json::to_string(url)?))
        .await?;
    // All of it (its footer is last), with its stylesheet. A slow connection takes its time.
    let shown = browser
        .wait_until_within(
            "!!document.querySelector('#prerendered footer') \
             && getComputedStyle(document.body).display === 'flex'",
            std::time::Duration::from_secs(60),
        )
        .await;
    if let Err(error) = shown {
        let state = browser
            .eval_string(
                "JSON.stringify({url: location.href, ready: document.readyState, \
                 copy: !!document.getElementById('prerendered'), \
                 display: document.body && getComputedStyle(document.body).display})",
            )
            .await
            .unwrap_or_default();
        return Err(error.context(format!(
            "the server's copy of the page did not show: {state}"
        )));
    }
    Ok(())
}

/// The next page comes from the server, as on a first visit: the service worker, once it has a
/// copy of the app, answers from that instead.
async fn forget_the_service_worker(browser: &TestBrowser) -> anyhow::Result<()> {
    browser
        .eval(
            "navigator.serviceWorker.getRegistrations() \
             .then(all => Promise.all(all.map(registration => registration.unregister())))",
        )
        .await?;
    Ok(())
}

#[tokio::test]
async fn the_copy_shows_first_and_the_app_takes_its_place_without_a_shift() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    anyhow::ensure!(
        darbnica_e2e::dist_dir()
            .join(darbnica_api::prerendered::FILE)
            .is_file(),
        "the build has no copies of the pages: run the tests with `cargo xtask test`"
    );
    for (options, language, device, title, heading) in [
        (
            BrowserOptions::desktop("en-GB,en"),
            "en",
            "desktop",
            "Hello, world! · Darbnīca",
            "Hello, world!",
        ),
        (
            BrowserOptions::phone("lv-LV,lv"),
            "lv",
            "phone",
            "Sveika, pasaule! · Darbnīca",
            "Sveika, pasaule!",
        ),
    ] {
        let browser = TestBrowser::launch(options).await?;
        browser.page.evaluate_on_new_document(WATCH_PAINTS).await?;
        open_slowly(&browser, &server.url(EXERCISE)).await?;

        // The copy, in the browser's language, before the app: the task, the starter in the
        // editor's place, and no app on show.
        assert_eq!(
            browser.eval("document.documentElement.lang").await?,
            language
        );
        assert_eq!(browser.eval("document.title").await?, title);
        assert_eq!(
            browser
                .eval_string("document.querySelector('#prerendered h1').innerText")
                .await?,
            heading
        );
        assert!(
            browser
                .eval_string("document.querySelector('#prerendered .code-snapshot').textContent")
                .await?
                .starts_with('#'),
            "the starter's comment in the editor's place"
        );
        assert_eq!(
            browser
                .eval("document.querySelector('.app:not(.app--waiting)') === null")
                .await?,
            true
        );
        // The app's wasm comes after the copy has painted: it is not preloaded.
        assert_eq!(
            browser
                .eval("document.querySelector('link[rel=preload][type=\"application/wasm\"]') === null")
                .await?,
            true
        );
        // What was true of the browser that drew it is not in it.
        assert_eq!(
            browser
                .eval("document.querySelector('#prerendered .offline-note') === null")
                .await?,
            true
        );
        browser
            .screenshot(&format!("prerendered-exercise-{language}-{device}"))
            .await?;

        // The connection recovers: the app takes the copy's place.
        browser.throttle(None).await?;
        browser.wait_for_the_app().await?;
        assert_eq!(browser.text("main h1").await?, heading);
        assert_eq!(
            browser
                .eval("document.querySelectorAll('main').length")
                .await?,
            1
        );
        // The app took the copy's place with its page drawn, not while it was still loading it.
        assert_eq!(
            browser.eval("window.atSwap").await?,
            serde_json::json!({"heading": true, "loading": false})
        );
        // Nothing moved at the swap, and no paint after it was larger than the copy's.
        // (The observers report in a task of their own: once more round the event loop.)
        browser
            .eval("new Promise(done => setTimeout(() => done(true)))")
            .await?;
        let shifts = browser
            .eval("window.shifts")
            .await?
            .as_f64()
            .unwrap_or(f64::MAX);
        assert!(shifts < 0.01, "layout shifts add up to {shifts}");
        let largest_paint = browser
            .eval("window.largestPaint")
            .await?
            .as_f64()
            .unwrap_or(f64::MAX);
        let shown = browser
            .eval("performance.getEntriesByName('darbnica-app-shown')[0].startTime")
            .await?
            .as_f64()
            .unwrap_or(0.0);
        assert!(
            largest_paint < shown,
            "the largest paint ({largest_paint} ms) came after the app took over ({shown} ms)"
        );
        // The app works: the code is CodeMirror once the student turns to it.
        browser.editor_made().await?;
        browser
            .wait_until("!!document.querySelector('main .cm-editor')")
            .await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}

#[tokio::test]
async fn the_copy_follows_the_language_and_theme_the_reader_chose() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    // An English browser whose reader switches to Latvian and to dark.
    let browser = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    browser.goto(&server.url("/models/zobrats")).await?;
    assert_eq!(browser.text("main h1").await?, "Gear");
    browser.click("button[lang=lv]").await?;
    browser.wait_for_text("main h1", "Zobrats").await?;
    browser.click("#theme-toggle").await?;
    browser
        .wait_until("document.documentElement.dataset.theme === 'dark'")
        .await?;
    let cookies = browser.eval_string("document.cookie").await?;
    assert!(
        cookies.contains("darbnica-language=lv") && cookies.contains("darbnica-theme=dark"),
        "{cookies}"
    );

    forget_the_service_worker(&browser).await?;
    open_slowly(&browser, &server.url("/models/zobrats")).await?;
    assert_eq!(browser.eval("document.documentElement.lang").await?, "lv");
    assert_eq!(
        browser
            .eval("document.documentElement.dataset.theme")
            .await?,
        "dark"
    );
    assert_eq!(
        browser
            .eval_string("document.querySelector('#prerendered h1').innerText")
            .await?,
        "Zobrats"
    );
    // The model's thumbnail stands where the 3D view will be, with its sliders and measures.
    assert_eq!(
        browser
            .eval("!!document.querySelector('#prerendered img.viewport__placeholder')")
            .await?,
        true
    );
    assert!(
        browser
            .eval_string("document.querySelector('#prerendered .sliders').innerText")
            .await?
            .contains("Zobu skaits")
    );
    assert!(
        browser
            .eval_string("document.querySelector('#prerendered .model-facts').innerText")
            .await?
            .contains("trijstūr")
    );
    browser.screenshot("prerendered-model-lv-dark").await?;
    browser.throttle(None).await?;
    browser.wait_for_the_app().await?;
    assert_eq!(browser.text("main h1").await?, "Zobrats");

    // Back to the system's theme: the cookie goes, and the next copy follows the system.
    browser.click("#theme-toggle").await?;
    browser
        .wait_until("!document.cookie.includes('darbnica-theme')")
        .await?;
    forget_the_service_worker(&browser).await?;
    open_slowly(&browser, &server.url("/models/zobrats")).await?;
    assert_eq!(
        browser
            .eval("document.documentElement.dataset.theme ?? null")
            .await?,
        serde_json::Value::Null
    );
    assert_eq!(browser.eval("document.documentElement.lang").await?, "lv");
    browser.throttle(None).await?;
    browser.wait_for_the_app().await?;
    browser.finish(&[]).await
}
