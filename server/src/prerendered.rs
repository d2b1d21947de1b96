//! The page the server sends for one of the app's pages: `index.html` in the reader's language
//! and theme, with the build's copy of that page (`darbnica_api::prerendered`) inside `<body>`,
//! so that a slow connection shows the content before the app's wasm has arrived. The language
//! comes from the app's cookie, else from `Accept-Language`; the theme from the app's cookie.
//! Without a copy (a build that made none, a page only signed-in users see) the page still gets
//! its language and theme.

use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use darbnica_api::prerendered::{
    self, ELEMENT_ID, LANGUAGE_COOKIE, LANGUAGES, Snapshots, THEME_COOKIE,
};

/// The build's copies and where its `index.html` is.
pub struct Prerendered {
    index: PathBuf,
    snapshots: Snapshots,
}

impl Prerendered {
    /// Reads `dist_dir`'s copies. A build without them, or with a file that cannot be read, sends
    /// pages without copies (said in the log), as before there were any.
    pub fn load(dist_dir: &Path) -> Prerendered {
        let file = dist_dir.join(prerendered::FILE);
        let snapshots = if file.exists() {
            read_snapshots(&file).unwrap_or_else(|error| {
                tracing::warn!(
                    "{}: not read, pages go without copies: {error}",
                    file.display()
                );
                Snapshots::default()
            })
        } else {
            Snapshots::default()
        };
        Prerendered {
            index: dist_dir.join("index.html"),
            snapshots,
        }
    }

    /// The page for `path` (one of the app's pages), or `None` when `index.html` cannot be read
    /// (the caller then serves the file as it is, and its error).
    pub async fn page(&self, path: &str, request: &HeaderMap) -> Option<Response> {
        let index = tokio::fs::read_to_string(&self.index).await.ok()?;
        let language = language(request);
        let html = compose(
            &index,
            language,
            theme(request),
            self.snapshots
                .get(language, path)
                .map(|snapshot| (snapshot.title.as_str(), snapshot.body.as_str())),
        );
        let mut response = Response::new(Body::from(html));
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        // What a cache keeps for one reader is not the page for another.
        headers.insert(
            header::VARY,
            HeaderValue::from_static("cookie, accept-language"),
        );
        Some(response)
    }
}

fn read_snapshots(file: &Path) -> Result<Snapshots, String> {
    let bytes = std::fs::read(file).map_err(|error| error.to_string())?;
    serde_json::from_slice(&bytes).map_err(|error| error.to_string())
}

/// The reader's language: the app's cookie, else the browser's preferences.
fn language(request: &HeaderMap) -> &'static str {
    if let Some(chosen) = cookie(request, LANGUAGE_COOKIE)
        && let Some(language) = LANGUAGES.into_iter().find(|language| *language == chosen)
    {
        return language;
    }
    prerendered::language_of_accept_language(
        request
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default(),
    )
}

/// The theme the reader chose against the system's, if any.
fn theme(request: &HeaderMap) -> Option<&'static str> {
    let chosen = cookie(request, THEME_COOKIE)?;
    ["light", "dark"].into_iter().find(|theme| *theme == chosen)
}

/// The value of the cookie `name`, if the request has it.
fn cookie<'a>(request: &'a HeaderMap, name: &str) -> Option<&'a str> {
    request
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then_some(value.trim())
        })
}

/// `index` with `<html lang>` and `data-theme`, and, given a copy, its title and its body inside
/// `<body>`. (Trunk writes `index.html` minified: `<html lang=lv>`.) Marks it lacks stay as they
/// are.
fn compose(index: &str, language: &str, theme: Option<&str>, copy: Option<(&str, &str)>) -> String {
    let mut html = index.to_owned();
    let theme = theme
        .map(|theme| format!(" data-theme=\"{theme}\""))
        .unwrap_or_default();
    replace_start_tag(
        &mut html,
        "<html",
        &format!("<html lang=\"{language}\"{theme}>"),
    );
    if let Some((title, body)) = copy {
        if let (Some(start), Some(end)) = (html.find("<title>"), html.find("</title>")) {
            html.replace_range(start..end, &format!("<title>{}", escape(title)));
        }
        if let Some(end) = start_tag(&html, "<body") {
            html.insert_str(end.end, &format!("<div id=\"{ELEMENT_ID}\">{body}</div>"));
        }
        // The copy first: the app's start-up fetches its wasm once the copy has painted
        // (`xtask/src/build.rs`, `PAINT_FIRST`), so its preload would only compete with the copy's
        // stylesheet and pictures on a slow connection.
        remove_wasm_preload(&mut html);
    }
    html
}

/// Removes the `<link rel=preload>` of a `.wasm` Trunk puts into `<head>`.
fn remove_wasm_preload(html: &mut String) {
    let mut from = 0;
    while let Some(start) = html[from..].find("<link").map(|start| from + start) {
        let Some(end) = html[start..].find('>').map(|end| start + end + 1) else {
            return;
        };
        let tag = &html[start..end];
        if tag.contains("preload") && tag.contains("application/wasm") {
            html.replace_range(start..end, "");
            return;
        }
        from = end;
    }
}

/// Where the first start tag `<name` (with its attributes) is.
fn start_tag(html: &str, name: &str) -> Option<std::ops::Range<usize>> {
    let start = html
        .find(&format!("{name}>"))
        .or_else(|| html.find(&format!("{name} ")))?;
    let end = start + html[start..].find('>')? + 1;
    Some(start..end)
}

fn replace_start_tag(html: &mut String, name: &str, with: &str) {
    if let Some(tag) = start_tag(html, name) {
        html.replace_range(tag, with);
    }
}

/// `text` safe inside an element or a quoted attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As Trunk writes it: minified, with the app's wasm preloaded.
    const INDEX: &str = "<!doctype html><html lang=lv><meta charset=utf-8><title>Darbnīca</title><link crossorigin href=/app.js rel=modulepreload><link as=fetch crossorigin href=/app_bg.wasm rel=preload type=application/wasm><body><noscript>x</noscript></body></html>";

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.append(*name, HeaderValue::from_static(value));
        }
        headers
    }

    #[test]
    fn the_cookie_chooses_the_language_before_the_browsers_preferences() {
        let english_browser = [("accept-language", "en-GB,en;q=0.9")];
        assert_eq!(language(&headers(&english_browser)), "en");
        assert_eq!(
            language(&headers(&[
                english_browser[0],
                ("cookie", "id=abc; darbnica-language=lv")
            ])),
            "lv"
        );
        // A cookie with a language the portal does not speak is not a choice.
        assert_eq!(
            language(&headers(&[
                english_browser[0],
                ("cookie", "darbnica-language=de")
            ])),
            "en"
        );
        assert_eq!(language(&headers(&[])), "lv");
        // Two Cookie headers (HTTP/2 may split them).
        assert_eq!(
            language(&headers(&[
                ("cookie", "a=1"),
                ("cookie", "darbnica-language=en")
            ])),
            "en"
        );
    }

    #[test]
    fn a_copy_goes_into_the_body_with_its_title_language_and_theme() {
        let html = compose(
            INDEX,
            "en",
            Some("dark"),
            Some(("A <b> & \"c\"", "<main>Hi</main>")),
        );
        assert!(
            html.contains("<html lang=\"en\" data-theme=\"dark\">"),
            "{html}"
        );
        assert!(
            html.contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"),
            "{html}"
        );
        assert!(
            html.contains("<body><div id=\"prerendered\"><main>Hi</main></div><noscript>"),
            "{html}"
        );
        // The wasm is fetched after the copy has painted: no preload; the module's stays.
        assert!(!html.contains("app_bg.wasm"), "{html}");
        assert!(
            html.contains("<link crossorigin href=/app.js rel=modulepreload><body>"),
            "{html}"
        );
        // Without a copy: the language and nothing else, the preload too.
        let plain = compose(INDEX, "en", None, None);
        assert_eq!(plain, INDEX.replace("lang=lv", "lang=\"en\""));
        // An index.html written out in full, with a body that has attributes.
        let full = "<!doctype html>\n<html lang=\"lv\">\n<head><title>Darbnīca</title></head>\n<body class=\"x\">\n</body>\n</html>";
        let html = compose(full, "lv", None, Some(("T", "<main></main>")));
        assert_eq!(
            html,
            "<!doctype html>\n<html lang=\"lv\">\n<head><title>T</title></head>\n<body class=\"x\"><div id=\"prerendered\"><main></main></div>\n</body>\n</html>"
        );
    }

    #[tokio::test]
    async fn a_broken_copies_file_leaves_the_pages_as_they_were() {
        let dist = tempfile::tempdir().expect("a folder");
        std::fs::write(dist.path().join("index.html"), INDEX).expect("written");
        std::fs::write(dist.path().join(prerendered::FILE), "{\"languages\": [").expect("written");
        let prerendered = Prerendered::load(dist.path());
        let page = prerendered
            .page("/", &headers(&[("accept-language", "en")]))
            .await
            .expect("a page");
        let body = axum::body::to_bytes(page.into_body(), usize::MAX)
            .await
            .expect("the body");
        assert_eq!(body, INDEX.replace("lang=lv", "lang=\"en\""));
    }

    #[test]
    fn a_theme_cookie_of_another_value_is_ignored() {
        assert_eq!(
            theme(&headers(&[("cookie", "darbnica-theme=dark")])),
            Some("dark")
        );
        assert_eq!(
            theme(&headers(&[("cookie", "darbnica-theme=\"><script>")])),
            None
        );
        assert_eq!(theme(&headers(&[])), None);
    }
}
