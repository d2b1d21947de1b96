//! Light or dark: the system's choice unless the user has made their own with the toggle beside
//! the language switch, which is kept in the browser (and in a cookie, for the server to send the
//! first page in it). The stylesheet reads `<html data-theme>` (`public/styles.css`, top): with
//! none it follows `prefers-color-scheme`.

use darbnica_api::prerendered::THEME_COOKIE;
use leptos::prelude::*;
use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::*;

use crate::shell::i18n::{local_storage, use_i18n};

const STORAGE_KEY: &str = "darbnica-theme";
const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn from_code(code: &str) -> Option<Theme> {
        match code {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// The user's own choice (none: the system's) and the system's, shared through leptos context.
#[derive(Debug, Clone, Copy)]
pub struct Themes {
    chosen: RwSignal<Option<Theme>>,
    system: RwSignal<Theme>,
}

impl Themes {
    /// Reads the kept choice and the system's, follows the system's changes, and keeps
    /// `<html data-theme>` and the choice's cookie in step.
    pub fn provide() -> Themes {
        let themes = Themes {
            chosen: RwSignal::new(
                local_storage()
                    .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
                    .as_deref()
                    .and_then(Theme::from_code),
            ),
            system: RwSignal::new(Theme::Light),
        };
        provide_context(themes);
        if let Ok(Some(query)) = window().match_media(DARK_QUERY) {
            let system = themes.system;
            let read = move |query: &web_sys::MediaQueryList| {
                system.set(if query.matches() {
                    Theme::Dark
                } else {
                    Theme::Light
                });
            };
            read(&query);
            let watched = query.clone();
            let on_change = Closure::<dyn Fn()>::new(move || read(&watched));
            let _ = query
                .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
            on_change.forget();
        }
        Effect::new(move |_| {
            let chosen = themes.chosen.get();
            // The server sends the next first page in it.
            crate::shell::prerendered::keep_cookie(THEME_COOKIE, chosen.map(Theme::code));
            let Some(root) = document().document_element() else {
                return;
            };
            let _ = match chosen {
                Some(theme) => root.set_attribute("data-theme", theme.code()),
                None => root.remove_attribute("data-theme"),
            };
        });
        themes
    }

    /// The theme the page shows.
    pub fn shown(self) -> Theme {
        self.chosen.get().unwrap_or_else(|| self.system.get())
    }

    /// Shows the other theme. A choice that comes back to the system's is forgotten, so that the
    /// page follows the system again.
    pub fn toggle(self) {
        let next = match self.shown() {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        };
        let chosen = (next != self.system.get_untracked()).then_some(next);
        self.chosen.set(chosen);
        if let Some(storage) = local_storage() {
            let _ = match chosen {
                Some(theme) => storage.set_item(STORAGE_KEY, theme.code()),
                None => storage.remove_item(STORAGE_KEY),
            };
        }
    }
}

pub fn use_themes() -> Themes {
    expect_context::<Themes>()
}

/// A toggle button: pressed when the page is dark.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let i18n = use_i18n();
    let themes = use_themes();
    let dark = move || themes.shown() == Theme::Dark;
    view! {
        <button
            type="button"
            id="theme-toggle"
            class="theme-toggle"
            aria-pressed=move || dark().to_string()
            title=move || i18n.t("theme-dark")
            on:click=move |_| themes.toggle()
        >
            <span aria-hidden="true">{move || if dark() { "☾" } else { "☀" }}</span>
            <span class="visually-hidden">{move || i18n.t("theme-dark")}</span>
        </button>
    }
}
