//! Every text the user reads, in Latvian and English, through Project Fluent: the texts live in
//! `app/locales/<language>.ftl`, and Fluent picks plural forms by the CLDR rules of each language
//! (Latvian has `zero`, `one` and `other`).
//!
//! The first visit follows the browser's preferred languages (Latvian when it prefers neither);
//! the user's choice is kept in local storage and wins from then on.

use std::borrow::Cow;

use darbnica_api::Localized;
use darbnica_api::prerendered;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;

/// The languages of the portal, Latvian first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Lv,
    En,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Lv, Language::En];

    /// The BCP 47 code, also used for `<html lang>` and the API's `Localized` texts.
    pub fn code(self) -> &'static str {
        match self {
            Language::Lv => "lv",
            Language::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| language.code() == code)
    }

    /// The first of the browser's preferred languages (`navigator.languages`, e.g. `en-GB`) that the
    /// portal speaks; Latvian when it speaks none of them.
    pub fn from_preferences<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Language {
        Language::from_code(prerendered::language_of_preferences(preferred)).unwrap_or(Language::Lv)
    }

    /// The web app manifest in this language (`public/manifest*.webmanifest`).
    pub fn manifest(self) -> &'static str {
        match self {
            Language::Lv => "/manifest.webmanifest",
            Language::En => "/manifest.en.webmanifest",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Language::Lv => include_str!("../../locales/lv.ftl"),
            Language::En => include_str!("../../locales/en.ftl"),
        }
    }
}

/// The Fluent bundle of one language, with its plural rules.
fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(language.source().to_owned()).unwrap_or_else(
        |(resource, errors)| {
            // The native tests reject any such error; a build that has one still shows every other text.
            leptos::logging::error!("{}.ftl has errors: {errors:?}", language.code());
            resource
        },
    );
    let locale = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![locale]);
    // Unicode isolation marks would end up in the DOM and in copied text; our arguments are numbers
    // and names that do not need them.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        leptos::logging::error!("{}.ftl has duplicate messages: {errors:?}", language.code());
    }
    bundle
}

thread_local! {
    static BUNDLES: [FluentBundle<FluentResource>; 2] = [bundle(Language::Lv), bundle(Language::En)];
}

/// The text of message `key` in `language`, with `args` filled in. A missing key is logged as an
/// error (the end-to-end tests fail on console errors) and shown as the key itself.
pub fn translate(language: Language, key: &str, args: Option<&FluentArgs>) -> String {
    BUNDLES.with(|bundles| {
        let bundle = &bundles[language as usize];
        let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) else {
            leptos::logging::error!("missing text `{key}` in {}.ftl", language.code());
            return key.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            leptos::logging::error!("text `{key}` in {}.ftl: {errors:?}", language.code());
        }
        Cow::into_owned(text)
    })
}

const STORAGE_KEY: &str = "darbnica-language";

/// The current language, shared through leptos context. Cheap to copy into closures.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    language: RwSignal<Language>,
}

impl I18n {
    /// Chooses the first language, provides it to every component below, and keeps `<html lang>`,
    /// the manifest's link, its cookie and local storage in step with it (the page title: `page_title.rs`).
    pub fn provide() -> I18n {
        let i18n = I18n {
            language: RwSignal::new(initial_language()),
        };
        provide_context(i18n);
        Effect::new(move |_| {
            let language = i18n.language.get();
            let document = document();
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", language.code());
            }
            // The server sends the next first page in it.
            crate::shell::prerendered::keep_cookie(
                prerendered::LANGUAGE_COOKIE,
                Some(language.code()),
            );
            // Installing the app names it in the language of the page.
            if let Ok(Some(link)) = document.query_selector("link[rel=manifest]") {
                let _ = link.set_attribute("href", language.manifest());
            }
        });
        i18n
    }

    pub fn language(self) -> Language {
        self.language.get()
    }

    /// Switches the language and remembers the choice.
    pub fn set_language(self, language: Language) {
        self.language.set(language);
        if let Some(storage) = local_storage() {
            let _ = storage.set_item(STORAGE_KEY, language.code());
        }
    }

    /// The text of `key` in the current language (reactive: call it inside a closure in a view).
    pub fn t(self, key: &str) -> String {
        translate(self.language.get(), key, None)
    }

    /// The text of `key` with number arguments (which choose plural forms).
    pub fn t_args(self, key: &str, numbers: &[(&str, i64)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in numbers {
            args.set(*name, FluentValue::from(*value));
        }
        translate(self.language.get(), key, Some(&args))
    }

    /// The text of `key` with text arguments.
    pub fn t_text_args(self, key: &str, texts: &[(&str, String)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in texts {
            args.set(*name, FluentValue::from(value.clone()));
        }
        translate(self.language.get(), key, Some(&args))
    }

    /// A text the content gives in both languages, as a closure that follows the page's language.
    pub fn localized(self, text: &Localized) -> impl Fn() -> String + Send + Sync + use<> {
        let text = text.clone();
        move || text.get(self.language.get().code()).to_owned()
    }

    /// The text of `key` with a number argument `$count`, which chooses the plural form.
    pub fn t_count(self, key: &str, count: u32) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        translate(self.language.get(), key, Some(&args))
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

fn initial_language() -> Language {
    let stored = local_storage().and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten());
    if let Some(language) = stored.as_deref().and_then(Language::from_code) {
        return language;
    }
    let preferred: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    Language::from_preferences(preferred.iter().map(String::as_str))
}

/// Local storage, when the browser allows it (it may not, in private modes).
pub fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn message_ids(language: Language) -> BTreeSet<String> {
        let resource =
            FluentResource::try_new(language.source().to_owned()).unwrap_or_else(|(_, errors)| {
                panic!("{}.ftl does not parse: {errors:?}", language.code())
            });
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn latvian_and_english_have_the_same_texts() {
        let lv = message_ids(Language::Lv);
        let en = message_ids(Language::En);
        assert_eq!(
            lv.difference(&en).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "only in lv.ftl"
        );
        assert_eq!(
            en.difference(&lv).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "only in en.ftl"
        );
    }

    /// Every text key in the app's source names a message that exists, so no user ever sees a
    /// bare key: keys looked up on the spot (`t("key")`) and keys passed around in consts,
    /// arguments and matches alike. A key is any kebab-case string literal that starts like the
    /// .ftl files' keys (`run-`, `sandbox-`, …), except HTML attribute values (`class="run-output"`)
    /// and the stylesheet's class names, and the few plain values listed here.
    #[test]
    fn every_key_the_code_uses_exists() {
        const NOT_TEXTS: &[&str] = &[
            // A grid cell's state, and a progress store's record name.
            "not-started",
            "progress-imported",
        ];
        let ids = message_ids(Language::Lv);
        let prefixes: BTreeSet<&str> = ids.iter().filter_map(|id| id.split('-').next()).collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let css = std::fs::read_to_string(root.join("../public/styles.css")).unwrap();
        let mut literals = Vec::new();
        collect_literals(&root.join("src"), &mut literals);
        let used: BTreeSet<&str> = literals
            .iter()
            .filter(|(literal, attribute)| {
                !attribute
                    && prefixes.contains(literal.split('-').next().unwrap_or_default())
                    && !NOT_TEXTS.contains(&literal.as_str())
                    && !css_names(&css, literal)
            })
            .map(|(literal, _)| literal.as_str())
            .collect();
        assert!(
            used.len() > 300,
            "found only {} keys: has the way texts are looked up changed?",
            used.len()
        );
        let missing: Vec<_> = used.iter().filter(|key| !ids.contains(**key)).collect();
        assert!(
            missing.is_empty(),
            "keys used in code but missing in the .ftl files: {missing:?}"
        );
    }

    /// Whether the stylesheet has `.name` or `#name` (as a whole name).
    fn css_names(css: &str, name: &str) -> bool {
        [".", "#"].iter().any(|sigil| {
            css.match_indices(&format!("{sigil}{name}"))
                .any(|(start, found)| {
                    !css[start + found.len()..]
                        .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                })
        })
    }

    /// Every kebab-case string literal (`"run-stopped"`) in the Rust files under `dir`, and
    /// whether it is an HTML attribute's value (`id="…"`, `class="…"`).
    fn collect_literals(dir: &std::path::Path, literals: &mut Vec<(String, bool)>) {
        let mut files = Vec::new();
        rust_files(dir, &mut files);
        for path in files {
            let source = std::fs::read_to_string(&path).unwrap();
            for (piece, before) in string_literals(&source) {
                let kebab = piece.contains('-')
                    && piece.starts_with(|c: char| c.is_ascii_lowercase())
                    && piece
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !piece.contains("--")
                    && !piece.ends_with('-');
                if !kebab {
                    continue;
                }
                literals.push((piece.to_owned(), before.ends_with('=')));
            }
        }
    }

    /// No text a user reads is written in Rust: no Latvian anywhere in the app's code, and no words
    /// as a text node of a view (`<p>"Saved"</p>`); they are Fluent messages in both languages.
    #[test]
    fn no_user_facing_text_is_written_in_rust() {
        let mut found = Vec::new();
        let mut files = Vec::new();
        rust_files(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        assert!(files.len() > 50, "found only {} files", files.len());
        for path in files {
            let source = std::fs::read_to_string(&path).unwrap();
            // The code, without its tests and comments.
            let code: String = source
                .split("#[cfg(test)]")
                .next()
                .unwrap_or_default()
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .map(|line| format!("{line}\n"))
                .collect();
            for (piece, before) in string_literals(&code) {
                let latvian = piece.chars().any(|c| "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ".contains(c));
                let text_node = (before.ends_with('}')
                    || (before.ends_with('>')
                        && !before.ends_with("=>")
                        && !before.ends_with("->")))
                    && piece.chars().any(char::is_alphabetic);
                if latvian || text_node {
                    found.push(format!("{}: \"{piece}\"", path.display()));
                }
            }
        }
        assert!(found.is_empty(), "texts written in Rust: {found:#?}");
    }

    /// Each string literal in `source` (the text between a pair of double quotes), with the code
    /// before it, trimmed.
    fn string_literals(source: &str) -> impl Iterator<Item = (&str, &str)> {
        source.split('"').skip(1).step_by(2).map(move |piece| {
            let offset = piece.as_ptr() as usize - source.as_ptr() as usize;
            (piece, source[..offset - 1].trim_end())
        })
    }

    fn rust_files(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, files);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                files.push(path);
            }
        }
    }

    /// Every error code the server can send has its text, in both languages (the two files have
    /// the same keys).
    #[test]
    fn every_error_code_has_a_text() {
        let ids = message_ids(Language::En);
        for code in darbnica_api::ErrorCode::ALL {
            let key = crate::shell::api::code_message_key(code);
            assert!(ids.contains(key), "{code:?}: no text {key}");
        }
    }

    /// Keys that come from elsewhere at run time: the runtime's error explanations and the findings
    /// of the `checks` module (every `"check-…"` string in its source).
    #[test]
    fn every_explanation_and_check_finding_has_a_text() {
        let ids = message_ids(Language::Lv);
        let mut keys: Vec<String> = darbnica_api::explain::KEYS
            .iter()
            .map(|key| (*key).to_owned())
            .collect();
        let checks = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/python/py/checks.py"),
        )
        .unwrap();
        for (start, _) in checks.match_indices("\"check-") {
            let rest = &checks[start + 1..];
            keys.push(rest[..rest.find('"').unwrap()].to_owned());
        }
        assert!(keys.len() > 30, "found only {keys:?}");
        let missing: Vec<_> = keys.iter().filter(|key| !ids.contains(*key)).collect();
        assert!(missing.is_empty(), "no text for {missing:?}");
    }

    #[test]
    fn latvian_plurals_follow_cldr() {
        let lessons = |count: u32| {
            let mut args = FluentArgs::new();
            args.set("count", FluentValue::from(count));
            translate(Language::Lv, "course-lesson-count", Some(&args))
        };
        assert_eq!(lessons(0), "0 nodarbību");
        assert_eq!(lessons(1), "1 nodarbība");
        assert_eq!(lessons(2), "2 nodarbības");
        assert_eq!(lessons(11), "11 nodarbību");
        assert_eq!(lessons(21), "21 nodarbība");
        assert_eq!(lessons(30), "30 nodarbību");
    }

    #[test]
    fn english_plurals() {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(1));
        assert_eq!(
            translate(Language::En, "course-lesson-count", Some(&args)),
            "1 lesson"
        );
        args.set("count", FluentValue::from(6));
        assert_eq!(
            translate(Language::En, "course-lesson-count", Some(&args)),
            "6 lessons"
        );
    }

    #[test]
    fn the_browser_language_decides_the_first_visit() {
        assert_eq!(Language::from_preferences(["en-GB", "lv"]), Language::En);
        assert_eq!(Language::from_preferences(["lv-LV", "en"]), Language::Lv);
        assert_eq!(Language::from_preferences(["de-DE", "EN-us"]), Language::En);
        assert_eq!(Language::from_preferences(["de-DE", "ru"]), Language::Lv);
        assert_eq!(Language::from_preferences(["de", "en;q=0.8"]), Language::En);
        assert_eq!(Language::from_preferences([]), Language::Lv);
    }
}
