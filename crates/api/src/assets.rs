//! Which files of the built app are named by their contents, a rule both sides need: the server
//! lets browsers keep such a file for a year (a new build is a new name), and the build's service
//! worker precaches it without a revision of its own.

/// Whether the file at `path` (in `dist/`, with or without a leading `/`) has its contents' hash
/// in its name, or sits in a folder that has.
///
/// Trunk names hashed files `<name>-<hash>` (`darbnica-app-1a2b…_bg.wasm`), the hash a 64-bit
/// number in hex without leading zeros: usually 16 digits, 15 one time in 16, fewer rarely (xtask
/// pads its own names to 16). Twelve digits or more count; a file with a shorter hash is only kept
/// for less. Trunk puts the JavaScript snippets of the app's crates in a folder named by a hash
/// (`snippets/darbnica-app-1c05…/inline0.js`): a new build of them is a new folder.
pub fn named_by_contents(path: &str) -> bool {
    let mut segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let Some(file) = segments.pop() else {
        return false;
    };
    let in_hashed_snippets = segments.first() == Some(&"snippets")
        && segments[1..]
            .iter()
            .any(|folder| folder.split(['-', '_']).any(is_hash));
    file.split(['-', '_', '.']).any(is_hash) || in_hashed_snippets
}

fn is_hash(part: &str) -> bool {
    (12..=16).contains(&part.len()) && part.bytes().all(|byte| byte.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_and_snippet_folders_are_named_by_contents() {
        for path in [
            "/darbnica-app-0a1b2c3d4e5f6789_bg.wasm",
            "darbnica-app-0a1b2c3d4e5f6789.js",
            // Trunk's hash without its leading zero.
            "/darbnica-app-76038e3f90fd77d.js",
            "/editor/editor-0a1b2c3d4e5f6789.js",
            "/snippets/darbnica-app-1c05030287b103e5/inline0.js",
        ] {
            assert!(named_by_contents(path), "{path}");
        }
        for path in [
            "/",
            "/index.html",
            "/favicon.svg",
            "/icons/icon-192.png",
            "/snippets/inline0.js",
            "/manifest.en.webmanifest",
            "/deadbeef.js",
        ] {
            assert!(!named_by_contents(path), "{path}");
        }
    }
}
