//! Starting beside the server's copy of the page (`darbnica_api::prerendered`): when the page
//! came with one, the app mounts hidden in a box of its own and takes the copy's place in one go
//! once it shows the same (its page's heading is there, nothing is loading, each code editor has
//! drawn or stands as text),
//! so that the reader sees the content from the first paint and nothing jumps when the app
//! arrives. Links in the copy work from the start; its buttons wait for the app.
//!
//! And the two cookies the server chooses the copy's language and theme by, kept in step with
//! the user's choices (`i18n.rs`, `theme.rs`).

use darbnica_api::prerendered::{DRAWN, ELEMENT_ID, NOT_READY};
use leptos::prelude::*;
use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::*;

/// The app is starting beside the server's copy of the page: the copy is still there.
pub fn copy_showing() -> bool {
    document().get_element_by_id(ELEMENT_ID).is_some()
}

/// Mounts `app` into `<body>`, or beside the copy when the server sent one.
pub fn mount<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    match beside_the_copy() {
        Some((copy, root)) => {
            mount_to(root.clone(), app).forget();
            swap_when_ready(copy, root);
        }
        None => mount_to_body(app),
    }
}

/// The server's copy, and a hidden box for the app after it.
fn beside_the_copy() -> Option<(web_sys::Element, web_sys::HtmlElement)> {
    let document = document();
    let copy = document.get_element_by_id(ELEMENT_ID)?;
    let root: web_sys::HtmlElement = document.create_element("div").ok()?.unchecked_into();
    root.set_class_name("app app--waiting");
    document.body()?.append_child(&root).ok()?;
    Some((copy, root))
}

/// Swaps as soon as the app is ready: now, or at the change to the app's page that makes it so.
fn swap_when_ready(copy: web_sys::Element, root: web_sys::HtmlElement) {
    if ready(&root) {
        swap_after_a_paint(copy, root);
        return;
    }
    let observed = root.clone();
    let replaced = copy.clone();
    let on_change = Closure::<dyn FnMut(js_sys::Array, web_sys::MutationObserver)>::new(
        move |_: js_sys::Array, observer: web_sys::MutationObserver| {
            if ready(&observed) {
                observer.disconnect();
                swap_after_a_paint(replaced.clone(), observed.clone());
            }
        },
    );
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    options.set_attributes(true);
    options.set_attribute_filter(&js_sys::Array::of1(&"data-loaded".into()));
    let observing = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref())
        .and_then(|observer| observer.observe_with_options(&root, &options));
    if observing.is_err() {
        swap(&copy, &root);
        return;
    }
    // Called until the swap, at most once a change; small, and kept for the page's life.
    on_change.forget();
}

fn ready(root: &web_sys::HtmlElement) -> bool {
    root.query_selector(DRAWN).ok().flatten().is_some()
        // A browser without `:has` cannot ask about the editors: the data is enough.
        && !root
            .query_selector(NOT_READY)
            .or_else(|_| root.query_selector(".loading-state"))
            .is_ok_and(|found| found.is_some())
}

/// Swaps once the copy has been drawn at least once. On a fast connection the app can be ready
/// before the browser's first paint; then the reader would never see the copy, and the browser
/// would count the app's paint as the page's largest, when the copy showed the same sooner. The
/// frame after next is after a paint.
fn swap_after_a_paint(copy: web_sys::Element, root: web_sys::HtmlElement) {
    request_animation_frame(move || {
        request_animation_frame(move || {
            // Still ready: a page can start loading something more meanwhile.
            if ready(&root) {
                swap(&copy, &root);
            } else {
                swap_when_ready(copy, root);
            }
        });
    });
}

/// The copy goes and the app shows, within one task: nothing is drawn in between. The
/// performance mark `darbnica-app-shown` says when (for tests and benchmarks).
fn swap(copy: &web_sys::Element, root: &web_sys::HtmlElement) {
    copy.remove();
    root.set_class_name("app");
    crate::shell::timing::mark(SHOWN_MARK);
}

const SHOWN_MARK: &str = "darbnica-app-shown";

/// Keeps the cookie `name` at `value` for a year, or forgets it (`None`). Only the choice goes
/// in it, for the server to send the first page in it (the privacy page says so).
pub fn keep_cookie(name: &str, value: Option<&str>) {
    let Ok(document) = document().dyn_into::<web_sys::HtmlDocument>() else {
        return;
    };
    let secure = if window().location().protocol().as_deref() == Ok("https:") {
        "; Secure"
    } else {
        ""
    };
    let cookie = match value {
        Some(value) => format!("{name}={value}; Path=/; Max-Age=31536000; SameSite=Lax{secure}"),
        None => format!("{name}=; Path=/; Max-Age=0; SameSite=Lax{secure}"),
    };
    let _ = document.set_cookie(&cookie);
}
