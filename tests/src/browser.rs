//! Headless Debian Chromium, launched with a fresh profile and the flags this closed network
//! needs, driven over the DevTools protocol. Every console error and uncaught exception is
//! recorded, and so is every request the page makes; [`TestBrowser::finish`] fails the test if
//! there was an error or a request to another origin than the portal's.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chromiumoxide::cdp::browser_protocol::browser::{
    SetDownloadBehaviorBehavior, SetDownloadBehaviorParams,
};
use chromiumoxide::cdp::browser_protocol::emulation::{
    MediaFeature, SetDeviceMetricsOverrideParams, SetEmulatedMediaParams,
    SetUserAgentOverrideParams,
};
use chromiumoxide::cdp::browser_protocol::input::{
    DispatchKeyEventParams, DispatchKeyEventType, InsertTextParams,
};
use chromiumoxide::cdp::browser_protocol::log::{EventEntryAdded, LogEntryLevel};
use chromiumoxide::cdp::browser_protocol::network::{
    EnableParams as NetworkEnableParams, EventRequestWillBeSent,
};
use chromiumoxide::cdp::browser_protocol::page::{
    CaptureScreenshotFormat, CaptureScreenshotParams, Viewport,
};
use chromiumoxide::cdp::browser_protocol::target::SetAutoAttachParams;
use chromiumoxide::cdp::js_protocol::runtime::{
    ConsoleApiCalledType, EventConsoleApiCalled, EventExceptionThrown,
};
use chromiumoxide::{Browser, BrowserConfig, Page};
use futures::StreamExt as _;
use tokio::task::JoinHandle;

use crate::path_from_env;

/// How the browser presents itself.
#[derive(Debug, Clone)]
pub struct BrowserOptions {
    /// What the browser says it prefers (`navigator.languages`, `Accept-Language`).
    pub accept_language: &'static str,
    pub width: u32,
    pub height: u32,
    /// A phone: touch, mobile viewport.
    pub mobile: bool,
}

impl BrowserOptions {
    pub fn desktop(accept_language: &'static str) -> BrowserOptions {
        BrowserOptions {
            accept_language,
            width: 1280,
            height: 860,
            mobile: false,
        }
    }

    /// A common phone's CSS size.
    pub fn phone(accept_language: &'static str) -> BrowserOptions {
        BrowserOptions {
            accept_language,
            width: 390,
            height: 844,
            mobile: true,
        }
    }
}

pub struct TestBrowser {
    browser: Browser,
    handler: JoinHandle<()>,
    listeners: Vec<JoinHandle<()>>,
    pub page: Page,
    errors: Arc<Mutex<Vec<String>>>,
    /// The URL of every request the page made.
    requests: Arc<Mutex<Vec<String>>>,
    _profile: tempfile::TempDir,
}

const TIMEOUT: Duration = Duration::from_secs(20);

impl TestBrowser {
    pub async fn launch(options: BrowserOptions) -> anyhow::Result<TestBrowser> {
        let profile = tempfile::tempdir()?;
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let config = BrowserConfig::builder()
            .chrome_executable(&chromium)
            .disable_default_args()
            .no_sandbox()
            .user_data_dir(profile.path())
            .viewport(None)
            .window_size(options.width, options.height)
            .args([
                "disable-gpu",
                "disable-background-networking",
                "disable-component-update",
                "disable-sync",
                "no-first-run",
                "enable-unsafe-swiftshader",
                "disable-dev-shm-usage",
            ])
            .build()
            .map_err(|error| anyhow::anyhow!("configuring Chromium: {error}"))?;
        let (browser, mut handler) = Browser::launch(config)
            .await
            .with_context(|| format!("launching {chromium}"))?;
        // The handler drives the DevTools connection; a message it cannot parse is not a reason to stop.
        let handler = tokio::spawn(async move { while handler.next().await.is_some() {} });

        let page = browser.new_page("about:blank").await?;
        let user_agent = page.user_agent().await?;
        page.execute(
            SetUserAgentOverrideParams::builder()
                .user_agent(user_agent)
                .accept_language(options.accept_language)
                .build()
                .map_err(anyhow::Error::msg)?,
        )
        .await?;
        page.execute(SetDeviceMetricsOverrideParams::new(
            i64::from(options.width),
            i64::from(options.height),
            1.0,
            options.mobile,
        ))
        .await?;

        // chromiumoxide pauses every worker the page starts until it has told it to run; a
        // service worker it then detaches from can stay paused, and `register()` never settles.
        // Nothing here debugs workers: they start at once.
        page.execute(
            SetAutoAttachParams::builder()
                .auto_attach(false)
                .wait_for_debugger_on_start(false)
                .build()
                .map_err(anyhow::Error::msg)?,
        )
        .await?;

        let errors = Arc::new(Mutex::new(Vec::new()));
        let mut listeners = Vec::new();
        let mut console = page.event_listener::<EventConsoleApiCalled>().await?;
        let sink = errors.clone();
        listeners.push(tokio::spawn(async move {
            while let Some(event) = console.next().await {
                if matches!(
                    event.r#type,
                    ConsoleApiCalledType::Error | ConsoleApiCalledType::Assert
                ) {
                    let text: Vec<String> = event
                        .args
                        .iter()
                        .map(|arg| {
                            arg.value.as_ref().map_or_else(
                                || format!("{:?}", arg.description),
                                ToString::to_string,
                            )
                        })
                        .collect();
                    push(&sink, format!("console.error: {}", text.join(" ")));
                }
            }
        }));
        let mut exceptions = page.event_listener::<EventExceptionThrown>().await?;
        let sink = errors.clone();
        listeners.push(tokio::spawn(async move {
            while let Some(event) = exceptions.next().await {
                let details = &event.exception_details;
                let description = details
                    .exception
                    .as_ref()
                    .and_then(|exception| exception.description.clone());
                push(
                    &sink,
                    format!(
                        "uncaught: {} {}",
                        details.text,
                        description.unwrap_or_default()
                    ),
                );
            }
        }));
        page.execute(NetworkEnableParams::default()).await?;
        let requests = Arc::new(Mutex::new(Vec::new()));
        let mut sent = page.event_listener::<EventRequestWillBeSent>().await?;
        let sink = requests.clone();
        listeners.push(tokio::spawn(async move {
            while let Some(event) = sent.next().await {
                push(&sink, event.request.url.clone());
            }
        }));
        page.enable_log().await?;
        let mut log = page.event_listener::<EventEntryAdded>().await?;
        let sink = errors.clone();
        listeners.push(tokio::spawn(async move {
            while let Some(event) = log.next().await {
                if event.entry.level == LogEntryLevel::Error {
                    push(
                        &sink,
                        format!(
                            "log: {} {}",
                            event.entry.text,
                            event.entry.url.clone().unwrap_or_default()
                        ),
                    );
                }
            }
        }));

        Ok(TestBrowser {
            browser,
            handler,
            listeners,
            page,
            errors,
            requests,
            _profile: profile,
        })
    }

    /// Opens `url` and waits until the app has taken the place of the server's copy of the page
    /// (`app/src/shell/prerendered.rs`), so that what a test finds next is the app's.
    pub async fn goto(&self, url: &str) -> anyhow::Result<()> {
        self.page
            .goto(url)
            .await
            .with_context(|| format!("opening {url}"))?;
        self.wait_for_the_app().await
    }

    /// Reloads the page, then as [`TestBrowser::goto`].
    pub async fn reload(&self) -> anyhow::Result<()> {
        self.page.reload().await?;
        self.wait_for_the_app().await
    }

    /// Waits until the page has no copy from the server left (the app is showing).
    pub async fn wait_for_the_app(&self) -> anyhow::Result<()> {
        self.wait_until("!document.getElementById('prerendered')")
            .await
            .context("the app did not take the place of the server's copy of the page")
    }

    /// Evaluates a JavaScript expression and returns its value as JSON.
    pub async fn eval(&self, expression: &str) -> anyhow::Result<serde_json::Value> {
        let result = self
            .page
            .evaluate(expression)
            .await
            .with_context(|| format!("evaluating {expression}"))?;
        Ok(result.value().cloned().unwrap_or(serde_json::Value::Null))
    }

    /// Evaluates a JavaScript expression that gives a string; anything else is "".
    pub async fn eval_string(&self, expression: &str) -> anyhow::Result<String> {
        Ok(self
            .eval(expression)
            .await?
            .as_str()
            .unwrap_or_default()
            .to_owned())
    }

    /// Presents the page as another device (a phone's width, say) from now on.
    pub async fn resize(&self, options: &BrowserOptions) -> anyhow::Result<()> {
        self.page
            .execute(SetDeviceMetricsOverrideParams::new(
                i64::from(options.width),
                i64::from(options.height),
                1.0,
                options.mobile,
            ))
            .await?;
        Ok(())
    }

    /// Cuts the page off the network (`offline`), as a lost connection would: requests fail,
    /// `navigator.onLine` turns false and the page gets `offline`; or connects it again (`online`).
    pub async fn set_offline(&self, offline: bool) -> anyhow::Result<()> {
        self.emulate_network(offline, None).await
    }

    /// A slow connection of `bytes_per_second` each way from now on (`None`: full speed again).
    pub async fn throttle(&self, bytes_per_second: Option<f64>) -> anyhow::Result<()> {
        self.emulate_network(false, bytes_per_second).await
    }

    /// Forgets what the browser's HTTP cache holds, as for a first visit.
    pub async fn clear_cache(&self) -> anyhow::Result<()> {
        self.page.execute(NetworkEnableParams::default()).await?;
        self.page
            .execute(
                chromiumoxide::cdp::browser_protocol::network::ClearBrowserCacheParams::default(),
            )
            .await?;
        Ok(())
    }

    async fn emulate_network(
        &self,
        offline: bool,
        bytes_per_second: Option<f64>,
    ) -> anyhow::Result<()> {
        self.page.execute(NetworkEnableParams::default()).await?;
        let throughput = bytes_per_second.unwrap_or(-1.0);
        #[expect(
            deprecated,
            reason = "its replacement (overrideNetworkState) is not in every Chromium this runs on"
        )]
        let params =
            chromiumoxide::cdp::browser_protocol::network::EmulateNetworkConditionsParams::new(
                offline, 0.0, throughput, throughput,
            );
        self.page.execute(params).await?;
        Ok(())
    }

    /// Waits until the JavaScript expression is true.
    pub async fn wait_until(&self, expression: &str) -> anyhow::Result<()> {
        self.wait_until_within(expression, TIMEOUT).await
    }

    /// Waits until the JavaScript expression is true, for longer than the usual 20 s (a
    /// due date to pass, say).
    pub async fn wait_until_within(
        &self,
        expression: &str,
        timeout: Duration,
    ) -> anyhow::Result<()> {
        let deadline = Instant::now() + timeout;
        loop {
            match self.eval(expression).await {
                Ok(serde_json::Value::Bool(true)) => return Ok(()),
                Ok(_) => {}
                // The page is being replaced (a reload it asked for itself): ask the next one.
                Err(error) if is_navigating(&error) => {}
                Err(error) => return Err(error),
            }
            if Instant::now() > deadline {
                bail!("`{expression}` was not true within {timeout:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the page has had an answer to a request for `path`, so
    /// that killing the server afterwards cannot cut it off halfway.
    pub async fn wait_for_response(&self, path: &str) -> anyhow::Result<()> {
        self.wait_until(&format!(
            "performance.getEntriesByType('resource').some(entry => new URL(entry.name).pathname === {})",
            js_string(path)
        ))
        .await
    }

    /// The visible text of the first element matching `selector`, once it exists.
    pub async fn text(&self, selector: &str) -> anyhow::Result<String> {
        let expression = format!(
            "document.querySelector({})?.innerText ?? null",
            js_string(selector)
        );
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let serde_json::Value::String(text) = self.eval(&expression).await? {
                return Ok(text);
            }
            if Instant::now() > deadline {
                bail!("no element matches `{selector}` after {TIMEOUT:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the text of `selector` contains `expected`; returns the whole text.
    pub async fn wait_for_text(&self, selector: &str, expected: &str) -> anyhow::Result<String> {
        let expression = format!(
            "document.querySelector({})?.innerText ?? ''",
            js_string(selector)
        );
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let text = self
                .eval(&expression)
                .await?
                .as_str()
                .unwrap_or_default()
                .to_owned();
            if text.contains(expected) {
                return Ok(text);
            }
            if Instant::now() > deadline {
                bail!("`{selector}` never showed `{expected}`; it shows `{text}`");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The texts of all elements matching `selector`.
    pub async fn texts(&self, selector: &str) -> anyhow::Result<Vec<String>> {
        let expression = format!(
            "Array.from(document.querySelectorAll({})).map(element => element.innerText)",
            js_string(selector)
        );
        Ok(serde_json::from_value(self.eval(&expression).await?)?)
    }

    /// Clicks the element with a real mouse event, after waiting for it.
    pub async fn click(&self, selector: &str) -> anyhow::Result<()> {
        self.text(selector).await?;
        // Into view first, then two frames to settle: content drawn lazily as it scrolls into
        // view (the code editor draws only the lines in view) can move the element, and a click
        // at where it was would miss it.
        self.eval(&format!(
            "new Promise(done => {{ document.querySelector({}).scrollIntoView({{block: 'center'}}); \
             requestAnimationFrame(() => requestAnimationFrame(() => done(true))); }})",
            serde_json::to_string(selector)?
        ))
        .await?;
        self.page.find_element(selector).await?.click().await?;
        Ok(())
    }

    /// Moves the mouse over the element (into view first), after waiting for it.
    pub async fn hover(&self, selector: &str) -> anyhow::Result<()> {
        self.text(selector).await?;
        self.page.find_element(selector).await?.hover().await?;
        Ok(())
    }

    /// Waits for the code editor, turning to it first as a student would (the pointer over it):
    /// on a first page that came with the server's copy, an exercise or a gallery project, the
    /// code stands as text until then.
    pub async fn editor_made(&self) -> anyhow::Result<()> {
        self.hover(".code-editor").await?;
        self.text(".code-editor[data-loaded=true]").await?;
        Ok(())
    }

    /// Moves the slider of parameter `name` (the sandbox's or the studio's) by `by`, as dragging
    /// it would.
    pub async fn move_slider(&self, name: &str, by: f64) -> anyhow::Result<()> {
        self.eval(&format!(
            "(() => {{ const s = document.querySelector('input[type=range][data-param={name}]'); \
             s.value = String(Number(s.value) + {by}); s.dispatchEvent(new Event('input', {{ bubbles: true }})); return 1; }})()"
        ))
        .await?;
        Ok(())
    }

    /// Replaces all the text in the focused-on-click editor at `selector` with `text`, as a user
    /// would: click into it, select all (Ctrl+A), then type (one text input, like a paste).
    pub async fn replace_text(&self, selector: &str, text: &str) -> anyhow::Result<()> {
        self.click(selector).await?;
        self.type_over(text).await
    }

    /// Replaces all the text of the focused field or editor with `text`: select all (Ctrl+A),
    /// then type (one text input, like a paste).
    pub async fn type_over(&self, text: &str) -> anyhow::Result<()> {
        for kind in [
            DispatchKeyEventType::RawKeyDown,
            DispatchKeyEventType::KeyUp,
        ] {
            let mut key = DispatchKeyEventParams::new(kind);
            key.key = Some("a".into());
            key.code = Some("KeyA".into());
            key.windows_virtual_key_code = Some(65);
            key.modifiers = Some(2);
            key.commands = Some(vec!["selectAll".into()]);
            self.page.execute(key).await?;
        }
        self.page.execute(InsertTextParams::new(text)).await?;
        Ok(())
    }

    /// Types `text` into the focused element, key by key.
    pub async fn type_text(&self, selector: &str, text: &str) -> anyhow::Result<()> {
        self.click(selector).await?;
        self.page
            .find_element(selector)
            .await?
            .type_str(text)
            .await?;
        Ok(())
    }

    /// Holds a key down (the page's name for it, `ArrowRight`), as the keyboard does, on whatever has
    /// the focus; it stays down until [`TestBrowser::key_up`].
    pub async fn key_down(&self, key: &str) -> anyhow::Result<()> {
        self.dispatch_key(DispatchKeyEventType::RawKeyDown, key)
            .await
    }

    pub async fn key_up(&self, key: &str) -> anyhow::Result<()> {
        self.dispatch_key(DispatchKeyEventType::KeyUp, key).await
    }

    /// Makes the system ask for a dark (or light) colour scheme, as `prefers-color-scheme` reads it.
    pub async fn prefer_dark(&self, dark: bool) -> anyhow::Result<()> {
        self.page
            .execute(
                SetEmulatedMediaParams::builder()
                    .feature(MediaFeature::new(
                        "prefers-color-scheme",
                        if dark { "dark" } else { "light" },
                    ))
                    .build(),
            )
            .await?;
        Ok(())
    }

    /// Presses and releases a key (`Tab`, `Enter`, `Escape`, ` `, `+`, an arrow) on whatever has
    /// the focus, as the keyboard does: a key that types (Enter, Space, +) types it too.
    pub async fn press(&self, key: &str) -> anyhow::Result<()> {
        self.dispatch_key(DispatchKeyEventType::KeyDown, key)
            .await?;
        self.dispatch_key(DispatchKeyEventType::KeyUp, key).await
    }

    /// Presses Tab until the focus is on `selector` (at most `presses` times), as someone without
    /// a mouse would reach it; fails, naming where the focus went, if it never gets there.
    pub async fn tab_to(&self, selector: &str, presses: usize) -> anyhow::Result<()> {
        let there = format!(
            "document.activeElement?.matches({}) === true",
            js_string(selector)
        );
        let mut visited = Vec::new();
        for _ in 0..presses {
            // In the code editor Tab indents; Escape, then Tab, leaves it (as its note says).
            if self
                .eval("document.activeElement?.classList.contains('cm-content') === true")
                .await?
                == serde_json::Value::Bool(true)
            {
                self.press("Escape").await?;
            }
            self.press("Tab").await?;
            // The code as text on a first page becomes the editor as the focus comes to it, and
            // the editor takes the focus: wait for that rather than tab on past it.
            if self
                .eval("document.activeElement?.classList.contains('code-snapshot') === true")
                .await?
                == serde_json::Value::Bool(true)
            {
                self.wait_until(
                    "document.activeElement?.classList.contains('code-snapshot') !== true",
                )
                .await?;
            }
            if self.eval(&there).await? == serde_json::Value::Bool(true) {
                return Ok(());
            }
            // Where the focus went instead: `tag#id.first-class`.
            visited.push(
                self.eval_string(
                    "(e => e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + \
                     (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : '') \
                     : 'none')(document.activeElement)",
                )
                .await?,
            );
        }
        bail!("{presses} presses of Tab never reached {selector}: {visited:?}")
    }

    async fn dispatch_key(&self, kind: DispatchKeyEventType, key: &str) -> anyhow::Result<()> {
        let (code, virtual_code, text) = match key {
            "ArrowLeft" => ("ArrowLeft", 37, None),
            "ArrowUp" => ("ArrowUp", 38, None),
            "ArrowRight" => ("ArrowRight", 39, None),
            "ArrowDown" => ("ArrowDown", 40, None),
            " " => ("Space", 32, Some(" ")),
            "Tab" => ("Tab", 9, None),
            "Enter" => ("Enter", 13, Some("\r")),
            "Escape" => ("Escape", 27, None),
            "+" => ("Equal", 187, Some("+")),
            other => anyhow::bail!("no key code known for {other:?}"),
        };
        let mut event = DispatchKeyEventParams::new(kind.clone());
        event.key = Some(key.into());
        event.code = Some(code.into());
        event.windows_virtual_key_code = Some(virtual_code);
        if kind == DispatchKeyEventType::KeyDown {
            event.text = text.map(Into::into);
        }
        self.page.execute(event).await?;
        Ok(())
    }

    /// Presses Enter in the element.
    pub async fn press_enter(&self, selector: &str) -> anyhow::Result<()> {
        self.page
            .find_element(selector)
            .await?
            .press_key("Enter")
            .await?;
        Ok(())
    }

    /// Saves a full-page screenshot as `<DARBNICA_SCREENSHOT_DIR>/<name>.png`.
    pub async fn screenshot(&self, name: &str) -> anyhow::Result<PathBuf> {
        let dir = path_from_env("DARBNICA_SCREENSHOT_DIR", "target/e2e-screenshots");
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("{name}.png"));
        // The whole page without touching the emulated device: chromiumoxide's `full_page` replaces
        // the device metrics (and so a phone's width) and then clears them.
        let metrics = self.page.layout_metrics().await?;
        let clip = Viewport {
            x: 0.0,
            y: 0.0,
            width: metrics.css_content_size.width,
            height: metrics.css_content_size.height,
            scale: 1.0,
        };
        let params = CaptureScreenshotParams::builder()
            .format(CaptureScreenshotFormat::Png)
            .clip(clip)
            .capture_beyond_viewport(true)
            .build();
        let png = self.page.execute(params).await?;
        std::fs::write(&path, BASE64.decode(png.result.data.as_ref() as &str)?)?;
        Ok(path)
    }

    /// A PNG of what the element at `selector` shows now (a canvas's picture, say).
    pub async fn element_png(&self, selector: &str) -> anyhow::Result<Vec<u8>> {
        let png = self
            .page
            .find_element(selector)
            .await?
            .screenshot(CaptureScreenshotFormat::Png)
            .await?;
        Ok(png)
    }

    /// Lets the page download files into `dir` (they are refused by default in headless mode).
    pub async fn allow_downloads(&self, dir: &std::path::Path) -> anyhow::Result<()> {
        let params = SetDownloadBehaviorParams::builder()
            .behavior(SetDownloadBehaviorBehavior::Allow)
            .download_path(dir.to_string_lossy())
            .build()
            .map_err(anyhow::Error::msg)?;
        self.browser.execute(params).await?;
        Ok(())
    }

    /// Closes the browser, failing if the page logged any error that no `allowed` text matches, or
    /// made a request to another origin than its first http(s) request's (the portal's).
    pub async fn finish(self, allowed: &[&str]) -> anyhow::Result<()> {
        let mut errors: Vec<String> = lock(&self.errors)
            .iter()
            .filter(|error| !allowed.iter().any(|allowed| error.contains(allowed)))
            .cloned()
            .collect();
        errors.extend(
            foreign_requests(&lock(&self.requests))
                .into_iter()
                .map(|url| format!("a request to another origin: {url}")),
        );
        let TestBrowser {
            mut browser,
            handler,
            listeners,
            ..
        } = self;
        let _ = browser.close().await;
        let _ = browser.wait().await;
        handler.abort();
        listeners.iter().for_each(JoinHandle::abort);
        if !errors.is_empty() {
            bail!("the page logged errors:\n{}", errors.join("\n"));
        }
        Ok(())
    }
}

/// The requests of `urls` that leave the origin of the first http(s) one. `data:`, `blob:` and
/// `about:` addresses stay in the page.
fn foreign_requests(urls: &[String]) -> Vec<String> {
    let origin = |url: &str| -> Option<String> {
        let (scheme, rest) = url.split_once("://")?;
        let host = rest.split(['/', '?', '#']).next()?;
        Some(format!("{scheme}://{host}"))
    };
    let local = |url: &str| {
        ["data:", "blob:", "about:"]
            .iter()
            .any(|scheme| url.starts_with(scheme))
    };
    let Some(portal) = urls
        .iter()
        .find(|url| !local(url))
        .and_then(|url| origin(url))
    else {
        return Vec::new();
    };
    urls.iter()
        .filter(|url| !local(url) && origin(url).as_deref() != Some(portal.as_str()))
        .cloned()
        .collect()
}

fn push(errors: &Mutex<Vec<String>>, error: String) {
    lock(errors).push(error);
}

fn lock(errors: &Mutex<Vec<String>>) -> std::sync::MutexGuard<'_, Vec<String>> {
    errors
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn js_string(text: &str) -> String {
    serde_json::Value::String(text.to_owned()).to_string()
}

/// Whether an evaluation failed because the page it ran in was going away.
fn is_navigating(error: &anyhow::Error) -> bool {
    let text = format!("{error:#}");
    text.contains("Cannot find context with specified id")
        || text.contains("Execution context was destroyed")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_to_other_origins_are_found() {
        let urls: Vec<String> = [
            "http://127.0.0.1:4000/",
            "http://127.0.0.1:4000/api/me",
            "data:image/png;base64,xyz",
            "blob:http://127.0.0.1:4000/1234",
            "http://127.0.0.1:4001/api/me",
            "https://fonts.example.com/font.woff2",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        assert_eq!(
            foreign_requests(&urls),
            [
                "http://127.0.0.1:4001/api/me",
                "https://fonts.example.com/font.woff2"
            ]
        );
        assert!(foreign_requests(&[]).is_empty());
    }
}
