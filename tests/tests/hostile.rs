//! The corpus of hostile programs (`crates/python/tests/hostile/*.py`) in the browser's worker,
//! through the Playground: each ends the way its `# expect:` line says, with the page's message
//! for it, the page answers all the while, and the next program runs. The native side of the same
//! corpus is `crates/python/tests/hostile.rs`.

use std::path::{Path, PathBuf};

use darbnica_e2e::{BrowserOptions, TestBrowser, TestServer};

const EDITOR: &str = ".cm-content";
const RESULT: &str = ".run-result";

fn corpus() -> anyhow::Result<Vec<(String, String)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/python/tests/hostile");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<Result<_, _>>()?;
    files.retain(|path| path.extension().is_some_and(|extension| extension == "py"));
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            Ok((name, std::fs::read_to_string(&path)?))
        })
        .collect()
}

/// What the page must show for a program's `# expect:` line, in English: the result's text, or
/// for an error the kind in its title.
fn expected_text(code: &str) -> anyhow::Result<String> {
    let expect = code
        .lines()
        .find_map(|line| line.strip_prefix("# expect: "))
        .ok_or_else(|| anyhow::anyhow!("no `# expect:` line"))?;
    Ok(match expect.split_once(' ') {
        None if expect == "time-limit" => "ran for more than 5 seconds".to_owned(),
        None if expect == "output-limit" => "printed more than 10000 lines".to_owned(),
        None if expect == "memory-limit" => "needed more than 256 MB of memory".to_owned(),
        Some(("error", kind)) => kind.to_owned(),
        // The Playground runs a model but does not draw it: the run itself ends well.
        Some(("model-error", _)) => "Program finished.".to_owned(),
        _ => anyhow::bail!("unknown expectation `{expect}`"),
    })
}

/// Runs `code` and returns the result's text once the run has ended.
async fn run(browser: &TestBrowser, code: &str) -> anyhow::Result<String> {
    browser.replace_text(EDITOR, code).await?;
    // A new run removes the last result at once; a result then means this run has ended.
    browser.click("#run-button").await?;
    browser
        .wait_until("document.querySelector('.run-result') !== null")
        .await?;
    browser.text(RESULT).await
}

#[tokio::test]
async fn hostile_programs_end_with_a_clear_message_and_the_page_keeps_working() -> anyhow::Result<()>
{
    let server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    browser.goto(&server.url("/playground")).await?;
    browser.editor_made().await?;
    let mut failures = Vec::new();
    let corpus = corpus()?;
    assert!(
        corpus.len() >= 20,
        "the corpus has {} programs",
        corpus.len()
    );
    for (name, code) in &corpus {
        let expected = expected_text(code)?;
        let started = std::time::Instant::now();
        let shown = run(&browser, code).await?;
        println!(
            "{name}: {} ms: {}",
            started.elapsed().as_millis(),
            shown.lines().take(2).collect::<Vec<_>>().join(" | ")
        );
        if !shown.contains(&expected) {
            failures.push(format!(
                "{name}: expected `{expected}`, the page shows `{shown}`"
            ));
        }
        // The page answers, and the next program runs in a working runtime.
        assert_eq!(browser.eval("1 + 1").await?, 2);
        let next = run(&browser, "print(6 * 7)").await?;
        if !next.contains("Program finished.") {
            failures.push(format!("{name}: the next run showed `{next}`"));
        }
        browser.wait_for_text("#run-output-text", "42").await?;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    browser.finish(&[]).await
}

#[tokio::test]
async fn too_big_is_explained_in_latvian_and_english() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    for (options, language, memory_limit, too_big, running) in [
        (
            BrowserOptions::phone("lv"),
            "lv",
            "vajadzēja vairāk nekā 256 MB atmiņas",
            "milzīgu skaitli",
            "Programma darbojas",
        ),
        (
            BrowserOptions::desktop("en"),
            "en",
            "needed more than 256 MB of memory",
            "a huge number",
            "Your program is running",
        ),
    ] {
        let browser = TestBrowser::launch(options).await?;
        browser.goto(&server.url("/playground")).await?;
        browser.editor_made().await?;
        let shown = run(
            &browser,
            "text = 'x' * 10_000_000\nwhile True:\n    text = text + text\n",
        )
        .await?;
        assert!(shown.contains(memory_limit), "{shown}");
        // The stopped run is over: the page does not say it is still running.
        let status = browser
            .eval("document.querySelector('.runtime-status')?.innerText ?? ''")
            .await?;
        assert!(
            !status.as_str().unwrap_or_default().contains(running),
            "{status}"
        );
        browser
            .screenshot(&format!("hostile-{language}-memory-limit"))
            .await?;
        let shown = run(&browser, "print('sākam')\nx = 10 ** 10 ** 9\n").await?;
        assert!(shown.contains("MemoryError"), "{shown}");
        assert!(shown.contains(too_big), "{shown}");
        browser
            .screenshot(&format!("hostile-{language}-huge-number"))
            .await?;
        browser.finish(&[]).await?;
    }
    Ok(())
}

/// The models of the corpus in the 3D sandbox, which draws what a run shows: one too fine to
/// draw is said to be too big, one that takes too much memory is stopped, and a small one drawn
/// after them shows its size.
#[tokio::test]
async fn the_sandbox_refuses_hostile_models_and_draws_the_next() -> anyhow::Result<()> {
    let server = TestServer::start()?;
    let browser = TestBrowser::launch(BrowserOptions::desktop("en")).await?;
    browser.goto(&server.url("/sandbox")).await?;
    browser.editor_made().await?;
    // The starter model is drawn first: a run pressed before would be the starter's.
    browser.text("#model-facts").await?;
    let corpus = corpus()?;
    let program = |name: &str| {
        corpus
            .iter()
            .find(|(file, _)| file == name)
            .map(|(_, code)| code.clone())
            .ok_or_else(|| anyhow::anyhow!("{name} is not in the corpus"))
    };

    browser
        .replace_text(EDITOR, &program("too_many_triangles.py")?)
        .await?;
    browser.click("#run-button").await?;
    browser
        .wait_for_text(".model-facts--problem", "too big to show")
        .await?;

    browser
        .replace_text(EDITOR, &program("cut_in_a_loop.py")?)
        .await?;
    browser.click("#run-button").await?;
    browser
        .wait_for_text("main", "needed more than 256 MB of memory")
        .await?;
    browser
        .screenshot("hostile-en-sandbox-memory-limit")
        .await?;

    browser
        .replace_text(EDITOR, "from darbnica import *\nshow(cube(20))\n")
        .await?;
    browser.click("#run-button").await?;
    browser
        .wait_for_text("#model-facts", "20.0 × 20.0 × 20.0")
        .await?;
    browser.finish(&[]).await
}
