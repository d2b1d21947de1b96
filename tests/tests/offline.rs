//! Offline after one visit, on the release build's service worker: a student joins a class and
//! browses once; the connection goes (the DevTools protocol takes the page offline, and the server
//! is stopped too, since the page's emulated offline does not reach the service worker's own
//! fetches); the page reloads from the copy, an exercise is solved, a model is exported as STL and
//! a game plays; the connection comes back and the attempt reaches the teacher. And a new release:
//! the page says a new version is ready, and reloads into it when asked.

use darbnica_e2e::classroom::{FIRST, join, solve_first, teacher_with_a_class, wait_for_sync};
use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

/// Requests the browser logs as errors while the network is gone: the page's own (the account,
/// the sync) and the service worker's tries before it answers from its copy.
const OFFLINE_LOGS: &[&str] = &[
    "net::ERR_INTERNET_DISCONNECTED",
    "net::ERR_CONNECTION_REFUSED",
    "Failed to fetch",
];

const FRAME: &str = "Number(document.querySelector('.game-view__canvas')?.dataset.frame ?? 0)";

/// Waits until the service worker has the app and the catalogue, as the footer says.
async fn wait_until_offline_ready(browser: &TestBrowser) -> anyhow::Result<()> {
    browser
        .wait_until_within(
            "document.querySelector('#offline-note')?.dataset.state === 'ready'",
            std::time::Duration::from_secs(90),
        )
        .await
}

#[tokio::test]
async fn after_one_visit_everything_works_offline_and_the_attempt_syncs_later() -> anyhow::Result<()>
{
    let mut server = TestServer::start()?;
    let teacher = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    let code = teacher_with_a_class(&teacher, &server, "ieva@skola.lv", "5.a").await?;
    let student = TestBrowser::launch(BrowserOptions::desktop("lv")).await?;
    let downloads = tempfile::tempdir()?;
    student.allow_downloads(downloads.path()).await?;
    join(&student, &server, &code, "Anna Liepa").await?;
    wait_until_offline_ready(&student).await?;
    assert_eq!(
        student.text("#offline-note").await?,
        "Šajā ierīcē Darbnīca strādās arī bez interneta."
    );
    // The service worker looks after this page, and keeps nobody's own data.
    assert_eq!(
        student
            .eval("navigator.serviceWorker.controller?.scriptURL.endsWith('/sw.js')")
            .await?,
        serde_json::Value::Bool(true)
    );
    let kept = student
        .eval(
            "caches.keys().then(async names => { const urls = []; for (const name of names) \
             { for (const request of await (await caches.open(name)).keys()) urls.push(request.url) } \
             return urls })",
        )
        .await?;
    let kept: Vec<&str> = kept
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|url| url.as_str())
        .collect();
    assert!(
        kept.iter()
            .any(|url| url.contains("darbnica-worker-") && url.ends_with("_bg.wasm")),
        "the runtime is not kept: {kept:?}"
    );
    assert!(kept.iter().any(|url| url.contains("darbnica-pylib-")));
    assert!(kept.iter().any(|url| url.contains("/editor/editor-")));
    assert!(kept.iter().any(|url| url.ends_with("/thumbnail.png")));
    assert!(
        kept.iter().all(|url| !url.contains("/api/me")
            && !url.contains("/api/classes")
            && !url.contains("/api/progress")
            && !url.contains("/api/assignments")),
        "{kept:?}"
    );

    // The connection goes.
    student.set_offline(true).await?;
    server.kill();
    student.reload().await?;
    student.wait_for_text("h1", "Mani uzdevumi").await?;
    // The list the server last gave this student, kept in the browser.
    student
        .text(&format!("#my-assignments li[data-item='{FIRST}']"))
        .await?;
    student
        .wait_until("document.querySelector('#offline-note')?.dataset.state === 'offline'")
        .await?;
    assert_eq!(
        student.text("#offline-note").await?,
        "Nav interneta: strādā ar to, kas saglabāts šajā ierīcē."
    );
    // Truly offline: nothing the copy does not have can be fetched.
    let health = student
        .eval("fetch('/api/health').then(() => 'answered', () => 'failed')")
        .await?;
    assert_eq!(health.as_str(), Some("failed"));
    // The page from the copy keeps the server's Content-Security-Policy: an inline script is
    // refused.
    let refused = student
        .eval(
            "new Promise(resolve => { \
               document.addEventListener('securitypolicyviolation', \
                 event => resolve(event.violatedDirective), { once: true }); \
               const script = document.createElement('script'); \
               script.textContent = 'window.inlineRan = true'; \
               document.body.append(script); \
               setTimeout(() => resolve(window.inlineRan ? 'ran' : 'nothing'), 2000); \
             })",
        )
        .await?;
    assert!(
        refused
            .as_str()
            .is_some_and(|directive| directive.starts_with("script-src")),
        "{refused}"
    );
    student.screenshot("offline-assignments-lv-desktop").await?;

    // An exercise: opened, run (the runtime from the copy) and solved.
    solve_first(&student, &server).await?;
    wait_for_sync(&student, "offline").await?;
    student.screenshot("offline-exercise-solved-lv").await?;

    // A model: built (as the pointer comes to it) and exported.
    student.goto(&server.url("/models/zobrats")).await?;
    student.hover(".viewport__canvas").await?;
    student
        .wait_until(
            "Number(document.querySelector('.viewport__canvas')?.dataset.triangles ?? 0) > 0",
        )
        .await?;
    student.click("[data-format=\"stl\"]").await?;
    let stl = darbnica_e2e::downloaded(downloads.path(), "stl").await?;
    let mesh = stl_io::read_stl(&mut std::fs::File::open(&stl)?)?;
    assert!(!mesh.faces.is_empty());
    mesh.validate()?;

    // A game: it plays.
    student.goto(&server.url("/games/pongs")).await?;
    student.click("#game-start").await?;
    student.wait_until(&format!("{FRAME} >= 3")).await?;
    student.screenshot("offline-game-lv").await?;

    // The connection comes back: the attempt goes to the teacher.
    server.restart()?;
    student.set_offline(false).await?;
    wait_for_sync(&student, "saved").await?;
    teacher.reload().await?;
    let state = teacher
        .eval(&format!(
            "fetch(location.pathname.replace('/classes/', '/api/classes/') + '/grid')\
             .then(answer => answer.json())\
             .then(grid => grid.cells.find(cell => cell.item === '{FIRST}')?.state)"
        ))
        .await?;
    assert_eq!(state.as_str(), Some("solved"), "{state}");

    // The teacher's open grid asked for news while the server was down.
    teacher.finish(OFFLINE_LOGS).await?;
    // And the inline script the test added, which the policy refused.
    student
        .finish(
            &[
                OFFLINE_LOGS,
                &["violates the following Content Security Policy directive"],
            ]
            .concat(),
        )
        .await
}

#[tokio::test]
async fn a_new_release_waits_until_the_user_reloads_into_it() -> anyhow::Result<()> {
    // A copy of the build, which the test turns into the next release.
    let dist = tempfile::tempdir()?;
    copy_dir(&darbnica_e2e::dist_dir(), dist.path())?;
    let server = TestServer::start_with_dist(dist.path().to_owned())?;
    let browser = TestBrowser::launch(BrowserOptions::phone("en")).await?;
    browser.goto(&server.url("/")).await?;
    wait_until_offline_ready(&browser).await?;
    browser
        .wait_until("navigator.serviceWorker.controller !== null")
        .await?;

    // The next release: index.html changes, and so does its revision in sw.js's list.
    let next_release = release_with_a_changed_page(dist.path())?;
    browser.reload().await?;
    browser.text("#update-prompt").await?;
    assert_eq!(
        browser.text("#update-prompt p").await?,
        "A new version of Darbnīca is ready."
    );
    // Until the user chooses, the page is still the release it opened with.
    assert_eq!(release_meta(&browser).await?, serde_json::Value::Null);
    browser.screenshot("update-prompt-en-phone").await?;

    browser.click("#update-reload").await?;
    browser
        .wait_until(&format!(
            "document.querySelector('meta[name=darbnica-test-release]')?.content === '{next_release}'"
        ))
        .await?;
    browser.text("#offline-note").await?;
    assert_eq!(
        browser
            .eval("document.querySelector('#update-prompt') === null")
            .await?,
        serde_json::Value::Bool(true)
    );
    browser.finish(&[]).await
}

/// The `<meta name="darbnica-test-release">` of the page, if it has one.
async fn release_meta(browser: &TestBrowser) -> anyhow::Result<serde_json::Value> {
    browser
        .eval("document.querySelector('meta[name=darbnica-test-release]')?.content ?? null")
        .await
}

/// Changes the build in `dist` as a new release would: index.html gets a mark, and sw.js a new
/// revision for it, so that browsers see a new service worker. Returns the mark.
fn release_with_a_changed_page(dist: &std::path::Path) -> anyhow::Result<&'static str> {
    const MARK: &str = "2";
    let index = dist.join("index.html");
    let page = std::fs::read_to_string(&index)?;
    std::fs::write(
        &index,
        page.replacen(
            "</head>",
            &format!("<meta name=\"darbnica-test-release\" content=\"{MARK}\"></head>"),
            1,
        ),
    )?;
    let script = dist.join("sw.js");
    let code = std::fs::read_to_string(&script)?;
    // The list's entry for index.html, `{"revision":"…","url":"/index.html"}`, gets a new revision.
    let url = code
        .find("\"/index.html\"")
        .ok_or_else(|| anyhow::anyhow!("sw.js does not list /index.html"))?;
    let start = code[..url].rfind('{').unwrap_or(0);
    let end = url + code[url..].find('}').unwrap_or(0) + 1;
    let mut entry: serde_json::Value = serde_json::from_str(&code[start..end])?;
    entry["revision"] = "next-release".into();
    std::fs::write(
        &script,
        format!("{}{entry}{}", &code[..start], &code[end..]),
    )?;
    // The compressed twins would still be the old release.
    for name in ["index.html", "sw.js"] {
        for twin in [".br", ".gz"] {
            let _ = std::fs::remove_file(dist.join(format!("{name}{twin}")));
        }
    }
    Ok(MARK)
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
