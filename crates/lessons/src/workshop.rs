//! The association's workshops: `content/workshops/<id>/workshop.toml`, each with its date,
//! place, titles and summary, and the 3D projects, exercises and games it uses (checked against
//! the gallery, the courses and the games once everything has loaded).

use std::path::{Path, PathBuf};

use darbnica_api::Localized;
use serde::Deserialize;
use toml::Spanned;

use crate::course::{Checker, TextFile};
use crate::problem::Problems;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workshop {
    pub id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub place: Localized,
    pub title: Localized,
    pub summary: Localized,
    /// Gallery model ids, in the workshop's order.
    pub models: Vec<String>,
    /// Exercises as `course/exercise`, in the workshop's order.
    pub exercises: Vec<(String, String)>,
    /// Game studio project ids, in the workshop's order.
    pub games: Vec<String>,
    pub dir: PathBuf,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkshopFile {
    id: Spanned<String>,
    date: Spanned<String>,
    place: Spanned<TextFile>,
    title: Spanned<TextFile>,
    summary: Spanned<TextFile>,
    #[serde(default)]
    models: Vec<Spanned<String>>,
    #[serde(default)]
    exercises: Vec<Spanned<String>>,
    #[serde(default)]
    games: Vec<Spanned<String>>,
}

/// What a workshop may refer to: whether a gallery model, a game or a `course/exercise` exists.
pub(crate) struct Known<'a> {
    pub(crate) model: &'a dyn Fn(&str) -> bool,
    pub(crate) game: &'a dyn Fn(&str) -> bool,
    pub(crate) exercise: &'a dyn Fn(&str, &str) -> bool,
}

/// Every workshop under `dir`, newest first; a missing folder means none. `known` says whether a
/// listed project, game or `course/exercise` exists.
pub(crate) fn load_all(dir: &Path, known: &Known<'_>, problems: &mut Problems) -> Vec<Workshop> {
    let mut workshops = crate::load_each(dir, "workshops", problems, |dir, problems| {
        load(dir, known, problems)
    });
    workshops.sort_by(|a, b| (&b.date, &a.id).cmp(&(&a.date, &b.id)));
    workshops
}

fn load(dir: &Path, known: &Known<'_>, problems: &mut Problems) -> Option<Workshop> {
    let (mut check, parsed) = Checker::open::<WorkshopFile>(dir.join("workshop.toml"), problems)?;
    check.folder_id(&parsed.id, dir, "workshop id");
    if !is_date(parsed.date.get_ref()) {
        check.report(
            &parsed.date,
            format!(
                "date `{}` must be a real day written YYYY-MM-DD",
                parsed.date.get_ref()
            ),
        );
    }
    let place = check.text(&parsed.place, "place");
    let title = check.text(&parsed.title, "title");
    let summary = check.text(&parsed.summary, "summary");
    if parsed.models.is_empty() && parsed.exercises.is_empty() && parsed.games.is_empty() {
        check.report(
            &parsed.id,
            "a workshop lists at least one of its models = [...], exercises = [...] or \
             games = [...]"
                .to_owned(),
        );
    }
    for model in &parsed.models {
        if !(known.model)(model.get_ref()) {
            check.report(
                model,
                format!("no gallery model `{}` (content/models/)", model.get_ref()),
            );
        }
    }
    let mut exercises = Vec::new();
    for reference in &parsed.exercises {
        match reference.get_ref().split_once('/') {
            Some((course, exercise)) if (known.exercise)(course, exercise) => {
                exercises.push((course.to_owned(), exercise.to_owned()));
            }
            Some(_) => check.report(reference, format!("no exercise `{}`", reference.get_ref())),
            None => check.report(
                reference,
                format!(
                    "exercise `{}` must be written course/exercise",
                    reference.get_ref()
                ),
            ),
        }
    }
    for game in &parsed.games {
        if !(known.game)(game.get_ref()) {
            check.report(
                game,
                format!("no game `{}` (content/games/)", game.get_ref()),
            );
        }
    }
    Some(Workshop {
        id: parsed.id.into_inner(),
        date: parsed.date.into_inner(),
        place,
        title,
        summary,
        models: parsed.models.into_iter().map(Spanned::into_inner).collect(),
        exercises,
        games: parsed.games.into_iter().map(Spanned::into_inner).collect(),
        dir: dir.to_path_buf(),
    })
}

/// `YYYY-MM-DD` naming a day that exists.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts[..] else {
        return false;
    };
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return false;
    }
    let (Ok(year), Ok(month), Ok(day)) = (
        year.parse::<u32>(),
        month.parse::<u32>(),
        day.parse::<u32>(),
    ) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, id: &str, toml: &str) {
        let dir = root.join(id);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("workshop.toml"), toml).unwrap();
    }

    const TEXTS: &str = "place = { lv = \"Liepāja\", en = \"Liepāja\" }\ntitle = { lv = \"Vāzes\", en = \"Vases\" }\nsummary = { lv = \"Par vāzēm.\", en = \"About vases.\" }\n";

    #[test]
    fn workshops_load_newest_first_with_their_references_checked() {
        let root = tempfile::tempdir().unwrap();
        write(
            root.path(),
            "vazes",
            &format!(
                "id = \"vazes\"\ndate = \"2026-03-14\"\n{TEXTS}models = [\"vaze\"]\nexercises = [\"kurss/pirmais\"]\n"
            ),
        );
        write(
            root.path(),
            "speles",
            &format!("id = \"speles\"\ndate = \"2026-10-02\"\n{TEXTS}games = [\"pongs\"]\n"),
        );
        let mut problems = Problems::default();
        let workshops = load_all(
            root.path(),
            &Known {
                model: &|id| id == "vaze",
                game: &|id| id == "pongs",
                exercise: &|course, exercise| (course, exercise) == ("kurss", "pirmais"),
            },
            &mut problems,
        );
        assert!(problems.is_empty(), "{problems}");
        let ids: Vec<_> = workshops.iter().map(|w| w.id.as_str()).collect();
        assert_eq!(ids, ["speles", "vazes"]);
        assert_eq!(workshops[0].games, ["pongs"]);
        assert!(workshops[0].models.is_empty());
        assert_eq!(
            workshops[1].exercises,
            [("kurss".to_owned(), "pirmais".to_owned())]
        );
        assert!(workshops[1].games.is_empty());
    }

    #[test]
    fn mistakes_are_reported_at_their_lines() {
        let root = tempfile::tempdir().unwrap();
        write(
            root.path(),
            "vazes",
            &format!(
                "id = \"vazes\"\ndate = \"2026-02-30\"\n{TEXTS}models = [\"nav\"]\nexercises = [\"kurss/nav\", \"bez-slipsvitras\"]\ngames = [\"nav-speles\"]\n"
            ),
        );
        write(
            root.path(),
            "tuksa",
            &format!("id = \"tuksa\"\ndate = \"2026-02-03\"\n{TEXTS}"),
        );
        let mut problems = Problems::default();
        load_all(
            root.path(),
            &Known {
                model: &|_| false,
                game: &|_| false,
                exercise: &|_, _| false,
            },
            &mut problems,
        );
        let report = problems.to_string();
        for expected in [
            "workshop.toml:2: date `2026-02-30` must be a real day",
            "workshop.toml:6: no gallery model `nav`",
            "workshop.toml:7: no exercise `kurss/nav`",
            "workshop.toml:7: exercise `bez-slipsvitras` must be written course/exercise",
            "workshop.toml:8: no game `nav-speles` (content/games/)",
            "tuksa/workshop.toml:1: a workshop lists at least one of its models",
        ] {
            assert!(report.contains(expected), "{expected}\n{report}");
        }
    }

    #[test]
    fn dates_must_be_real_days() {
        for good in ["2026-11-25", "2024-02-29", "2000-02-29"] {
            assert!(is_date(good), "{good}");
        }
        for bad in [
            "2026-2-5",
            "2025-02-29",
            "1900-02-29",
            "2026-13-01",
            "26-11-25",
            "x",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }
}
