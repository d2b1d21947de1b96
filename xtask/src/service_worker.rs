//! The service worker of release builds: `service-worker/service-worker.js` bundled with Workbox's
//! modules (esbuild, from npm) into `dist/sw.js`, with the list of files to precache written in
//! where the source says `self.__WB_MANIFEST`, and `<meta name="darbnica-service-worker">` in
//! `index.html`, which tells the app to register it.
//!
//! The list is every file of `dist/` but the compressed twins (the browser asks for the file and
//! the server picks the twin), `robots.txt` and the server's copies of the pages
//! (`prerendered.json`). A file named by its contents
//! (`darbnica-app-<hash>_bg.wasm`, by `darbnica_api::assets`' rule, which the server's cache
//! lifetimes follow too) needs no revision; any other file gets the hash of its contents as one.
//! A build that changes any file therefore changes `sw.js`, which is how browsers
//! learn that there is a new version.

use std::path::Path;

use anyhow::Context as _;
use darbnica_api::assets::named_by_contents;
use sha2::{Digest as _, Sha256};

use crate::build::{esbuild, file_name, files, hex, set_meta};
use crate::shell::Shell;

/// The service worker's file in `dist/`, at the root so that it looks after every page.
const SCRIPT: &str = "sw.js";
/// The meta element that names it to the app (`app/src/shell/service_worker.rs`).
const META: &str = "darbnica-service-worker";
/// What the source has where the list goes.
const PLACEHOLDER: &str = "self.__WB_MANIFEST";

/// One precached file, as Workbox's `precacheAndRoute` reads it.
#[derive(Debug, PartialEq, Eq)]
struct Entry {
    url: String,
    revision: Option<String>,
}

/// Bundles the service worker into `dist/sw.js` with the list of `dist`'s files.
pub fn build(shell: &Shell, dist: &Path) -> anyhow::Result<()> {
    // First, so that the list has the index.html that names it.
    set_meta(dist, META, Some(&format!("/{SCRIPT}")))?;
    let bundle = esbuild(
        shell,
        "service-worker/service-worker.js",
        "iife",
        // Workbox logs every step unless it is told this is production.
        &["--define:process.env.NODE_ENV=\"production\""],
    )?;
    let code = std::fs::read_to_string(&bundle).context("reading the service worker's bundle")?;
    let code = with_manifest(&code, &precache_list(dist)?)?;
    let target = dist.join(SCRIPT);
    if std::fs::read_to_string(&target).ok().as_deref() != Some(code.as_str()) {
        std::fs::write(&target, code).context("writing dist/sw.js")?;
    }
    Ok(())
}

/// Dev builds have no service worker: it would answer with its copy instead of the new build.
pub fn remove(dist: &Path) -> anyhow::Result<()> {
    let target = dist.join(SCRIPT);
    if target.is_file() {
        std::fs::remove_file(&target)?;
    }
    if dist.join("index.html").is_file() {
        set_meta(dist, META, None)?;
    }
    Ok(())
}

/// The service worker's code with the list in place of the placeholder, which must be there once.
fn with_manifest(code: &str, entries: &[Entry]) -> anyhow::Result<String> {
    anyhow::ensure!(
        code.matches(PLACEHOLDER).count() == 1,
        "the service worker's bundle must say {PLACEHOLDER} exactly once"
    );
    let list: Vec<_> = entries
        .iter()
        .map(|entry| serde_json::json!({"url": entry.url, "revision": entry.revision}))
        .collect();
    Ok(code.replacen(PLACEHOLDER, &serde_json::to_string(&list)?, 1))
}

/// Every file of `dist` to precache, in path order.
fn precache_list(dist: &Path) -> anyhow::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for path in files(dist)? {
        let name = file_name(&path);
        let skipped = name.starts_with('.')
            || name.ends_with(".br")
            || name.ends_with(".gz")
            || name == SCRIPT
            || name == "robots.txt"
            // The server's copies of the pages: it reads them, browsers never need them.
            || name == darbnica_api::prerendered::FILE;
        if skipped {
            continue;
        }
        let relative = path
            .strip_prefix(dist)?
            .to_string_lossy()
            .replace('\\', "/");
        let revision = if named_by_contents(&relative) {
            None
        } else {
            let bytes =
                std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            Some(hex(&Sha256::digest(&bytes))[..16].to_owned())
        };
        entries.push(Entry {
            url: format!("/{relative}"),
            revision,
        });
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_has_every_file_but_twins_and_revisions_only_where_names_do_not_change() {
        let dist = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| {
            let path = dist.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write("index.html", "<html><head></head></html>");
        write("index.html.br", "twin");
        write("darbnica-app-0123456789abcdef_bg.wasm", "wasm");
        write("editor/editor-0123456789abcdef.js", "editor");
        write("python-runtime.json", "{}");
        write("robots.txt", "User-agent: *");
        write("sw.js", "old");
        write(".darbnica-build", "stamp");
        let list = precache_list(dist.path()).unwrap();
        let urls: Vec<_> = list.iter().map(|entry| entry.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "/darbnica-app-0123456789abcdef_bg.wasm",
                "/editor/editor-0123456789abcdef.js",
                "/index.html",
                "/python-runtime.json"
            ]
        );
        assert_eq!(list[0].revision, None);
        assert_eq!(list[1].revision, None);
        let index_revision = list[2].revision.clone().unwrap();
        assert_eq!(index_revision.len(), 16);
        // A changed file changes its revision.
        write("index.html", "<html><head><title>2</title></head></html>");
        let again = precache_list(dist.path()).unwrap();
        assert_ne!(again[2].revision.as_deref(), Some(index_revision.as_str()));
    }

    #[test]
    fn the_list_goes_where_the_placeholder_is_and_only_there() {
        let entries = [Entry {
            url: "/index.html".into(),
            revision: Some("1".into()),
        }];
        assert_eq!(
            with_manifest("a(self.__WB_MANIFEST);", &entries).unwrap(),
            r#"a([{"revision":"1","url":"/index.html"}]);"#
        );
        assert!(with_manifest("a();", &entries).is_err());
        assert!(with_manifest("a(self.__WB_MANIFEST,self.__WB_MANIFEST);", &entries).is_err());
    }
}
