//! The portal's learning content: loads the plain files under `content/` and checks them.
//!
//! Architecture invariant: this crate knows nothing of HTTP, browsers or databases. It reads files
//! and returns data or a list of problems, each with the file and line to fix.

mod course;
mod exercise;
mod game;
pub mod markdown;
mod model;
mod problem;
mod workshop;

pub use course::{Course, Lesson};
pub use exercise::Exercise;
pub use game::Game;
pub use model::Model;
pub use problem::{Problem, Problems};
pub use workshop::Workshop;

use std::path::{Path, PathBuf};

/// Everything under a `content/` folder, loaded and checked.
#[derive(Debug, Clone, Default)]
pub struct Content {
    /// In the order learners should see them: by `order`, then by id.
    pub courses: Vec<Course>,
    /// The sandbox's gallery, by id.
    pub models: Vec<Model>,
    /// The game studio's playable projects, by id.
    pub games: Vec<Game>,
    /// The game `/studio` opens with (`studio/`), not listed with the others; none when the
    /// folder is missing.
    pub studio: Option<Game>,
    /// The association's workshops, newest first.
    pub workshops: Vec<Workshop>,
}

impl Content {
    /// Loads every course under `content_dir/courses/`. Reports all problems found, not only the
    /// first, so an author can fix them in one go.
    pub fn load(content_dir: &Path) -> Result<Content, Problems> {
        let (content, problems) = Content::load_with_problems(content_dir);
        problems.into_result(content)
    }

    /// Loads what can be loaded, and reports the rest: for validators that go on to check what
    /// did load.
    pub fn load_with_problems(content_dir: &Path) -> (Content, Problems) {
        let mut problems = Problems::default();
        let mut courses: Vec<Course> =
            content_folders(&content_dir.join("courses"), "courses", &mut problems)
                .iter()
                .filter_map(|dir| course::load(dir, &mut problems))
                .collect();
        courses.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
        let models = model::load_all(&content_dir.join("models"), &mut problems);
        let games = game::load_all(&content_dir.join("games"), &mut problems);
        let studio = game::load_one(&content_dir.join("studio"), &mut problems);
        let workshops = workshop::load_all(
            &content_dir.join("workshops"),
            &workshop::Known {
                model: &|id| models.iter().any(|model| model.id == id),
                game: &|id| games.iter().any(|game| game.id == id),
                exercise: &|course, exercise| {
                    courses.iter().any(|known| {
                        known.id == course
                            && known.exercises().any(|(_, known)| known.id == exercise)
                    })
                },
            },
            &mut problems,
        );
        (
            Content {
                courses,
                models,
                games,
                studio,
                workshops,
            },
            problems,
        )
    }

    pub fn course(&self, id: &str) -> Option<&Course> {
        self.courses.iter().find(|course| course.id == id)
    }

    pub fn exercise_count(&self) -> usize {
        self.courses
            .iter()
            .map(|course| course.exercises().count())
            .sum()
    }
}

/// The folders in `dir` (a course, model, game or workshop each), by name; when `dir` cannot be read,
/// a problem saying so (`what` names the folder) and none.
pub(crate) fn content_folders(dir: &Path, what: &str, problems: &mut Problems) -> Vec<PathBuf> {
    sorted_subdirectories(dir).unwrap_or_else(|error| {
        problems.push(Problem::whole_file(
            dir,
            format!("cannot read the {what} folder: {error}"),
        ));
        Vec::new()
    })
}

/// Each folder under `dir` loaded with `load`, in name order; a missing `dir` means none (the
/// gallery and the workshops may be empty), an unreadable one a problem.
pub(crate) fn load_each<T>(
    dir: &Path,
    what: &str,
    problems: &mut Problems,
    mut load: impl FnMut(&Path, &mut Problems) -> Option<T>,
) -> Vec<T> {
    if !dir.exists() {
        return Vec::new();
    }
    content_folders(dir, what, problems)
        .iter()
        .filter_map(|dir| load(dir, problems))
        .collect()
}

pub(crate) fn sorted_subdirectories(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut dirs = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            dirs.push(entry.path());
        }
    }
    dirs.sort();
    Ok(dirs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_portals_own_content_loads_without_problems() {
        let content_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let content = match Content::load(&content_dir) {
            Ok(content) => content,
            Err(problems) => panic!("content has problems:\n{problems}"),
        };
        assert!(!content.courses.is_empty(), "content/ has no course");
        assert!(
            content.studio.is_some(),
            "content/studio/ (the studio's first game) is missing"
        );
        for course in &content.courses {
            assert!(
                !course.lessons.is_empty(),
                "course {} has no lessons",
                course.id
            );
        }
    }

    #[test]
    fn a_missing_courses_folder_is_a_problem_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let problems = Content::load(dir.path()).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(
            problems
                .to_string()
                .contains("cannot read the courses folder")
        );
    }
}
