//! Security headers on every answer, pages and API alike: a strict Content-Security-Policy
//! (scripts only from the portal, `'wasm-unsafe-eval'` for the app's and the runtime's wasm, no
//! inline scripts, no framing), no MIME sniffing, no referrer, no camera, microphone or location,
//! and HSTS when the portal is served over HTTPS.

use axum::http::{HeaderName, HeaderValue, header};
use axum::response::Response;

/// The policy. `blob:` workers: the Python runtime's worker starts from a small script the app
/// makes (it inherits this policy). `data:` and `blob:` images: thumbnails and the view's
/// snapshots. Styles: the portal's stylesheet, and the styles the app and the code editor
/// (CodeMirror's style-mod) write inline at run time; styles cannot run code, and no page shows
/// HTML from users.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
     script-src 'self' 'wasm-unsafe-eval'; \
     worker-src 'self' blob:; \
     style-src 'self' 'unsafe-inline'; \
     img-src 'self' data: blob:; \
     connect-src 'self'; \
     font-src 'self'; \
     manifest-src 'self'; \
     object-src 'none'; \
     base-uri 'none'; \
     form-action 'self'; \
     frame-ancestors 'none'";

const PERMISSIONS_POLICY: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), \
     serial=(), bluetooth=(), hid=(), midi=(), display-capture=(), browsing-topics=()";

/// Two years, the preload lists' minimum.
const STRICT_TRANSPORT_SECURITY: &str = "max-age=63072000; includeSubDomains";

/// Adds the security headers to `response` (HSTS only when `https`).
pub fn add_security_headers(mut response: Response, https: bool) -> Response {
    let headers = response.headers_mut();
    let mut set = |name: HeaderName, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "no-referrer");
    set(header::X_FRAME_OPTIONS, "DENY");
    set(
        HeaderName::from_static("permissions-policy"),
        PERMISSIONS_POLICY,
    );
    set(
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    if https {
        set(header::STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY);
    }
    response
}
