//! Serves the built browser app from `dist/`: files as they are (with their brotli or gzip twin
//! when the build made one and the browser accepts it), and `index.html` for the app's pages so
//! that the app's own router can show them. A path that is neither a file nor one of the app's
//! pages (`darbnica_api::pages`; a course, model, game or workshop must be in the catalogue) gets
//! `index.html` too, where the app shows its not-found page, but with a 404.
//!
//! Caching: Trunk and xtask put a content hash in the names of the app's and the worker's wasm,
//! JS and CSS, so those never change and are cached for a year; `index.html` names the current
//! ones and must be revalidated every time, as must the service worker `sw.js`; other files (icons,
//! manifest) are cached for an hour.

use darbnica_api::own_exercises::OWN_COURSE;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use darbnica_api::assets::named_by_contents;
use darbnica_api::pages::{Page, page_of};
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};

use crate::catalog::Catalog;
use crate::prerendered::Prerendered;

pub fn router(dist_dir: &Path, catalog: Arc<Catalog>) -> Router {
    let index = ServeFile::new(dist_dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    let files = ServeDir::new(dist_dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(index);
    let known = Known {
        dist_dir: dist_dir.to_owned(),
        catalog,
        prerendered: Prerendered::load(dist_dir),
    };
    Router::new()
        .fallback_service(files)
        .layer(axum::middleware::from_fn_with_state(
            Arc::new(known),
            not_found_unless_known,
        ))
        .layer(axum::middleware::from_fn(set_cache_control))
        // The pages the server writes (files have their compressed twins).
        .layer(CompressionLayer::new())
}

/// What the server knows to be there: the built files and the catalogue; and the build's copies
/// of the pages.
struct Known {
    dist_dir: PathBuf,
    catalog: Arc<Catalog>,
    prerendered: Prerendered,
}

impl Known {
    fn has(&self, path: &str) -> bool {
        match page_of(path) {
            Some(Page::Fixed) => true,
            Some(Page::Course(id)) => self.catalog.courses.get(id).is_some(),
            // A teacher's own exercise: the app asks whether this reader may see it (any id is a
            // page, so that the answer does not tell which exist).
            Some(Page::Exercise { course, .. }) if course == OWN_COURSE => true,
            Some(Page::Exercise { course, exercise }) => {
                self.catalog.exercise(course, exercise).is_some()
            }
            Some(Page::Model(id)) => self.catalog.models.get(id).is_some(),
            Some(Page::Game(id)) => self.catalog.games.get(id).is_some(),
            Some(Page::Workshop(id)) => self.catalog.workshops.get(id).is_some(),
            None => self.is_file(path),
        }
    }

    /// A file of the build (`ServeDir` decides how to serve it; this only asks whether it is one).
    fn is_file(&self, path: &str) -> bool {
        let relative = Path::new(path.trim_start_matches('/'));
        relative
            .components()
            .all(|component| matches!(component, Component::Normal(_)))
            && self.dist_dir.join(relative).is_file()
    }
}

/// The app's not-found page with a 404 for a path that names nothing; a page of the app is
/// `index.html` in the reader's language with the build's copy of the page
/// (`crate::prerendered`), and a `Link` header that preloads the API answer it will ask for first.
async fn not_found_unless_known(
    State(known): State<Arc<Known>>,
    request: Request,
    next: Next,
) -> Response {
    let path = percent_decoded(request.uri().path());
    let is_known = known.has(&path);
    let written = if is_known
        && page_of(&path).is_some()
        && [Method::GET, Method::HEAD].contains(request.method())
    {
        known.prerendered.page(&path, request.headers()).await
    } else {
        None
    };
    let mut response = match written {
        Some(response) => response,
        None => next.run(request).await,
    };
    if is_known
        && response.status().is_success()
        && let Some(link) = first_answer(&path).and_then(|api| {
            HeaderValue::from_str(&format!("<{api}>; rel=preload; as=fetch; crossorigin")).ok()
        })
    {
        response.headers_mut().insert(header::LINK, link);
    }
    if !is_known && response.status().is_success() {
        *response.status_mut() = StatusCode::NOT_FOUND;
        // Not kept by a cache (it has a Last-Modified, which would let one guess a lifetime).
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    response
}

/// The API answer the page at `path` asks for as soon as the app starts (`app/src/shell/api.rs`
/// builds the same paths), so that the browser fetches it while the app's wasm downloads rather
/// than after: the page's content paints a round trip sooner on a slow connection. Only for
/// paths the catalogue knows (their names are its ids, plain ASCII).
fn first_answer(path: &str) -> Option<String> {
    Some(match page_of(path)? {
        Page::Fixed => match path {
            "/" => "/api/courses".to_owned(),
            "/models" => "/api/models".to_owned(),
            "/games" => "/api/games".to_owned(),
            "/workshops" => "/api/workshops".to_owned(),
            _ => return None,
        },
        Page::Course(course) => format!("/api/courses/{course}"),
        // Only the signed-in may read a teacher's own exercise: the app asks for it itself.
        Page::Exercise { course, .. } if course == OWN_COURSE => return None,
        Page::Exercise { course, exercise } => {
            format!("/api/courses/{course}/exercises/{exercise}")
        }
        Page::Model(model) => format!("/api/models/{model}"),
        Page::Game(game) => format!("/api/games/{game}"),
        Page::Workshop(workshop) => format!("/api/workshops/{workshop}"),
    })
}

/// `path` with its `%XX` escapes decoded, as `ServeDir` and the app's router read it.
fn percent_decoded(path: &str) -> String {
    percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .into_owned()
}

async fn set_cache_control(request: Request, next: Next) -> Response {
    let policy = cache_policy(request.uri().path());
    let mut response = next.run(request).await;
    if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response.headers_mut().insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

fn cache_policy(path: &str) -> &'static str {
    let file_name = path.rsplit('/').next().unwrap_or_default();
    if !file_name.contains('.') {
        // `/` or an app route such as `/courses/python`: answered with index.html.
        return "no-cache";
    }
    if file_name.ends_with(".html") || file_name.ends_with(".json") || file_name == "sw.js" {
        // Pages, manifests that name the current files (python-runtime.json), and the service
        // worker, whose list of files is how a browser learns of a new version: revalidated.
        "no-cache"
    } else if named_by_contents(path) {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=3600"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_assets_are_immutable_and_pages_revalidate() {
        const IMMUTABLE: &str = "public, max-age=31536000, immutable";
        const HOUR: &str = "public, max-age=3600";
        let cases = [
            ("/", "no-cache"),
            ("/index.html", "no-cache"),
            ("/courses/python", "no-cache"),
            ("/darbnica-app-0a1b2c3d4e5f6789_bg.wasm", IMMUTABLE),
            ("/darbnica-app-0a1b2c3d4e5f6789.js", IMMUTABLE),
            // Trunk's hash without its leading zero.
            ("/darbnica-app-76038e3f90fd77d.js", IMMUTABLE),
            (
                "/snippets/darbnica-app-1c05030287b103e5/inline0.js",
                IMMUTABLE,
            ),
            ("/snippets/inline0.js", HOUR),
            ("/icons/icon-192.png", HOUR),
            ("/styles-0a1b2c3d4e5f6789.css", IMMUTABLE),
            ("/favicon.svg", HOUR),
            ("/python-runtime.json", "no-cache"),
            ("/darbnica-worker-0a1b2c3d4e5f6789_bg.wasm", IMMUTABLE),
            ("/darbnica-pylib-0a1b2c3d4e5f6789.bin", IMMUTABLE),
            ("/robots.txt", HOUR),
            ("/editor/editor-0a1b2c3d4e5f6789.js", IMMUTABLE),
            ("/manifest.webmanifest", HOUR),
            ("/sw.js", "no-cache"),
        ];
        for (path, policy) in cases {
            assert_eq!(cache_policy(path), policy, "{path}");
        }
    }
}
