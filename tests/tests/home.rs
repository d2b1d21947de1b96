//! The home page in a real browser against the real server: the course list, the language
//! switch, a phone's width, and what a student sees when the server is down.

use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

const LATVIAN_TITLE: &str = "Programmēšanas pamati";
const ENGLISH_TITLE: &str = "Programming basics";

#[tokio::test]
async fn a_latvian_browser_sees_the_courses_in_latvian() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("lv-LV,lv,en")).await?;
    browser.goto(&server.url("/")).await?;

    browser.wait_for_text(".course-list", LATVIAN_TITLE).await?;
    let titles = browser.texts(".course-card__title").await?;
    assert_eq!(
        titles,
        [
            LATVIAN_TITLE,
            "Parametriskais un ģeneratīvais 3D dizains",
            "3D spēļu izstrāde"
        ]
    );
    let counts = browser.texts(".course-card__meta").await?;
    assert_eq!(
        counts,
        [
            "9 nodarbības · 39 uzdevumi",
            "3 nodarbības · 6 uzdevumi",
            "6 nodarbības · 12 uzdevumu"
        ]
    );
    assert_eq!(
        browser.text("h1").await?,
        "Mācies programmēt un veidot 3D modeļus"
    );
    assert_eq!(
        browser.text(".main-nav").await?,
        "Kursi\nKoda laukums\n3D modeļi\nSpēļu studija\nDarbnīcas"
    );
    assert_eq!(browser.eval("document.documentElement.lang").await?, "lv");
    assert_eq!(
        browser.eval("document.title").await?,
        "Darbnīca: programmēšana un 3D dizains"
    );
    assert_eq!(
        browser
            .eval("document.querySelector('button[lang=lv]').getAttribute('aria-pressed')")
            .await?,
        "true"
    );
    browser.screenshot("home-lv-desktop").await?;
    browser.finish(&[]).await
}

#[tokio::test]
async fn switching_to_english_changes_the_texts_and_survives_a_reload() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    browser.goto(&server.url("/")).await?;
    browser.wait_for_text(".course-list", LATVIAN_TITLE).await?;

    browser.click("button[lang=en]").await?;
    browser.wait_for_text(".course-list", ENGLISH_TITLE).await?;
    assert_eq!(
        browser.text("h1").await?,
        "Learn to code and to design in 3D"
    );
    assert_eq!(
        browser.texts(".course-card__meta").await?,
        [
            "9 lessons · 39 exercises",
            "3 lessons · 6 exercises",
            "6 lessons · 12 exercises"
        ]
    );
    assert_eq!(browser.eval("document.documentElement.lang").await?, "en");

    browser.reload().await?;
    browser.wait_for_text(".course-list", ENGLISH_TITLE).await?;
    assert_eq!(
        browser.text(".main-nav").await?,
        "Courses\nPlayground\n3D models\nGame studio\nWorkshops"
    );
    assert_eq!(
        browser
            .eval("document.querySelector('button[lang=en]').getAttribute('aria-pressed')")
            .await?,
        "true"
    );
    browser.screenshot("home-en-desktop").await?;

    // And back: the choice is the user's, whatever the browser prefers.
    browser.click("button[lang=lv]").await?;
    browser.wait_for_text(".course-list", LATVIAN_TITLE).await?;
    browser.reload().await?;
    browser.wait_for_text(".course-list", LATVIAN_TITLE).await?;
    browser.finish(&[]).await
}

#[tokio::test]
async fn the_first_visit_follows_the_browser_and_falls_back_to_latvian() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (accept_language, expected_title) in [
        ("en-GB,en", ENGLISH_TITLE),
        ("de-DE,en", ENGLISH_TITLE),
        ("de-DE,ru", LATVIAN_TITLE),
    ] {
        let browser = TestBrowser::launch(BrowserOptions::desktop(accept_language)).await?;
        browser.goto(&server.url("/")).await?;
        let first_language = accept_language.split(',').next().unwrap_or_default();
        assert_eq!(
            browser.eval("navigator.languages[0]").await?,
            first_language,
            "the browser did not take the emulated languages"
        );
        browser
            .wait_for_text(".course-list", expected_title)
            .await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}

#[tokio::test]
async fn the_home_page_fits_a_phone_in_both_languages() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::phone("lv")).await?;
    browser.goto(&server.url("/")).await?;
    browser.wait_for_text(".course-list", LATVIAN_TITLE).await?;
    assert_eq!(browser.eval("window.innerWidth").await?, 390);
    let no_sideways_scroll = "document.documentElement.scrollWidth <= window.innerWidth";
    assert_eq!(browser.eval(no_sideways_scroll).await?, true);
    browser.screenshot("home-lv-phone").await?;

    browser.click("button[lang=en]").await?;
    browser.wait_for_text(".course-list", ENGLISH_TITLE).await?;
    assert_eq!(
        browser.eval("window.innerWidth").await?,
        390,
        "the screenshot lost the phone's width"
    );
    assert_eq!(browser.eval(no_sideways_scroll).await?, true);
    browser.screenshot("home-en-phone").await?;
    browser.finish(&[]).await
}

#[tokio::test]
async fn when_the_server_is_down_the_error_state_shows_and_retry_recovers() -> anyhow::Result<()> {
    let mut server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    browser.goto(&server.url("/")).await?;
    browser.wait_for_text(".course-list", LATVIAN_TITLE).await?;
    // The app asks who is signed in as it starts, after the course list may already be drawn.
    // Killing the server in the middle of that request would log a cut-off response.
    browser.wait_for_response("/api/me").await?;
    // And it registers its service worker once the page is quiet: its script is fetched then.
    browser
        .wait_until(
            "navigator.serviceWorker.getRegistration().then(registration => !!registration)",
        )
        .await?;

    server.kill();
    // Leave the home page and come back within the app, so that it asks the server again.
    browser.eval("history.pushState(null, '', '/nav-tadas-lapas'); dispatchEvent(new PopStateEvent('popstate'))").await?;
    browser.wait_for_text("main", "Šādas lapas nav").await?;
    browser.click(".not-found a").await?;
    let error = browser
        .wait_for_text(".error-state", "Kursus neizdevās ielādēt")
        .await?;
    assert!(error.contains("Neizdodas sazināties ar serveri"), "{error}");
    browser.screenshot("home-lv-server-down").await?;

    browser.click("button[lang=en]").await?;
    browser
        .wait_for_text(".error-state", "We can’t reach the server")
        .await?;
    browser.screenshot("home-en-server-down").await?;

    server.restart()?;
    browser.click(".error-state button").await?;
    browser.wait_for_text(".course-list", ENGLISH_TITLE).await?;
    assert_eq!(
        browser
            .eval("document.querySelector('.error-state') === null")
            .await?,
        true
    );
    browser.finish(&["ERR_CONNECTION_REFUSED"]).await
}

#[tokio::test]
async fn the_icons_exist_at_their_sizes_with_a_maskable_one_and_a_favicon_ico() -> anyhow::Result<()>
{
    let server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    browser.goto(&server.url("/")).await?;
    let problems = browser
        .eval(
            "(async () => {
               const manifest = await (await fetch('/manifest.webmanifest')).json();
               const problems = [];
               for (const icon of manifest.icons) {
                 const answer = await fetch(icon.src);
                 if (!answer.ok) { problems.push(`${icon.src}: ${answer.status}`); continue; }
                 if (icon.type !== 'image/png') continue;
                 const image = await createImageBitmap(await answer.blob());
                 if (`${image.width}x${image.height}` !== icon.sizes) {
                   problems.push(`${icon.src} is ${image.width}x${image.height}, not ${icon.sizes}`);
                 }
               }
               if (!manifest.icons.some(icon => icon.purpose === 'maskable')) problems.push('no maskable icon');
               const apple = await fetch(document.querySelector('link[rel=apple-touch-icon]').href);
               if (!apple.ok) problems.push(`apple-touch-icon: ${apple.status}`);
               // Browsers ask for it by themselves.
               const ico = await fetch('/favicon.ico');
               const image = ico.ok && await createImageBitmap(await ico.blob());
               if (!image || image.width !== 32) problems.push(`favicon.ico: ${ico.status}`);
               return problems.join('\\n');
             })()",
        )
        .await?;
    assert_eq!(problems, "", "{problems}");
    browser.finish(&[]).await
}
