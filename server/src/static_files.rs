//! Serves the built browser app from `dist/`: files as they are (with their brotli or gzip twin
//! when the build made one and the browser accepts it), and `index.html` for every other path so
//! that the app's own router can show it.
//!
//! Caching: Trunk puts a content hash in the names of the app's wasm, JS and CSS, so those never
//! change and are cached for a year; `index.html` names the current ones and must be revalidated
//! every time; other files (icons, manifest) are cached for an hour.

use std::path::Path;

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use tower_http::services::{ServeDir, ServeFile};

pub fn router(dist_dir: &Path) -> Router {
    let index = ServeFile::new(dist_dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    let files = ServeDir::new(dist_dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(index);
    Router::new()
        .fallback_service(files)
        .layer(axum::middleware::from_fn(set_cache_control))
}

async fn set_cache_control(request: Request, next: Next) -> Response {
    let policy = cache_policy(request.uri().path());
    let mut response = next.run(request).await;
    if response.status().is_success() || response.status() == axum::http::StatusCode::NOT_MODIFIED {
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
    let Some((stem, _extension)) = file_name.split_once('.') else {
        // `/` or an app route such as `/courses/python`: answered with index.html.
        return "no-cache";
    };
    if file_name.ends_with(".html")
        || file_name.ends_with(".json")
        || file_name.starts_with("darbnica-worker")
    {
        // Pages; manifests that name the current files (python-runtime.json); and the Python
        // worker, whose files Trunk does not hash: revalidated, so the glue and the wasm always match.
        "no-cache"
    } else if has_content_hash(stem) {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=3600"
    }
}

/// Trunk names hashed files `<name>-<16 hex digits>` (`darbnica-app-1a2b…_bg.wasm`).
fn has_content_hash(stem: &str) -> bool {
    stem.split(['-', '_'])
        .any(|part| part.len() == 16 && part.bytes().all(|byte| byte.is_ascii_hexdigit()))
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
            ("/styles-0a1b2c3d4e5f6789.css", IMMUTABLE),
            ("/favicon.svg", HOUR),
            ("/python-runtime.json", "no-cache"),
            ("/darbnica-worker_bg.wasm", "no-cache"),
            ("/manifest.webmanifest", HOUR),
        ];
        for (path, policy) in cases {
            assert_eq!(cache_policy(path), policy, "{path}");
        }
    }
}
