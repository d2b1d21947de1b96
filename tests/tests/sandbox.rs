//! The 3D sandbox in a real browser (WebGL2 through SwiftShader): a gallery project opens, its
//! model is built in the worker and drawn, a slider re-builds it and the picture changes, the
//! model is saved in each format (the files read back), and share links open the same model,
//! in Latvian and English.

use std::time::Duration;

use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

/// The triangle count the viewport draws.
const TRIANGLES: &str =
    "Number(document.querySelector('.viewport__canvas')?.dataset.triangles ?? 0)";
const EDITOR: &str = ".cm-content";

async fn wait_for_triangles(browser: &TestBrowser, not: f64) -> anyhow::Result<f64> {
    for _ in 0..300 {
        let count = browser.eval(TRIANGLES).await?.as_f64().unwrap_or(0.0);
        if count > 0.0 && count != not {
            return Ok(count);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    anyhow::bail!("the model was not drawn (or did not change from {not} triangles)")
}

/// The viewport's picture once it has settled: two shots in a row the same.
async fn still_picture(browser: &TestBrowser) -> anyhow::Result<Vec<u8>> {
    let mut last = browser.element_png(".viewport__canvas").await?;
    for _ in 0..50 {
        let now = browser.element_png(".viewport__canvas").await?;
        if now == last {
            return Ok(now);
        }
        last = now;
    }
    anyhow::bail!("the picture never settled")
}

#[tokio::test]
async fn a_gallery_project_is_drawn_and_a_slider_rebuilds_it() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (language, gallery, slider_label) in [
        ("lv", "3D modeļi", "Zobu skaits"),
        ("en", "3D models", "Number of teeth"),
    ] {
        let browser = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        browser.goto(&server.url("/models")).await?;
        browser.wait_for_text("h1", gallery).await?;
        // The list arrives after the heading, each project with its thumbnail.
        browser.text("[data-model-id=zobrats] a").await?;
        assert!(browser.texts(".gallery__item").await?.len() >= 10);
        let thumbnails_loaded = "Array.from(document.querySelectorAll('.gallery__thumbnail img')).filter(i => i.complete && i.naturalWidth === 320).length";
        for _ in 0..50 {
            if browser.eval(thumbnails_loaded).await?.as_f64() >= Some(10.0) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(browser.eval(thumbnails_loaded).await?.as_f64() >= Some(10.0));
        browser.screenshot(&format!("gallery-{language}")).await?;
        // The project's page, with the pointer on the heading, away from where the 3D view
        // will be (a pointer over the view would make it at once).
        assert_eq!(
            browser
                .eval_string(
                    "document.querySelector('[data-model-id=zobrats] h2 a').getAttribute('href')"
                )
                .await?,
            "/models/zobrats"
        );
        browser.hover("h1").await?;
        browser.goto(&server.url("/models/zobrats")).await?;
        // The page shows the model as its thumbnail, with its sliders and measures (its facts,
        // made with the thumbnail), and runs nothing until the student turns to it: not even
        // once the page is quiet and has registered its offline copy.
        browser
            .wait_until(
                "document.querySelector('.viewport__placeholder')?.getAttribute('src') \
                 === '/api/models/zobrats/thumbnail.png'",
            )
            .await?;
        let facts = browser.text("#model-facts").await?;
        assert!(
            browser.text(".sliders").await?.contains(slider_label),
            "{language}"
        );
        browser
            .wait_until(
                "navigator.serviceWorker.getRegistration().then(registration => !!registration)",
            )
            .await?;
        assert_eq!(
            browser
                .eval("performance.getEntriesByName('darbnica-python-load-start').length")
                .await?
                .as_f64(),
            Some(0.0),
            "nothing runs by itself"
        );
        assert_eq!(
            browser
                .eval("document.querySelector('.cm-content') === null")
                .await?,
            true,
            "the code shows as text until then"
        );
        assert!(browser.text(".code-snapshot").await?.contains("param("));
        let described = browser
            .eval_string("document.querySelector('.viewport__canvas').getAttribute('aria-label')")
            .await?;
        browser
            .screenshot(&format!("sandbox-{language}-gear-waiting"))
            .await?;
        // The pointer over the view: the model is built, and the live view takes the picture's
        // place, with the same measures as the facts said; the code goes into the editor.
        browser.hover(".viewport__canvas").await?;
        let first = wait_for_triangles(&browser, 0.0).await?;
        browser
            .wait_until("document.querySelector('.viewport__placeholder') === null")
            .await?;
        assert_eq!(browser.text("#model-facts").await?, facts);
        browser.editor_made().await?;
        assert!(facts.contains(&first.to_string()), "{facts} / {first}");
        assert_eq!(
            browser
                .eval_string(
                    "document.querySelector('.viewport__canvas').getAttribute('aria-label')"
                )
                .await?,
            described
        );
        let before = still_picture(&browser).await?;
        browser
            .screenshot(&format!("sandbox-{language}-gear"))
            .await?;

        // More teeth: the worker builds a new gear and the view draws it.
        browser.move_slider("teeth", 10.0).await?;
        let second = wait_for_triangles(&browser, first).await?;
        assert!(second > first, "{first} → {second}");
        let after = still_picture(&browser).await?;
        assert_ne!(before, after, "the picture did not change");
        browser
            .screenshot(&format!("sandbox-{language}-gear-more-teeth"))
            .await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}

#[tokio::test]
async fn a_model_is_saved_in_each_format_and_the_files_read_back() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    let downloads = tempfile::tempdir()?;
    browser.allow_downloads(downloads.path()).await?;
    // A project link with a slider value in it.
    browser
        .goto(&server.url("/models/zobrats?teeth=24"))
        .await?;
    let triangles = wait_for_triangles(&browser, 0.0).await? as usize;
    let teeth = browser
        .eval("document.querySelector('input[type=range][data-param=teeth]').value")
        .await?;
    assert_eq!(teeth.as_str(), Some("24"));

    // The view by keyboard: it says what it shows, and the arrows turn the model.
    let description = browser
        .eval("document.querySelector('.viewport__canvas').getAttribute('aria-label')")
        .await?;
    let description = description.as_str().unwrap_or_default();
    assert!(
        description.starts_with("3D view of the model: ")
            && description.contains(" mm, parts: 1, ")
            && description.contains(&format!("triangles: {triangles}.")),
        "{description}"
    );
    let before = still_picture(&browser).await?;
    browser
        .eval("document.querySelector('.viewport__canvas').focus()")
        .await?;
    for _ in 0..3 {
        browser.key_down("ArrowLeft").await?;
        browser.key_up("ArrowLeft").await?;
    }
    let turned = still_picture(&browser).await?;
    assert_ne!(before, turned, "the arrow keys did not turn the model");

    browser.click("[data-format=\"stl\"]").await?;
    let stl = darbnica_e2e::downloaded(downloads.path(), "stl").await?;
    let name = stl.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("zobrats-") && name.contains("-teeth24"),
        "{name}"
    );
    let mesh = stl_io::read_stl(&mut std::fs::File::open(&stl)?)?;
    assert_eq!(mesh.faces.len(), triangles);
    mesh.validate()?;

    browser.click("[data-format=\"3mf\"]").await?;
    let three_mf = darbnica_e2e::downloaded(downloads.path(), "3mf").await?;
    let models = threemf::read(std::fs::File::open(&three_mf)?)?;
    let object = &models[0].resources.object[0];
    let mesh = object.mesh.as_ref().expect("a mesh");
    assert_eq!(mesh.triangles.triangle.len(), triangles);
    assert!(matches!(models[0].unit, threemf::model::Unit::Millimeter));

    browser.click("[data-format=\"obj\"]").await?;
    let obj = darbnica_e2e::downloaded(downloads.path(), "obj").await?;
    let (objects, _) = tobj::load_obj(&obj, &tobj::LoadOptions::default())?;
    let faces: usize = objects.iter().map(|o| o.mesh.indices.len() / 3).sum();
    assert_eq!(faces, triangles);

    browser.click("[data-format=\"glb\"]").await?;
    let glb = darbnica_e2e::downloaded(downloads.path(), "glb").await?;
    let gltf = gltf::Gltf::from_slice(&std::fs::read(&glb)?)?;
    let primitive = gltf.meshes().next().unwrap().primitives().next().unwrap();
    let positions = primitive.get(&gltf::Semantic::Positions).unwrap();
    // Flat shading: three corners of its own for each triangle.
    assert_eq!(positions.count(), triangles * 3);
    browser.finish(&[]).await?;
    Ok(())
}

#[tokio::test]
async fn share_links_open_the_same_model_and_foreign_code_waits_for_run() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (language, notice) in [
        ("lv", "kāda cita rakstīts kods"),
        ("en", "code that somebody wrote"),
    ] {
        let browser = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        browser.goto(&server.url("/models/vaze")).await?;
        browser.hover(".viewport__canvas").await?;
        let first = wait_for_triangles(&browser, 0.0).await?;
        browser.move_slider("twist", 30.0).await?;
        let moved = wait_for_triangles(&browser, first).await?;
        let twist = browser
            .eval("document.querySelector('input[type=range][data-param=twist]').value")
            .await?;
        browser.click("#share-button").await?;
        browser.text("#share-link").await?;
        let link = browser
            .eval("document.querySelector('#share-link').value")
            .await?;
        let link = link.as_str().unwrap_or_default().to_owned();
        let twist = twist.as_str().unwrap_or_default();
        assert!(
            link.contains("/models/vaze?") && link.contains(&format!("twist={twist}")),
            "{link}"
        );
        assert!(moved > 0.0 && first > 0.0);

        // Changed code travels in the link itself and does not run until asked.
        let code = "from darbnica import *\nshow(cube(20).color('zils') + sphere(8).translate(10, 10, 20))\n";
        browser.replace_text(EDITOR, code).await?;
        browser.click("#share-button").await?;
        browser
            .wait_until("document.querySelector('#share-link')?.value.includes('/sandbox#code=')")
            .await?;
        let link = browser
            .eval("document.querySelector('#share-link').value")
            .await?;
        let link = link.as_str().unwrap_or_default().to_owned();
        assert!(link.contains("/sandbox#code="), "{link}");
        browser.goto("about:blank").await?;
        browser.goto(&link).await?;
        browser.wait_for_text("#shared-notice", notice).await?;
        assert!(browser.text(EDITOR).await?.contains("sphere(8)"));
        // Nothing runs by itself: a run would have started loading the Python runtime at once.
        assert_eq!(
            browser
                .eval("performance.getEntriesByName('darbnica-python-load-start').length")
                .await?
                .as_f64(),
            Some(0.0),
            "nothing runs by itself"
        );
        assert_eq!(browser.eval(TRIANGLES).await?.as_f64(), Some(0.0));
        browser
            .screenshot(&format!("sandbox-{language}-shared"))
            .await?;
        browser.click("#run-button").await?;
        wait_for_triangles(&browser, 0.0).await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}

#[tokio::test]
async fn workshops_list_newest_first_and_open_their_projects() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (language, title, projects) in [
        ("lv", "Darbnīcas", "3D projekti"),
        ("en", "Workshops", "3D projects"),
    ] {
        let browser = TestBrowser::launch(BrowserOptions::desktop(language)).await?;
        browser.goto(&server.url("/workshops")).await?;
        browser.wait_for_text("h1", title).await?;
        browser.text("[data-workshop-id] a").await?;
        let dates = browser
            .eval("Array.from(document.querySelectorAll('.workshop-card time')).map(t => t.getAttribute('datetime'))")
            .await?;
        let dates: Vec<&str> = dates
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|d| d.as_str())
            .collect();
        assert!(
            dates.len() >= 3 && dates.windows(2).all(|w| w[0] >= w[1]),
            "{dates:?}"
        );
        browser.screenshot(&format!("workshops-{language}")).await?;
        browser.click("[data-workshop-id=speles-objekti] a").await?;
        browser.wait_for_text("main h2", projects).await?;
        assert_eq!(
            browser
                .texts("#workshop-models .gallery__item")
                .await?
                .len(),
            3
        );
        assert!(!browser.texts("#workshop-exercises li").await?.is_empty());
        browser.screenshot(&format!("workshop-{language}")).await?;
        browser.click("[data-model-id=zema-poli-koks] h3 a").await?;
        wait_for_triangles(&browser, 0.0).await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}
