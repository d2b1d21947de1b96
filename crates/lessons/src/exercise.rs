//! An exercise: `content/courses/<course>/<lesson>/<exercise>/`, with `exercise.toml`, the task in
//! `lv.md` and `en.md`, `starter.py`, `solution.py`, `check.py` and known-wrong answers in
//! `wrong/*.py`.

use std::path::{Path, PathBuf};

use darbnica_api::{ExerciseKind, Localized};
use serde::Deserialize;
use toml::Spanned;

use crate::course::{Checker, TextFile};
use crate::markdown;
use crate::problem::{Problem, Problems, read_text};

/// The longest time limit an exercise may ask for: a beginner's exercise that needs more is
/// probably waiting on an endless loop.
pub const MAX_TIME_LIMIT_MS: u32 = 30_000;
/// Each exercise gives at least this many hints, and this many known-wrong answers.
pub const MIN_HINTS: usize = 2;
pub const MIN_WRONG: usize = 1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exercise {
    pub id: String,
    pub kind: ExerciseKind,
    pub difficulty: u8,
    pub tags: Vec<String>,
    pub title: Localized,
    /// The task as HTML, rendered from `lv.md` and `en.md`.
    pub text_html: Localized,
    pub hints_html: Vec<Localized>,
    pub time_limit_ms: u32,
    pub solution_after_tries: u32,
    /// Lines `input()` gets when the exercise runs (the page shows them as typed); past them, the
    /// page asks the student.
    pub input: Vec<String>,
    /// `starter.py`, or `starter.lv.py` and `starter.en.py` when its comments or texts differ.
    pub starter: Localized,
    /// `solution.py`, or `solution.lv.py` and `solution.en.py`.
    pub solution: Localized,
    pub check: String,
    /// Known-wrong answers, by file name (`wrong/<name>.py`), which must fail the checks.
    pub wrong: Vec<(String, String)>,
    pub dir: PathBuf,
}

impl Exercise {
    pub fn summary(&self) -> darbnica_api::ExerciseSummary {
        darbnica_api::ExerciseSummary {
            id: self.id.clone(),
            title: self.title.clone(),
            kind: self.kind,
            difficulty: self.difficulty,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExerciseFile {
    id: Spanned<String>,
    kind: ExerciseKind,
    difficulty: Spanned<u8>,
    #[serde(default)]
    tags: Vec<Spanned<String>>,
    title: Spanned<TextFile>,
    #[serde(default = "default_time_limit")]
    time_limit_ms: Spanned<u32>,
    #[serde(default = "default_solution_after_tries")]
    solution_after_tries: u32,
    #[serde(default)]
    input: Vec<String>,
    #[serde(default)]
    hints: Vec<Spanned<TextFile>>,
}

fn default_time_limit() -> Spanned<u32> {
    Spanned::new(0..0, 5_000)
}

fn default_solution_after_tries() -> u32 {
    3
}

/// Loads the exercise in `dir`, reporting what is wrong. `None` when `exercise.toml` cannot be read.
pub(crate) fn load(dir: &Path, problems: &mut Problems) -> Option<Exercise> {
    let (mut check, parsed) = Checker::open::<ExerciseFile>(dir.join("exercise.toml"), problems)?;
    check.folder_id(&parsed.id, dir, "exercise id");
    if !(1..=3).contains(parsed.difficulty.get_ref()) {
        check.report(
            &parsed.difficulty,
            format!(
                "difficulty must be 1, 2 or 3, not {}",
                parsed.difficulty.get_ref()
            ),
        );
    }
    let tags = check.tags(parsed.tags);
    let limit = *parsed.time_limit_ms.get_ref();
    if !(100..=MAX_TIME_LIMIT_MS).contains(&limit) {
        check.report(
            &parsed.time_limit_ms,
            format!("time_limit_ms must be between 100 and {MAX_TIME_LIMIT_MS}, not {limit}"),
        );
    }
    let title = check.text(&parsed.title, "title");
    let hint_texts: Vec<_> = parsed
        .hints
        .iter()
        .map(|hint| (check.text(hint, "hint"), hint.span()))
        .collect();
    let Checker {
        file,
        text,
        problems,
    } = check;
    let mut hints_html = Vec::with_capacity(hint_texts.len());
    for (words, span) in hint_texts {
        let mut html = |words: &str, code: &str| {
            markdown::to_html(words).unwrap_or_else(|(_, message)| {
                problems.push(Problem::at_span(
                    &file,
                    &text,
                    span.clone(),
                    format!("hint ({code}): {message}"),
                ));
                String::new()
            })
        };
        let lv = html(&words.lv, "lv");
        let en = html(&words.en, "en");
        hints_html.push(Localized { lv, en });
    }
    if hints_html.len() < MIN_HINTS {
        problems.push(Problem::whole_file(
            &file,
            format!(
                "an exercise needs at least {MIN_HINTS} hints ([[hints]] with lv and en), it has {}",
                hints_html.len()
            ),
        ));
    }

    let text_html = Localized {
        lv: task_text(dir, "lv", problems),
        en: task_text(dir, "en", problems),
    };
    let starter = localized_python(dir, "starter", problems, true);
    let solution = localized_python(dir, "solution", problems, false);
    let check_code = python_file(&dir.join("check.py"), problems, false);
    let wrong = wrong_answers(dir, problems);
    if wrong.len() < MIN_WRONG {
        problems.push(Problem::whole_file(
            &dir.join("wrong"),
            format!("an exercise needs at least {MIN_WRONG} known-wrong answer in wrong/*.py"),
        ));
    }

    Some(Exercise {
        id: parsed.id.into_inner(),
        kind: parsed.kind,
        difficulty: parsed.difficulty.into_inner(),
        tags,
        title,
        text_html,
        hints_html,
        time_limit_ms: limit,
        solution_after_tries: parsed.solution_after_tries,
        input: parsed.input,
        starter,
        solution,
        check: check_code,
        wrong,
        dir: dir.to_path_buf(),
    })
}

/// `lv.md` or `en.md`, rendered.
fn task_text(dir: &Path, code: &str, problems: &mut Problems) -> String {
    let file = dir.join(format!("{code}.md"));
    let Some(text) = read_text(&file, &format!("the {code} task text"), problems) else {
        return String::new();
    };
    if text.trim().is_empty() {
        problems.push(Problem::whole_file(&file, "the task text is empty"));
        return String::new();
    }
    match markdown::to_html(&text) {
        Ok(html) => html,
        Err((line, message)) => {
            problems.push(Problem::at_line(&file, line, message));
            String::new()
        }
    }
}

/// `<name>.py` for both languages, or `<name>.lv.py` and `<name>.en.py`.
fn localized_python(
    dir: &Path,
    name: &str,
    problems: &mut Problems,
    may_be_empty: bool,
) -> Localized {
    let shared = dir.join(format!("{name}.py"));
    let lv = dir.join(format!("{name}.lv.py"));
    let en = dir.join(format!("{name}.en.py"));
    match (shared.exists(), lv.exists(), en.exists()) {
        (true, false, false) => {
            let code = python_file(&shared, problems, may_be_empty);
            Localized {
                lv: code.clone(),
                en: code,
            }
        }
        (false, true, true) => Localized {
            lv: python_file(&lv, problems, may_be_empty),
            en: python_file(&en, problems, may_be_empty),
        },
        (false, false, false) => {
            problems.push(Problem::whole_file(
                &shared,
                format!("missing: give {name}.py, or {name}.lv.py and {name}.en.py"),
            ));
            Localized {
                lv: String::new(),
                en: String::new(),
            }
        }
        _ => {
            problems.push(Problem::whole_file(
                &shared,
                format!(
                    "give either {name}.py alone, or both {name}.lv.py and {name}.en.py, not a mix"
                ),
            ));
            Localized {
                lv: String::new(),
                en: String::new(),
            }
        }
    }
}

/// A Python file of the exercise. Only the starter may be empty (a blank editor).
fn python_file(file: &Path, problems: &mut Problems, may_be_empty: bool) -> String {
    let Some(text) = read_text(file, "it", problems) else {
        return String::new();
    };
    if !may_be_empty && text.trim().is_empty() {
        problems.push(Problem::whole_file(file, "the file is empty"));
    }
    text
}

fn wrong_answers(dir: &Path, problems: &mut Problems) -> Vec<(String, String)> {
    let wrong_dir = dir.join("wrong");
    let Ok(entries) = std::fs::read_dir(&wrong_dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    files.sort();
    let mut wrong = Vec::new();
    for file in files {
        if file.extension().and_then(|extension| extension.to_str()) != Some("py") {
            problems.push(Problem::whole_file(
                &file,
                "only .py files belong in wrong/",
            ));
            continue;
        }
        let name = file
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default()
            .to_owned();
        let code = python_file(&file, problems, false);
        wrong.push((name, code));
    }
    wrong
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const TOML: &str = r#"id = "area"
kind = "function"
difficulty = 1
tags = ["functions"]
title = { lv = "Laukums", en = "Area" }

[[hints]]
lv = "Reizini `a` ar `b`."
en = "Multiply `a` by `b`."

[[hints]]
lv = "Atgriez rezultātu ar `return`."
en = "Give the result back with `return`."
"#;

    /// Writes a complete exercise into `<tmp>/area/`, lets `change` alter it, loads it and returns
    /// the problems, `file:line: message` a line, with paths relative to the exercise folder.
    fn problems_of(change: impl FnOnce(&Path)) -> String {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("area");
        std::fs::create_dir_all(dir.join("wrong")).unwrap();
        for (name, text) in [
            ("exercise.toml", TOML),
            ("lv.md", "Uzraksti funkciju `area(a, b)`.\n"),
            ("en.md", "Write a function `area(a, b)`.\n"),
            ("starter.py", "def area(a, b):\n    pass\n"),
            ("solution.py", "def area(a, b):\n    return a * b\n"),
            (
                "check.py",
                "from checks import *\nreturns('area', (3, 4), 12)\n",
            ),
            ("wrong/plus.py", "def area(a, b):\n    return a + b\n"),
        ] {
            std::fs::write(dir.join(name), text).unwrap();
        }
        change(&dir);
        let mut problems = Problems::default();
        let exercise = load(&dir, &mut problems);
        if problems.is_empty() {
            let exercise = exercise.unwrap();
            assert_eq!(exercise.hints_html.len(), 2);
            assert!(exercise.text_html.en.contains("<code>area(a, b)</code>"));
        }
        problems
            .iter()
            .map(|problem| {
                let file = problem.file.strip_prefix(&dir).unwrap_or(&problem.file);
                format!("{}:{}: {}", file.display(), problem.line, problem.message)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_complete_exercise_has_no_problems() {
        assert_eq!(problems_of(|_| {}), "");
    }

    #[test]
    fn a_missing_task_text_and_solution_are_reported() {
        let report = problems_of(|dir| {
            std::fs::remove_file(dir.join("en.md")).unwrap();
            std::fs::remove_file(dir.join("solution.py")).unwrap();
        });
        assert!(
            report.contains("en.md:1: cannot read the en task text"),
            "{report}"
        );
        assert!(
            report.contains(
                "solution.py:1: missing: give solution.py, or solution.lv.py and solution.en.py"
            ),
            "{report}"
        );
    }

    #[test]
    fn a_hint_in_one_language_only_is_reported_at_its_line() {
        let report = problems_of(|dir| {
            let toml = TOML.replace("en = \"Multiply `a` by `b`.\"\n", "");
            std::fs::write(dir.join("exercise.toml"), toml).unwrap();
        });
        assert!(report.starts_with("exercise.toml:"), "{report}");
        assert!(report.contains("missing field `en`"), "{report}");
    }

    #[test]
    fn too_few_hints_no_wrong_answer_and_a_bad_difficulty_are_all_reported() {
        let report = problems_of(|dir| {
            let toml = TOML.replace("difficulty = 1", "difficulty = 7");
            let one_hint = &toml[..toml.rfind("[[hints]]").unwrap()];
            std::fs::write(dir.join("exercise.toml"), one_hint).unwrap();
            std::fs::remove_dir_all(dir.join("wrong")).unwrap();
        });
        assert!(
            report.contains("exercise.toml:3: difficulty must be 1, 2 or 3, not 7"),
            "{report}"
        );
        assert!(report.contains("at least 2 hints"), "{report}");
        assert!(report.contains("known-wrong answer"), "{report}");
    }

    #[test]
    fn code_may_differ_by_language_but_only_in_pairs() {
        assert_eq!(
            problems_of(|dir| {
                std::fs::remove_file(dir.join("starter.py")).unwrap();
                std::fs::write(dir.join("starter.lv.py"), "# Tavs kods\n").unwrap();
                std::fs::write(dir.join("starter.en.py"), "# Your code\n").unwrap();
            }),
            ""
        );
        let report = problems_of(|dir| {
            std::fs::write(
                dir.join("solution.en.py"),
                "def area(a, b):\n    return a * b\n",
            )
            .unwrap();
        });
        assert!(report.contains("not a mix"), "{report}");
    }

    #[test]
    fn raw_html_in_a_task_text_is_reported_at_its_line() {
        let report = problems_of(|dir| {
            std::fs::write(
                dir.join("lv.md"),
                "Uzdevums.\n\n<script>alert(1)</script>\n",
            )
            .unwrap();
        });
        assert_eq!(
            report,
            "lv.md:3: raw HTML is not allowed in content (use Markdown)"
        );
    }
}
