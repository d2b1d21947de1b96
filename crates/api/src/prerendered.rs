//! Pages drawn before the app has started: at build time a browser opens each public page in
//! each language and keeps what it shows (`tests/src/bin/prerender.rs`, run after the build by
//! `cargo xtask run`, `test` and `bench`); the server puts that copy into the page it sends (`server/src/prerendered.rs`), and
//! the app, started hidden beside it, takes its place once it has the same to show
//! (`app/src/shell/prerendered.rs`). On a slow connection the page's content is there a few
//! seconds before the app's wasm.
//!
//! The language and the theme the copy is drawn in come from two cookies the app keeps in step
//! with the user's choice (they hold nothing else), or from the browser's `Accept-Language`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The copies' file in the built app's folder.
pub const FILE: &str = "prerendered.json";

/// The cookie with the language the user reads (`lv`, `en`).
pub const LANGUAGE_COOKIE: &str = "darbnica-language";

/// The cookie with the theme the user chose against the system's (`light`, `dark`); none: the
/// system's.
pub const THEME_COOKIE: &str = "darbnica-theme";

/// The element of the sent page that holds the copy.
pub const ELEMENT_ID: &str = "prerendered";

/// What shows that a page of the app has drawn its content: its heading (every page has one),
/// or the error that stands in for it. Until then its `<main>` may be empty, or about to be
/// filled by the page's loading state.
pub const DRAWN: &str = "main h1, main .error-state";

/// What on a page of the app is still coming: its data (`.loading-state`), or a code editor's
/// script (unless it failed). With none of it, and its `<main>` there, the page shows what its
/// copy would: the browser that draws the copies waits for this, and so does the app before it
/// takes the copy's place.
pub const NOT_READY: &str =
    ".loading-state, .code-editor[data-loaded=false]:not(:has(.code-editor__failed))";

/// One page as the app drew it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// `document.title`.
    pub title: String,
    /// The inside of `<body>`.
    pub body: String,
}

/// Every copy, by language code and then by the page's path (`/models/zobrats`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshots {
    pub languages: BTreeMap<String, BTreeMap<String, Snapshot>>,
}

impl Snapshots {
    pub fn get(&self, language: &str, path: &str) -> Option<&Snapshot> {
        self.languages.get(language)?.get(path)
    }
}

/// The portal's languages, first the one it falls back to.
pub const LANGUAGES: [&str; 2] = ["lv", "en"];

/// The first of `preferred` (language tags such as `en-GB`, best first, as `navigator.languages`
/// lists them or `Accept-Language` with its weights) that the portal speaks; Latvian when none.
pub fn language_of_preferences<'a>(preferred: impl IntoIterator<Item = &'a str>) -> &'static str {
    preferred
        .into_iter()
        .find_map(|tag| {
            let primary = tag
                .split(['-', '_', ';'])
                .next()?
                .trim()
                .to_ascii_lowercase();
            LANGUAGES.into_iter().find(|language| *language == primary)
        })
        .unwrap_or(LANGUAGES[0])
}

/// The language an `Accept-Language` header asks for (its tags in the order of their weights).
pub fn language_of_accept_language(header: &str) -> &'static str {
    let mut tags: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(index, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let weight = pieces
                .find_map(|piece| piece.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (weight > 0.0 && !tag.is_empty()).then_some((weight, index, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    language_of_preferences(tags.into_iter().map(|(_, _, tag)| tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_language_spoken_wins_and_latvian_is_the_fallback() {
        assert_eq!(language_of_preferences(["en-GB", "lv"]), "en");
        assert_eq!(language_of_preferences(["de", "LV-lv", "en"]), "lv");
        assert_eq!(language_of_preferences(["de", "fr"]), "lv");
        assert_eq!(language_of_preferences([]), "lv");
        assert_eq!(language_of_preferences(["en_US"]), "en");
    }

    #[test]
    fn accept_language_is_read_by_its_weights() {
        assert_eq!(language_of_accept_language("en-GB,en;q=0.9,lv;q=0.8"), "en");
        assert_eq!(
            language_of_accept_language("de;q=1, en;q=0.5, lv;q=0.7"),
            "lv"
        );
        assert_eq!(language_of_accept_language("lv;q=0, en"), "en");
        assert_eq!(language_of_accept_language("*"), "lv");
        assert_eq!(language_of_accept_language(""), "lv");
        assert_eq!(language_of_accept_language("en;q=nonsense, lv"), "lv");
    }
}
