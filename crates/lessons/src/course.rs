//! A course: `content/courses/<id>/course.toml`, its titles and its ordered lessons.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use darbnica_api::{Localized, WorkshopLink};
use serde::Deserialize;
use toml::Spanned;

use crate::exercise::{self, Exercise};
use crate::problem::{Problem, Problems, read_text};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Course {
    pub id: String,
    /// Lower comes first on the course list.
    pub order: i64,
    pub title: Localized,
    pub summary: Localized,
    pub lessons: Vec<Lesson>,
    pub workshops: Vec<WorkshopLink>,
    /// The course's folder.
    pub dir: PathBuf,
}

impl Course {
    /// Every exercise with its lesson, in the order learners take them.
    pub fn exercises(&self) -> impl Iterator<Item = (&Lesson, &Exercise)> {
        self.lessons.iter().flat_map(|lesson| {
            lesson
                .exercises
                .iter()
                .map(move |exercise| (lesson, exercise))
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lesson {
    pub id: String,
    pub title: Localized,
    /// In the order given in `course.toml`; each lives in `<course>/<lesson>/<exercise>/`.
    pub exercises: Vec<Exercise>,
}

/// `course.toml` as written; checked and turned into a [`Course`] by [`load`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseFile {
    id: Spanned<String>,
    #[serde(default = "default_order")]
    order: i64,
    title: Spanned<TextFile>,
    summary: Spanned<TextFile>,
    #[serde(default)]
    lessons: Vec<LessonFile>,
    #[serde(default)]
    workshops: Vec<WorkshopFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFile {
    id: Spanned<String>,
    title: Spanned<TextFile>,
    #[serde(default)]
    exercises: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkshopFile {
    title: Spanned<TextFile>,
    url: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TextFile {
    pub(crate) lv: String,
    pub(crate) en: String,
}

fn default_order() -> i64 {
    100
}

/// Loads the course in `dir`, adding what is wrong to `problems`. Returns the course only when its
/// file could be read and parsed; smaller problems are reported and the course is still returned,
/// so that one load shows every problem.
pub(crate) fn load(dir: &Path, problems: &mut Problems) -> Option<Course> {
    let (mut check, parsed) = Checker::open::<CourseFile>(dir.join("course.toml"), problems)?;
    check.folder_id(&parsed.id, dir, "course id");
    if parsed.id.get_ref() == darbnica_api::own_exercises::OWN_COURSE {
        // Teachers' own exercises are `own/<id>`: a course of that name would be confused with them.
        check.report(
            &parsed.id,
            format!(
                "the course id `{}` is kept for teachers' own exercises",
                darbnica_api::own_exercises::OWN_COURSE
            ),
        );
    }
    let title = check.text(&parsed.title, "title");
    let summary = check.text(&parsed.summary, "summary");

    let mut seen = HashSet::new();
    let mut seen_exercises = HashSet::new();
    let mut lessons = Vec::with_capacity(parsed.lessons.len());
    let mut lesson_ids = Vec::new();
    for lesson in &parsed.lessons {
        check.id(&lesson.id, "lesson id");
        if !seen.insert(lesson.id.get_ref().clone()) {
            check.report(
                &lesson.id,
                format!("lesson id `{}` is used twice", lesson.id.get_ref()),
            );
        }
        let title = check.text(&lesson.title, "lesson title");
        let mut listed = Vec::new();
        for id in &lesson.exercises {
            check.id(id, "exercise id");
            if !seen_exercises.insert(id.get_ref().clone()) {
                check.report(
                    id,
                    format!("exercise `{}` is listed twice in this course", id.get_ref()),
                );
            }
            listed.push(id.clone());
        }
        lesson_ids.push(lesson.id.get_ref().clone());
        lessons.push((lesson.id.get_ref().clone(), title, listed));
    }
    if lessons.is_empty() {
        check.report(
            &parsed.id,
            "a course needs at least one lesson ([[lessons]])".to_owned(),
        );
    }
    let mut workshops = Vec::new();
    for workshop in &parsed.workshops {
        let title = check.text(&workshop.title, "workshop title");
        let url = workshop.url.get_ref().trim();
        if !url.starts_with("https://") || url.contains(char::is_whitespace) {
            check.report(
                &workshop.url,
                format!("workshop url `{url}` must be an https:// address"),
            );
        }
        workshops.push(WorkshopLink {
            title,
            url: url.to_owned(),
        });
    }

    // Exercises: each listed one must exist, and each folder must be listed.
    let mut loaded = Vec::with_capacity(lessons.len());
    for (lesson_id, title, listed) in lessons {
        let lesson_dir = dir.join(&lesson_id);
        let mut exercises = Vec::new();
        for id in &listed {
            let exercise_dir = lesson_dir.join(id.get_ref());
            if !exercise_dir.is_dir() {
                check.report(
                    id,
                    format!(
                        "exercise `{}` has no folder {}/{}/",
                        id.get_ref(),
                        lesson_id,
                        id.get_ref()
                    ),
                );
                continue;
            }
            if let Some(exercise) = exercise::load(&exercise_dir, check.problems) {
                exercises.push(exercise);
            }
        }
        for folder in crate::sorted_subdirectories(&lesson_dir).unwrap_or_default() {
            let name = folder
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or("");
            if !listed.iter().any(|id| id.get_ref() == name) {
                check.problems.push(Problem::whole_file(
                    &folder.join("exercise.toml"),
                    format!(
                        "exercise folder `{lesson_id}/{name}` is not listed in the lesson's exercises in course.toml"
                    ),
                ));
            }
        }
        loaded.push(Lesson {
            id: lesson_id,
            title,
            exercises,
        });
    }
    for folder in crate::sorted_subdirectories(dir).unwrap_or_default() {
        let name = folder
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("");
        if !lesson_ids.iter().any(|id| id == name) {
            check.problems.push(Problem::whole_file(
                &folder,
                format!("folder `{name}` is not a lesson of course.toml"),
            ));
        }
    }
    let lessons = loaded;

    Some(Course {
        id: parsed.id.into_inner(),
        order: parsed.order,
        title,
        summary,
        lessons,
        workshops,
        dir: dir.to_path_buf(),
    })
}

/// Checks one TOML file, placing each problem at its line.
pub(crate) struct Checker<'a> {
    pub(crate) file: PathBuf,
    pub(crate) text: String,
    pub(crate) problems: &'a mut Problems,
}

impl<'a> Checker<'a> {
    /// Reads and parses the TOML file `file`, for checking; a file that cannot be read or parsed is
    /// a problem (at the line of the mistake) and gives `None`.
    pub(crate) fn open<T: serde::de::DeserializeOwned>(
        file: PathBuf,
        problems: &'a mut Problems,
    ) -> Option<(Checker<'a>, T)> {
        let name = file
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("");
        let text = read_text(&file, name, problems)?;
        match toml::from_str(&text) {
            Ok(parsed) => Some((
                Checker {
                    file,
                    text,
                    problems,
                },
                parsed,
            )),
            Err(error) => {
                let message = error.message().to_owned();
                problems.push(match error.span() {
                    Some(span) => Problem::at_span(&file, &text, span, message),
                    None => Problem::whole_file(&file, message),
                });
                None
            }
        }
    }

    pub(crate) fn report<T>(&mut self, at: &Spanned<T>, message: String) {
        self.problems
            .push(Problem::at_span(&self.file, &self.text, at.span(), message));
    }

    /// Ids appear in URLs and file names: lowercase ASCII letters, digits and `-`.
    pub(crate) fn id(&mut self, id: &Spanned<String>, what: &str) {
        let value = id.get_ref();
        let letter_or_digit = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
        let well_formed = value.starts_with(letter_or_digit)
            && value.ends_with(letter_or_digit)
            && value.chars().all(|c| letter_or_digit(c) || c == '-');
        if !well_formed {
            self.report(
                id,
                format!("{what} `{value}` may use only a-z, 0-9 and inner `-`"),
            );
        }
    }

    /// Tags are ids; gives them without their places.
    pub(crate) fn tags(&mut self, tags: Vec<Spanned<String>>) -> Vec<String> {
        for tag in &tags {
            self.id(tag, "tag");
        }
        tags.into_iter().map(Spanned::into_inner).collect()
    }

    /// An id that names its folder: well formed, and the folder's name.
    pub(crate) fn folder_id(&mut self, id: &Spanned<String>, dir: &Path, what: &str) {
        self.id(id, what);
        let folder_name = dir
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default();
        if id.get_ref() != folder_name {
            self.report(
                id,
                format!(
                    "{what} `{}` must match its folder name `{folder_name}`",
                    id.get_ref()
                ),
            );
        }
    }

    /// Both languages must say something: a blank text would show as an empty heading.
    pub(crate) fn text(&mut self, text: &Spanned<TextFile>, what: &str) -> Localized {
        let value = text.get_ref();
        for (code, words) in [("lv", &value.lv), ("en", &value.en)] {
            if words.trim().is_empty() {
                self.report(text, format!("{what} has no {code} text"));
            }
        }
        Localized {
            lv: value.lv.trim().to_owned(),
            en: value.en.trim().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `course_toml` as `<tmp>/courses/<folder>/course.toml`, loads it and returns what the
    /// load reported, one `course.toml:line: message` a line.
    fn check(folder: &str, course_toml: &str) -> String {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join(folder);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("course.toml"), course_toml).unwrap();
        let mut problems = Problems::default();
        load(&dir, &mut problems);
        problems
            .iter()
            .map(|problem| format!("course.toml:{}: {}", problem.line, problem.message))
            .collect::<Vec<_>>()
            .join("\n")
    }

    const GOOD: &str = r#"
id = "python"
title = { lv = "Python", en = "Python" }
summary = { lv = "Pirmie soļi", en = "First steps" }

[[lessons]]
id = "print"
title = { lv = "Drukāšana", en = "Printing" }
"#;

    #[test]
    fn a_good_course_has_no_problems() {
        assert_eq!(check("python", GOOD), "");
    }

    #[test]
    fn the_id_must_match_the_folder() {
        assert_eq!(
            check("pithon", GOOD),
            "course.toml:2: course id `python` must match its folder name `pithon`"
        );
    }

    #[test]
    fn the_id_of_teachers_own_exercises_is_kept() {
        let own = GOOD.replace(r#"id = "python""#, r#"id = "own""#);
        assert_eq!(
            check("own", &own),
            "course.toml:2: the course id `own` is kept for teachers' own exercises"
        );
    }

    #[test]
    fn bad_toml_reports_its_line() {
        let broken = GOOD.replace("id = \"print\"", "id = \"print");
        let report = check("python", &broken);
        assert!(report.starts_with("course.toml:7: "), "{report}");
    }

    #[test]
    fn a_missing_language_reports_its_line() {
        let report = check(
            "python",
            &GOOD.replace(
                r#"title = { lv = "Drukāšana", en = "Printing" }"#,
                r#"title = { lv = "Drukāšana" }"#,
            ),
        );
        assert!(report.starts_with("course.toml:8: "), "{report}");
        assert!(report.contains("missing field `en`"), "{report}");
    }

    #[test]
    fn blank_texts_duplicate_and_malformed_ids_are_all_reported() {
        // A blank title and a malformed lesson id, then a second lesson with that id.
        let course = GOOD
            .replace(r#"lv = "Python""#, r#"lv = "  ""#)
            .replace(r#"id = "print""#, r#"id = "Print""#)
            + r#"
[[lessons]]
id = "Print"
title = { lv = "Vēlreiz", en = "Again" }
"#;
        assert_eq!(
            check("python", &course),
            "course.toml:3: title has no lv text\n\
             course.toml:7: lesson id `Print` may use only a-z, 0-9 and inner `-`\n\
             course.toml:11: lesson id `Print` may use only a-z, 0-9 and inner `-`\n\
             course.toml:11: lesson id `Print` is used twice"
        );
    }

    #[test]
    fn unknown_fields_are_reported_not_ignored() {
        let report = check("python", &format!("{GOOD}\nauthor = \"someone\"\n"));
        assert!(report.contains("unknown field `author`"), "{report}");
    }
}
