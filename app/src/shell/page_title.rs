//! Each page's title in the browser's tab, its history and what a screen reader announces on
//! arrival: the page's heading (`<h1>`), then the portal's name; the portal's own title on the
//! home page and where a page has none. It follows the heading as it changes (another page, another language, an
//! exercise's title once it has loaded).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::shell::i18n::I18n;

/// Keeps `document.title` in step with the heading inside `#main`, for the app's life.
pub fn follow_the_heading(i18n: I18n) {
    let update = move || {
        untrack(|| {
            let document = document();
            let heading = document
                .query_selector("#main h1")
                .ok()
                .flatten()
                .and_then(|heading| heading.text_content())
                .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|text| !text.is_empty());
            let home = window().location().pathname().is_ok_and(|path| path == "/");
            let title = match heading {
                // The home page keeps the portal's own title (bookmarks, search results).
                Some(heading) if !home => format!("{heading} · {}", i18n.t("app-name")),
                _ => i18n.t("app-title"),
            };
            if document.title() != title {
                document.set_title(&title);
            }
        })
    };
    // A language switch with no heading on the page changes the title too.
    Effect::new(move |_| {
        i18n.language();
        update();
    });
    // The body, not `#main`: it is there before the shell is, and a change of a heading's text
    // costs one look for it.
    let Some(body) = document().body() else {
        return;
    };
    let observer = Closure::<dyn Fn()>::new(update);
    let Ok(watcher) = web_sys::MutationObserver::new(observer.as_ref().unchecked_ref()) else {
        return;
    };
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    options.set_character_data(true);
    if watcher.observe_with_options(&body, &options).is_ok() {
        // Both live as long as the page: the shell is never unmounted.
        observer.forget();
        std::mem::forget(watcher);
    }
}
