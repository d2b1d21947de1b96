//! The app's pages by their paths, known to both sides: the app's router has a route for each,
//! and the server answers a path that is none of them (or names no course, model, game or
//! workshop of the catalogue) with the app's not-found page and a 404, so that a mistyped link or
//! a crawler gets a real "not found".

/// What a path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page<'a> {
    /// A page whose path has no names in it (`/`, `/playground`, `/classes`, …), or whose names
    /// only the signed-in user's data can tell (a class, a join code).
    Fixed,
    Course(&'a str),
    Exercise {
        course: &'a str,
        exercise: &'a str,
    },
    Model(&'a str),
    Game(&'a str),
    Workshop(&'a str),
}

/// The paths without names, as the app's router has them (`app/src/shell/app.rs`).
pub const FIXED: &[&str] = &[
    "/",
    "/playground",
    "/sandbox",
    "/models",
    "/studio",
    "/games",
    "/workshops",
    "/signin",
    "/signup",
    "/join",
    "/classes",
    "/my-exercises",
    "/assignments",
    "/account",
    "/privacy",
];

/// The page `path` names, if any. A trailing slash is not a page (the app's router has none).
pub fn page_of(path: &str) -> Option<Page<'_>> {
    if FIXED.contains(&path) {
        return Some(Page::Fixed);
    }
    let segments: Vec<&str> = path.strip_prefix('/')?.split('/').collect();
    if segments.iter().any(|segment| segment.is_empty()) {
        return None;
    }
    match segments.as_slice() {
        ["courses", course] => Some(Page::Course(course)),
        ["courses", course, exercise] => Some(Page::Exercise { course, exercise }),
        ["models", model] => Some(Page::Model(model)),
        ["games", game] => Some(Page::Game(game)),
        ["workshops", workshop] => Some(Page::Workshop(workshop)),
        ["join", _] | ["classes", _] | ["my-exercises", _] => Some(Page::Fixed),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_apps_paths_are_pages_and_others_are_not() {
        for path in FIXED {
            assert_eq!(page_of(path), Some(Page::Fixed), "{path}");
        }
        assert_eq!(page_of("/models/zobrats"), Some(Page::Model("zobrats")));
        assert_eq!(
            page_of("/courses/pamati/sveiki"),
            Some(Page::Exercise {
                course: "pamati",
                exercise: "sveiki"
            })
        );
        assert_eq!(page_of("/join/ABC123"), Some(Page::Fixed));
        for path in [
            "",
            "/wp-login.php",
            "/models/",
            "/models/zobrats/x",
            "/courses//x",
            "/playground/",
            "/classes/1/2",
            "robots.txt",
        ] {
            assert_eq!(page_of(path), None, "{path}");
        }
    }
}
